#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded one). Installs it when missing and we
# may (root with apt-get); otherwise says what to install. CJK fonts make screenshots and PDFs legible;
# Liberation gives the print edition's English text Latin quotes and apostrophes. Java runs the
# Nu HTML Checker (npm vnu-jar) that validates every built page in the tests.
set -euo pipefail
if [ -x /usr/bin/chromium ] && command -v java >/dev/null && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && fc-list 2>/dev/null | grep -qi "Liberation Serif"; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian chromium, CJK fonts and Java for the browser and markup tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-liberation default-jre-headless >/dev/null
else
  echo "The browser tests and the print export need Debian's chromium, fonts-noto-cjk and fonts-liberation, the markup tests Java: sudo apt-get install chromium fonts-noto-cjk fonts-liberation default-jre-headless" >&2
  exit 1
fi
