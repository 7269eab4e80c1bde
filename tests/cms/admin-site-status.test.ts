import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededAdmin } from '../helpers/admin'
import { tempDir } from '../helpers/temp'

// The admin runs as in production: its schema comes from the committed migrations.
process.env.NODE_ENV = 'production'
process.env.PREVIEW_DIR = tempDir('preview')
process.env.SITE_URL = 'https://lib.example'

const PASSWORD = 'site-status-test-pass'
const HOSTILE = '<img src=x onerror=window.__pwned=1>'
let payload: Payload
let browser: Browser
let admin: { origin: string; stop: () => void }
let ids: Record<string, number>

/**
 * A signed-in editor's browser, UI in `locale`, that records every CSP violation, script error and
 * server error the admin pages cause.
 */
async function session(locale: string): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale, timezoneId: 'America/New_York' })
  const login = await context.request.post(`${admin.origin}/api/users/login`, { data: { email: 'status-ui@test.local', password: PASSWORD } })
  expect(login.status()).toBe(200)
  const problems: string[] = []
  const watch = (p: Page) => {
    p.on('console', (m) => m.type() === 'error' && problems.push(`${p.url()}: ${m.text()}`))
    p.on('pageerror', (e) => problems.push(`${p.url()}: ${e.message}`))
    p.on('response', (r) => r.status() >= 500 && problems.push(`${r.request().method()} ${r.url()} → ${r.status()}`))
  }
  context.on('page', watch)
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
  )
  return { context, page: await context.newPage(), problems }
}

/** Without a session the preview is refused, and the refusal is neither indexed nor cached. */
async function expectPreviewRefusedWithoutSession() {
  const refused = await fetch(`${admin.origin}/preview/articles/${ids['fx-chess-club']}?lang=zh`)
  expect(refused.status).toBe(401)
  expect(refused.headers.get('x-robots-tag')).toContain('noindex')
  expect(refused.headers.get('cache-control')).toBe('private, no-store')
}

/** What the site-update worker writes; here the test writes it. */
const setStatus = (data: Record<string, unknown>) => payload.updateGlobal({ slug: 'site-status', overrideAccess: true, data: data as never })

beforeAll(async () => {
  ;({ payload, ids, admin, browser } = await seededAdmin('status-ui@test.local', PASSWORD, [
    ['articles', 'fx-chess-club'],
    ['articles', 'fx-third-space'],
    ['articles', 'fx-unfinished'],
    ['events', 'fx-flash-mob'],
  ]))
}, 900_000)

afterAll(async () => {
  await browser?.close()
  admin?.stop()
})

describe('site status where editors work, in a real browser', () => {
  it('dashboard panel: state, last update in Shanghai time, problems and held-back documents linked, in Chinese; a change shows without a reload', async () => {
    await setStatus({
      state: 'failed',
      lastSuccess: { startedAt: new Date().toISOString(), finishedAt: '2026-12-02T01:00:00.000Z', seconds: 60 },
      problems: [{ collection: 'articles', slug: 'fx-chess-club', field: 'body.en', messageZh: `段落数不一致 ${HOSTILE}`, messageEn: `Block counts differ ${HOSTILE}` }],
      heldBack: [{ collection: 'events', slug: 'fx-flash-mob', field: 'endsAt', messageZh: '结束早于开始', messageEn: 'Ends before it starts' }],
    })
    const { context, page, problems } = await session('zh-CN')
    await page.goto(`${admin.origin}/admin`)
    const panel = page.locator('.site-status-panel')
    await panel.waitFor({ timeout: 60_000 })
    const text = (await panel.innerText()).replace(/\s+/g, ' ')
    expect(await page.locator('[data-testid="site-state"]').innerText()).toBe('更新失败')
    // 01:00 UTC is 09:00 in Shanghai, whatever the editor's clock (here New York) says.
    expect(text).toMatch(/最近一次成功更新: 2026年12月2日 09:00:00（北京时间）/)
    expect(text).toContain(`articles → fx-chess-club · 字段 body.en: 段落数不一致 ${HOSTILE}`)
    expect(text).toContain('events → fx-flash-mob · 字段 endsAt: 结束早于开始')
    const links = await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual([`/admin/collections/articles/${ids['fx-chess-club']}`, `/admin/collections/events/${ids['fx-flash-mob']}`])
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()

    await setStatus({ state: 'updating', lastAttemptAt: new Date().toISOString(), problems: [] })
    await expect.poll(() => page.locator('[data-testid="site-state"]').innerText(), { timeout: 20_000 }).toBe('正在更新')
    await expect.poll(() => page.locator('[data-testid="site-problems"]').count()).toBe(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('in English for an editor whose admin is in English', async () => {
    await setStatus({ state: 'failed', problems: [{ collection: 'articles', slug: 'fx-chess-club', field: 'body.en', messageZh: '段落数不一致', messageEn: 'Block counts differ' }] })
    const { context, page, problems } = await session('en-US')
    await page.goto(`${admin.origin}/admin`)
    await page.locator('.site-status-panel').waitFor({ timeout: 60_000 })
    const text = (await page.locator('.site-status-panel').innerText()).replace(/\s+/g, ' ')
    expect(text).toContain('Public site: Update failed')
    expect(text).toMatch(/Last successful update: 2 Dec 2026, 09:00:00 \(Shanghai time\)/)
    expect(text).toContain('articles → fx-chess-club · field body.en: Block counts differ')
    expect(problems).toEqual([])
    await context.close()
  })

  it('badge beside Save/Publish: live with its pages, held back, draft; a new publish shows as waiting without a reload', async () => {
    await setStatus({
      state: 'live',
      lastSuccess: { startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() },
      problems: [],
      heldBack: [{ collection: 'events', slug: 'fx-flash-mob', field: 'endsAt', messageZh: '结束早于开始', messageEn: 'Ends before it starts' }],
    })
    const { context, page, problems } = await session('zh-CN')
    const badge = page.locator('[data-testid="document-site-state"]')
    await page.goto(`${admin.origin}/admin/collections/articles/${ids['fx-third-space']}`)
    await expect.poll(() => badge.innerText(), { timeout: 60_000 }).toBe('已上线')
    expect(await page.locator('.document-site-badge a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://lib.example/zh/articles/fx-third-space/',
      'https://lib.example/en/articles/fx-third-space/',
    ])

    await page.goto(`${admin.origin}/admin/collections/events/${ids['fx-flash-mob']}`)
    await expect.poll(() => badge.innerText(), { timeout: 60_000 }).toBe('暂缓上线')
    await page.locator('.document-site-badge summary').click()
    expect(await page.locator('.document-site-badge li').textContent()).toContain('结束早于开始')

    await page.goto(`${admin.origin}/admin/collections/articles/${ids['fx-unfinished']}`)
    await expect.poll(() => badge.innerText(), { timeout: 60_000 }).toBe('草稿（未上线）')
    expect(await page.locator('.document-site-badge a').count()).toBe(0)

    await page.goto(`${admin.origin}/admin/collections/articles/${ids['fx-third-space']}`)
    await expect.poll(() => badge.innerText(), { timeout: 60_000 }).toBe('已上线')
    await payload.update({ collection: 'articles', id: ids['fx-third-space'], data: { _status: 'published' } as never, overrideAccess: true })
    await setStatus({ state: 'pending' })
    await expect.poll(() => badge.innerText(), { timeout: 20_000 }).toBe('等待更新')
    expect(problems).toEqual([])
    await context.close()

    await expectPreviewRefusedWithoutSession()
  }, 300_000)
})

describe('Preview from the admin, in a real browser', () => {
  it('the Preview button opens the draft page with the site templates and styles, under the admin policy; refused without a session', async () => {
    const { context, page, problems } = await session('zh-CN')
    await page.goto(`${admin.origin}/admin`)
    // The editor saves a draft, as the admin does: through the API, with the session.
    const saved = await page.evaluate(async ([url, title]) => {
      const r = await fetch(url, { method: 'PATCH', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title }) })
      return `${r.status} ${(await r.text()).slice(0, 300)}`
    }, [`/api/articles/${ids['fx-chess-club']}?draft=true&locale=zh`, `预览草稿 ${HOSTILE}`])
    expect(saved).toMatch(/^200 /)
    await page.goto(`${admin.origin}/admin/collections/articles/${ids['fx-chess-club']}`)
    await page.locator('#preview-button').waitFor({ timeout: 60_000 })
    const started = performance.now()
    const [preview, response] = await Promise.all([
      context.waitForEvent('page'),
      context.waitForEvent('response', { predicate: (r) => r.url().includes('/preview/articles/'), timeout: 120_000 }),
      page.click('#preview-button'),
    ])
    await preview.waitForLoadState('load')
    console.log(`Preview: ${Math.round(performance.now() - started)} ms from click to page (first build of this draft)`)
    expect(response.status(), (await response.text()).slice(0, 3000)).toBe(200)
    expect(response.headers()['x-robots-tag']).toContain('noindex')
    expect(response.headers()['cache-control']).toBe('private, no-store')
    expect(response.headers()['content-security-policy']).toMatch(/'nonce-/)
    expect(await preview.locator('h1').innerText()).toContain(`预览草稿 ${HOSTILE}`)
    expect(await preview.locator('meta[name="robots"]').first().getAttribute('content')).toContain('noindex')
    expect(await preview.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/preview/assets/')))).toBe(true)
    expect(await preview.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    // The site's own script runs under the admin's policy: "/" focuses the search box.
    await preview.keyboard.press('/')
    expect(await preview.evaluate(() => document.activeElement?.id)).toBe('site-search')
    expect(problems).toEqual([])
    await context.close()

    await expectPreviewRefusedWithoutSession()
  }, 300_000)
})
