import type { AddressInfo } from 'node:net'
import { chromium, type Browser } from 'playwright-core'
import { serveStatic } from './static-server'

/** Debian's Chromium, headless (scripts/ensure-browser.sh installs it; no browser download). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

/** Serves a built site on a free loopback port; returns its origin and a close function. */
export async function serveSite(dist: string) {
  const server = await serveStatic(dist, 0)
  const { port } = server.address() as AddressInfo
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) }
}
