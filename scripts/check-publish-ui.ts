/**
 * npm run check:publish-ui: the site status where editors work, and Preview, in the built admin
 * (`npm run build:cms` first) in Chromium, on a throw-away database seeded with the demo content.
 * It writes the site-status global itself (as the site-update worker would) and checks:
 * - the dashboard panel shows the state, the last update in Shanghai time, each problem's document
 *   (linked to its edit page), field and reason (hostile text stays text), and notices a change
 *   without a reload;
 * - the badge beside Save/Publish: live, held back, draft, with the live page links;
 * - the Preview button opens the draft's page with the site's templates and styles, no CSP
 *   violation, and prints the time from click to page; without a session the preview is refused.
 * Not part of `npm test`: building the admin takes minutes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
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

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-check-publish-ui-'))
const port = await freePort()
const origin = `http://127.0.0.1:${port}`
const env: Record<string, string> = {
  ...(process.env as Record<string, string>),
  NODE_ENV: 'production',
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  MAIL_DIR: path.join(work, 'mail'),
  SNAPSHOT_DIR: path.join(work, 'snapshot'),
  PREVIEW_DIR: path.join(work, 'preview'),
  PAYLOAD_SECRET: 'check-publish-ui-secret',
  CMS_URL: origin,
  SITE_URL: 'https://lib.example',
}
const failures: string[] = []
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? '✓' : '✗'} ${what}`)
  if (!ok) failures.push(what)
}
const HOSTILE = '<img src=x onerror=window.__pwned=1>'
let server: ChildProcess | undefined

/** Waits until the locator's text matches, without reloading; false after `ms`. */
async function eventually(page: Page, selector: string, pattern: RegExp, ms = 15_000) {
  try {
    await page.waitForFunction(
      ({ selector, source }) => new RegExp(source).test(document.querySelector(selector)?.textContent ?? ''),
      { selector, source: pattern.source },
      { timeout: ms },
    )
    return true
  } catch {
    return false
  }
}

try {
  await new Promise<void>((resolve, reject) =>
    spawn('tsx', ['scripts/prepare.ts', '--demo'], { cwd: REPO_ROOT, env, stdio: 'inherit' }).on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare failed (${code})`)))),
  )
  server = spawn('node', ['server.mjs', '--port', String(port)], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'inherit'] })
  await new Promise<void>((resolve) => server!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('CMS listening') && resolve()))

  // The worker's side: this process writes the global on the same database, as the worker does.
  Object.assign(process.env, env)
  const { openCms } = await import('./lib/cms')
  const payload = await openCms()
  const idOf = async (collection: 'articles' | 'events', slug: string) =>
    (await payload.find({ collection, where: { slug: { equals: slug } }, draft: true, depth: 0, limit: 1 })).docs[0].id
  const article = await idOf('articles', 'chess-club')
  const draftArticle = await idOf('articles', 'data-centre-planning')
  const heldEvent = 'books-we-love-shangcheng'
  const event = await idOf('events', heldEvent)
  const problem = { collection: 'articles', slug: 'chess-club', field: 'body.en', messageZh: `段落数不一致 ${HOSTILE}`, messageEn: `Block counts differ ${HOSTILE}` }
  const held = { collection: 'events', slug: heldEvent, field: 'startsAt', messageZh: '结束早于开始', messageEn: 'Ends before it starts' }
  await payload.updateGlobal({
    slug: 'site-status',
    overrideAccess: true,
    data: {
      state: 'failed',
      lastSuccess: { startedAt: new Date().toISOString(), finishedAt: '2026-12-02T01:00:00.000Z', seconds: 60 },
      problems: [problem],
      heldBack: [held],
    } as never,
  })

  const unauthenticated = await fetch(`${origin}/preview/articles/${article}?lang=zh`)
  check(unauthenticated.status === 401 && /noindex/.test(unauthenticated.headers.get('x-robots-tag') ?? ''), `preview without a session: ${unauthenticated.status}, X-Robots-Tag ${unauthenticated.headers.get('x-robots-tag')}`)

  const browser = await launchChromium()
  const context = await browser.newContext({ locale: 'zh-CN' })
  const page = await context.newPage()
  const problems: string[] = []
  context.on('page', (p) => {
    p.on('console', (message) => message.type() === 'error' && problems.push(`${p.url()}: ${message.text()}`))
    p.on('pageerror', (error) => problems.push(`${p.url()}: ${error.message}`))
  })
  page.on('console', (message) => message.type() === 'error' && problems.push(`${page.url()}: ${message.text()}`))
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`))
  page.on('response', (r) => r.status() >= 500 && problems.push(`${r.request().method()} ${r.url()} → ${r.status()}`))
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  )
  // Signed in through the Local API (the sign-in form itself is check:admin's subject).
  const { token } = await payload.login({ collection: 'users', data: { email: DEMO_USERS[0].email, password: DEMO_PASSWORD } })
  await context.addCookies([{ name: 'payload-token', value: token!, url: origin }])
  await page.goto(`${origin}/admin`, { waitUntil: 'networkidle' })
  await page.waitForSelector('.site-status-panel')

  const panel = (await page.locator('.site-status-panel').innerText()).replace(/\s+/g, ' ')
  check(panel.includes('更新失败'), `panel: state failed (${panel.slice(0, 60)}…)`)
  check(/2026.12.2.*09:00:00.*北京时间/.test(panel), 'panel: last success 01:00 UTC shown as 09:00:00 Shanghai time')
  check(panel.includes(`段落数不一致 ${HOSTILE}`) && panel.includes('body.en'), 'panel: the problem\'s field and reason in Chinese, hostile text as text')
  check(panel.includes('结束早于开始') && panel.includes(heldEvent), 'panel: the held-back document and reason')
  const links = await page.locator('.site-status-panel a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  check(links.includes(`/admin/collections/articles/${article}`) && links.includes(`/admin/collections/events/${event}`), `panel: documents linked to their edit pages (${links.join(', ')})`)
  check((await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)) === undefined, 'panel: hostile reason did not run')

  await payload.updateGlobal({ slug: 'site-status', overrideAccess: true, data: { state: 'updating', problems: [] } as never })
  check(await eventually(page, '[data-testid="site-state"]', /正在更新/), 'panel: notices "updating" without a reload')

  await page.goto(`${origin}/admin/collections/articles/${article}`, { waitUntil: 'networkidle' })
  const badge = page.locator('[data-testid="document-site-state"]')
  check((await badge.innerText()) === '已上线', `badge of a published article: ${await badge.innerText()}`)
  const live = await page.locator('.document-site-badge a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
  check(live.join(' ') === 'https://lib.example/zh/articles/chess-club/ https://lib.example/en/articles/chess-club/', `badge: live page links ${live.join(' ')}`)

  // Preview: the button Payload renders from admin.preview, opened in a new tab.
  const started = performance.now()
  const [preview] = await Promise.all([context.waitForEvent('page'), page.click('#preview-button')])
  await preview.waitForLoadState('load', { timeout: 120_000 })
  const ms = Math.round(performance.now() - started)
  const h1 = await preview.locator('h1').innerText()
  check(h1.includes('落子之间'), `preview: the article page (h1 ${h1}) in ${ms} ms from click (first build)`)
  const styled = await preview.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/preview/assets/')))
  check(styled, 'preview: the site stylesheet loaded from the preview build')
  check((await preview.locator('meta[name="robots"]').first().getAttribute('content'))?.includes('noindex') === true, 'preview: noindex meta')
  await preview.close()

  await page.goto(`${origin}/admin/collections/events/${event}`, { waitUntil: 'networkidle' })
  check((await badge.innerText()) === '暂缓上线', `badge of a held-back event: ${await badge.innerText()}`)
  await page.goto(`${origin}/admin/collections/articles/${draftArticle}`, { waitUntil: 'networkidle' })
  check((await badge.innerText()).startsWith('草稿'), `badge of a draft: ${await badge.innerText()}`)

  // Publishing after the last update started: waiting, noticed without a reload.
  await page.goto(`${origin}/admin/collections/articles/${article}`, { waitUntil: 'networkidle' })
  await payload.update({ collection: 'articles', id: article, data: { _status: 'published' } as never, overrideAccess: true })
  await payload.updateGlobal({ slug: 'site-status', overrideAccess: true, data: { state: 'pending' } as never })
  check(await eventually(page, '[data-testid="document-site-state"]', /等待更新/), 'badge: a new publish shows "waiting for update" without a reload')

  check(problems.length === 0, `no CSP violation or console error${problems.length ? `:\n  ${problems.join('\n  ')}` : ''}`)
  await browser.close()
} finally {
  server?.kill('SIGTERM')
  fs.rmSync(work, { recursive: true, force: true })
}
console.log(failures.length ? `\n✗ ${failures.length} check(s) failed` : '\n✓ site status and preview work in the built admin')
process.exit(failures.length ? 1 : 0)
