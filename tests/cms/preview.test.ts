import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { parse } from 'node-html-parser'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../cms/src/content/seed'
import { handlePreview, handlePreviewAsset } from '../../cms/src/preview/handler'
import { previewPath } from '../../cms/src/preview/paths'
import { rewritePreviewHtml } from '../../cms/src/preview/rewrite'
import { launchChromium } from '../../scripts/lib/browser'
import { builds, buildsEverything, onlyDocument } from '../../site/src/lib/only'
import { adminContentSecurityPolicy } from '../../cms/security-headers.mjs'
import { TEXT_VECTORS } from '../fixtures/hostile'
import { FIXTURE_CONTENT, freshCms, tempDir } from '../helpers/cms'

process.env.PREVIEW_DIR = tempDir('preview')
process.env.SITE_URL = 'https://lib.example'

let payload: Payload
let articleId: number
let token: string
let roleless: string
const PASSWORD = 'preview-test-pass'
const DRAFT_ZH = `草稿标记甲乙丙 ${TEXT_VECTORS[0]} ${TEXT_VECTORS[4]}`
const DRAFT_EN = `Draft marker Lorem ${TEXT_VECTORS[1]} ${TEXT_VECTORS[3]}`

/**
 * The preview routes as the Next app mounts them (app/(preview)/preview/…), over plain HTTP, under
 * the admin's Content-Security-Policy with a fresh nonce, as src/proxy.ts sends it.
 */
async function previewServer() {
  const server = http.createServer(async (req, res) => {
    const policy = adminContentSecurityPolicy({ nonce: btoa(crypto.randomUUID()) })
    const request = new Request(`http://${req.headers.host}${req.url}`, { headers: { ...(req.headers as Record<string, string>), 'content-security-policy': policy } })
    const [, , first, second, ...rest] = new URL(request.url).pathname.split('/').map(decodeURIComponent)
    const response =
      first === 'assets' ? await handlePreviewAsset(request, payload, { build: second, path: rest }) : await handlePreview(request, payload, { collection: first, id: second })
    res.writeHead(response.status, { ...Object.fromEntries(response.headers), 'content-security-policy': policy })
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

const get = (path: string, headers: Record<string, string> = {}) => {
  const request = new Request(`http://cms.test${path}`, { headers })
  const [, , collection, id] = new URL(request.url).pathname.split('/')
  return handlePreview(request, payload, { collection, id })
}
const auth = (t: string) => ({ authorization: `JWT ${t}` })

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  await payload.create({ collection: 'users', data: { email: 'editor@test.local', password: PASSWORD, roles: ['admin'] } as never })
  await payload.create({ collection: 'users', data: { email: 'norole@test.local', password: PASSWORD, roles: [] } as never })
  token = (await payload.login({ collection: 'users', data: { email: 'editor@test.local', password: PASSWORD } })).token!
  roleless = (await payload.login({ collection: 'users', data: { email: 'norole@test.local', password: PASSWORD } })).token!
  const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'fx-third-space' } }, depth: 0 })
  articleId = docs[0].id as number
  // A draft over the published article: readers must not see it, the preview must.
  await payload.update({ collection: 'articles', id: articleId, draft: true, locale: 'zh', data: { title: DRAFT_ZH } as never })
  await payload.update({ collection: 'articles', id: articleId, draft: true, locale: 'en', data: { title: DRAFT_EN } as never })
})

describe('preview: who may see it', () => {
  it('refuses without a session (401, bilingual, with the sign-in link), and never indexed or cached', async () => {
    const response = await get(previewPath('articles', articleId, 'zh'))
    expect(response.status).toBe(401)
    const html = await response.text()
    expect(html).toContain('仅限已登录的编辑预览')
    expect(html).toContain('Preview is for signed-in staff only')
    expect(html).toContain('/admin/login?redirect=')
    expect(html).not.toContain('草稿标记')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses a forged token (401) and an account without a role (403)', async () => {
    expect((await get(previewPath('articles', articleId, 'zh'), auth(`${token.slice(0, -4)}AAAA`))).status).toBe(401)
    const response = await get(previewPath('articles', articleId, 'en'), auth(roleless))
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('Draft marker')
  })

  it('refuses the build assets without a session', async () => {
    const request = new Request('http://cms.test/preview/assets/0123456789abcdef01234567/_astro/x.css')
    expect((await handlePreviewAsset(request, payload, { build: '0123456789abcdef01234567', path: ['_astro', 'x.css'] })).status).toBe(401)
  })
})

describe('preview: the draft as readers will see it', () => {
  it('renders the draft with the site templates in both languages, noindex, private', async () => {
    const started = performance.now()
    const zh = await get(previewPath('articles', articleId, 'zh'), auth(token))
    const html = await zh.text()
    console.log(`preview of articles/fx-third-space (first build): ${Math.round(performance.now() - started)} ms`)
    expect(zh.status, html.slice(0, 2000)).toBe(200)
    expect(zh.headers.get('x-robots-tag')).toContain('noindex')
    expect(zh.headers.get('cache-control')).toBe('private, no-store')
    const page = parse(html)
    expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toContain('noindex')
    expect(page.querySelector('h1')?.text).toContain(DRAFT_ZH)
    expect(page.querySelector('html')?.getAttribute('lang')).toBe('zh-CN')
    // The site's own stylesheet, from the preview build; the figure's image variants too.
    const css = page.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')!)
    expect(css.length).toBeGreaterThan(0)
    for (const href of css) expect(href).toMatch(/^\/preview\/assets\/[0-9a-f]{24}\/_astro\//)
    const images = page.querySelectorAll('img').map((i) => i.getAttribute('src')!)
    expect(images.some((src) => /^\/preview\/assets\/[0-9a-f]{24}\/media\//.test(src))).toBe(true)
    // The language switch stays in the preview; other links go to the live site.
    expect(html).toContain(`href="${previewPath('articles', articleId, 'en')}"`)
    expect(page.querySelectorAll('a[href^="/zh/"], a[href^="/en/"]')).toHaveLength(0)
    expect(html).toContain('href="https://lib.example/zh/')

    // The build's files, for staff only, and nothing outside the build.
    const [, build, ...file] = css[0].replace('/preview/assets/', '/').split('/')
    const asset = (parts: string[], headers: Record<string, string> = auth(token)) =>
      handlePreviewAsset(new Request(`http://cms.test/preview/assets/${build}/${parts.join('/')}`, { headers }), payload, { build, path: parts })
    const sheet = await asset(file)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('content-type')).toContain('text/css')
    expect(sheet.headers.get('cache-control')).toBe('private, no-store')
    expect((await asset(file, {})).status).toBe(401)
    expect((await asset(['..', 'snapshot', 'articles.json'])).status).toBe(404)
    expect((await asset(['media', '..', '..', '..', 'package.json'])).status).toBe(404)
    expect((await asset(['zh', 'articles', 'fx-third-space', 'index.html'])).status).toBe(404)

    const again = performance.now()
    const en = await get(previewPath('articles', articleId, 'en'), auth(token))
    console.log(`preview of the other language (same build): ${Math.round(performance.now() - again)} ms`)
    expect(en.status).toBe(200)
    expect(parse(await en.text()).querySelector('h1')?.text).toContain(DRAFT_EN)
  })

  it('leaves readers on the published version', async () => {
    const published = await payload.findByID({ collection: 'articles', id: articleId, draft: false, locale: 'zh', depth: 0, overrideAccess: false })
    expect((published as { title: string }).title).toBe('公共图书馆向第三文化空间拓展')
  })

  it('names the document and field, under a bilingual heading, when the draft breaks the export rules', async () => {
    // fx-unfinished is in no issue's table of contents: the export would refuse it, so does the preview.
    const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'fx-unfinished' } }, depth: 0, draft: true })
    const response = await get(previewPath('articles', docs[0].id, 'en'), auth(token))
    const html = await response.text()
    expect(response.status).toBe(422)
    expect(html).toContain('The content has problems')
    expect(html).toContain('内容有问题')
    expect(html).toContain('articles/fx-unfinished → issue')
    expect(response.headers.get('x-robots-tag')).toContain('noindex')
  })

  it('unknown collections and documents get a 404', async () => {
    expect((await get('/preview/users/1?lang=zh', auth(token))).status).toBe(404)
    expect((await get('/preview/articles/999999?lang=zh', auth(token))).status).toBe(404)
  })
})

describe('preview in a real browser', () => {
  let browser: Browser
  let served: Awaited<ReturnType<typeof previewServer>>
  beforeAll(async () => {
    served = await previewServer()
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    served?.server.close()
  })

  it('shows the hostile draft title as text, with the site CSS and images loaded, and runs none of it', async () => {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'payload-token', value: token, url: served.origin }])
    const page = await context.newPage()
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    const failed: string[] = []
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`)
    })
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) failed.push(m.text())
    })
    await page.goto(served.origin + previewPath('articles', articleId, 'zh'), { waitUntil: 'load' })
    expect(await page.locator('h1').innerText()).toContain(DRAFT_ZH.replace(/\s+/g, ' ').slice(0, 20))
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(dialogs).toBe(0)
    expect(failed).toEqual([])
    // Styled by the site's stylesheet (the browser default body margin is 8px, serif).
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/preview/assets/')))
    expect(styled).toBe(true)
    // The site's own script runs under the admin's policy: "/" focuses the search box.
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search')
    const image = await page.evaluate(() => [...document.images].map((i) => i.naturalWidth))
    expect(image.length).toBeGreaterThan(0)
    expect(Math.min(...image)).toBeGreaterThan(0)
    await context.close()
  })
})

describe('rewritePreviewHtml', () => {
  it('rewrites srcset lists, CSS urls, own pages and site links; adds noindex', () => {
    const html =
      '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body style="background:url(/media/bg-400.jpg)">' +
      '<img src="/media/p-400.jpg" srcset="/media/p-400.avif 400w, /media/p-800.avif 800w">' +
      '<a href="/en/articles/x/">EN</a><a href="/zh/journals/j/">J</a><a href="https://other.example/">o</a><a href="//x.example/">p</a></body></html>'
    const out = rewritePreviewHtml(html, { assetBase: '/preview/assets/b', siteOrigin: 'https://lib.example', previewPages: { '/en/articles/x/': '/preview/articles/7?lang=en' } })
    expect(out).toContain('<head><meta name="robots" content="noindex, nofollow">')
    expect(out).toContain('href="/preview/assets/b/_astro/a.css"')
    expect(out).toContain('url(/preview/assets/b/media/bg-400.jpg)')
    expect(out).toContain('srcset="/preview/assets/b/media/p-400.avif 400w, /preview/assets/b/media/p-800.avif 800w"')
    expect(out).toContain('href="/preview/articles/7?lang=en"')
    expect(out).toContain('href="https://lib.example/zh/journals/j/"')
    expect(out).toContain('href="https://other.example/"')
    expect(out).toContain('href="//x.example/"')
  })

  it('gives the nonce to the build scripts only', () => {
    const html = '<head></head><script type="module" src="/_astro/a.js"></script><script type="module" src="https://evil.example/_astro/a.js"></script><script>x()</script>'
    const out = rewritePreviewHtml(html, { assetBase: '/preview/assets/b', siteOrigin: 'https://lib.example', previewPages: {}, nonce: 'abc=' })
    expect(out).toContain('<script nonce="abc=" type="module" src="/preview/assets/b/_astro/a.js">')
    expect(out.match(/nonce=/g)).toHaveLength(1)
    expect(rewritePreviewHtml(html, { assetBase: '/b', siteOrigin: '', previewPages: {}, nonce: '"><x' })).not.toContain('nonce=')
  })
})

describe('SITE_ONLY (site/src/lib/only.ts)', () => {
  it('unset: every page; set: that document only; malformed: a clear error', () => {
    const saved = process.env.SITE_ONLY
    try {
      delete process.env.SITE_ONLY
      expect(buildsEverything()).toBe(true)
      expect(builds('articles', 'a')).toBe(true)
      process.env.SITE_ONLY = 'articles/a'
      expect(buildsEverything()).toBe(false)
      expect([builds('articles', 'a'), builds('articles', 'b'), builds('pages', 'a')]).toEqual([true, false, false])
      process.env.SITE_ONLY = 'articles/'
      expect(() => onlyDocument()).toThrow('SITE_ONLY must be <collection>/<slug>')
    } finally {
      if (saved === undefined) delete process.env.SITE_ONLY
      else process.env.SITE_ONLY = saved
    }
  })
})
