#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded one). Installs it when missing and we
# may (root with apt-get); otherwise says what to install. CJK fonts make screenshots and PDFs legible;
# Liberation gives the print edition's English text Latin quotes and apostrophes.
set -euo pipefail
if [ -x /usr/bin/chromium ] && fc-list 2>/dev/null | grep -qi "Noto Sans CJK" && fc-list 2>/dev/null | grep -qi "Liberation Serif"; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian chromium and CJK fonts for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk fonts-liberation >/dev/null
else
  echo "The browser tests and the print export need Debian's chromium, fonts-noto-cjk and fonts-liberation: sudo apt-get install chromium fonts-noto-cjk fonts-liberation" >&2
  exit 1
fi
