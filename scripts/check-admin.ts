/**
 * npm run check:admin: the built CMS admin (`npm run build:cms` first) under its security headers,
 * in Chromium. On a throw-away database with the demo accounts it signs in, opens the dashboard, a
 * list, a document, the media and the account, and fails on any Content-Security-Policy violation
 * or console error; it also checks that an injected inline handler does not run, that no
 * X-Powered-By is sent, and that a forged X-Forwarded-For does not escape the login limit.
 * Not part of `npm test`: building the admin takes minutes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { DEMO_PASSWORD, DEMO_USERS } from '../cms/src/content/users'
import { REPO_ROOT } from '../cms/src/lib/paths'
import { launchChromium } from './lib/browser'

const CMS_DIR = path.join(REPO_ROOT, 'cms')
if (!fs.existsSync(path.join(CMS_DIR, '.next', 'BUILD_ID'))) {
  console.error('✗ no built admin: run `npm run build:cms` first')
  process.exit(1)
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-check-admin-'))
const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  MAIL_DIR: path.join(work, 'mail'),
  SNAPSHOT_DIR: path.join(work, 'snapshot'),
  PAYLOAD_SECRET: 'check-admin-secret',
  CMS_URL: origin,
}
const failures: string[] = []
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`)
  if (!ok) failures.push(what)
}
let server: ChildProcess | undefined

try {
  await new Promise<void>((resolve, reject) =>
    spawn('tsx', ['scripts/prepare.ts', '--demo'], { cwd: REPO_ROOT, env, stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare failed (${code})`)))),
  )
  server = spawn('node', ['server.mjs', '--port', String(port)], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('CMS listening') && resolve()))

  const login = await fetch(`${origin}/admin/login`)
  const policy = login.headers.get('content-security-policy') ?? ''
  check(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/.test(policy), `admin policy with a nonce: ${policy}`)
  check(login.headers.get('x-powered-by') === null, 'no X-Powered-By')
  check(login.headers.get('x-content-type-options') === 'nosniff', 'nosniff')

  const browser = await launchChromium()
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`))
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  )
  await page.goto(`${origin}/admin`, { waitUntil: 'networkidle' })
  await page.fill('input[name="email"]', DEMO_USERS[0].email)
  await page.fill('input[name="password"]', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => !url.pathname.includes('/login'), { timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  check(new URL(page.url()).pathname === '/admin', 'signed in: dashboard')
  await page.goto(`${origin}/admin/collections/articles`, { waitUntil: 'networkidle' })
  await page.click('table tbody tr a')
  await page.waitForURL(/collections\/articles\/\d+/)
  await page.waitForSelector('[data-lexical-editor="true"]')
  await page.waitForLoadState('networkidle')
  check(true, `document open: ${await page.title()}`)
  for (const where of ['/admin/collections/media', '/admin/collections/events/create', '/admin/account']) await page.goto(`${origin}${where}`, { waitUntil: 'networkidle' })
  check(problems.length === 0, `no CSP violation or console error${problems.length ? `:\n  ${problems.join('\n  ')}` : ''}`)
  const injectedRan = await page.evaluate(() => {
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="data:," onerror="window.__injected = true">'
    document.body.append(holder)
    return new Promise((resolve) => setTimeout(() => resolve((window as { __injected?: boolean }).__injected === true), 500))
  })
  check(!injectedRan, 'an injected inline handler does not run')
  await browser.close()

  const statuses: number[] = []
  for (let i = 0; i < 12; i++) {
    const response = await fetch(`${origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.9.0.${i}` },
      body: JSON.stringify({ email: `guess${i}@check.test`, password: 'wrong-guess' }),
    })
    statuses.push(response.status)
  }
  check(statuses.includes(429), `forged X-Forwarded-For does not escape the per-address login limit (${statuses.join(' ')})`)
} finally {
  server?.kill('SIGTERM')
  fs.rmSync(work, { recursive: true, force: true })
}
console.log(failures.length ? `\n✗ ${failures.length} check(s) failed` : '\n✓ the admin works under its security headers')
process.exit(failures.length ? 1 : 0)
