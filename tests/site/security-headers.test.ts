import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { readHeaderRules, headersFor } from '../../scripts/lib/netlify-headers'
import { serveStatic } from '../../scripts/lib/static-server'
import { useServedSite } from '../helpers/browser'

/**
 * The site's security headers come from netlify.toml (one source for Netlify and our static
 * server), and the site works under its Content-Security-Policy in Chromium: every page type,
 * the language choice at `/`, the islands and Pagefind's WebAssembly search.
 */
const { fixture, seed } = inject('sites')
const rules = readHeaderRules()
const siteWide = rules.find((rule) => rule.for === '/*')!.values

describe('netlify.toml headers', () => {
  it('declares the security headers for every path', () => {
    const csp = siteWide['Content-Security-Policy']
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-inline')
    expect(siteWide['Strict-Transport-Security']).toMatch(/max-age=\d{7,}/)
    expect(siteWide['X-Content-Type-Options']).toBe('nosniff')
    expect(siteWide['Referrer-Policy']).toBe('strict-origin-when-cross-origin')
    expect(siteWide['Permissions-Policy']).toContain('camera=()')
  })

  it('matches paths as Netlify does: every rule that matches applies', () => {
    expect(headersFor(rules, '/_astro/x.js')).toMatchObject({ ...siteWide, 'Cache-Control': 'public, max-age=31536000, immutable' })
    expect(headersFor(rules, '/zh/articles/x/?q=1')).toEqual(siteWide)
    expect(headersFor(rules, '/pagefind-scopes.json')['Cache-Control']).toBe('public, max-age=3600')
  })

  it('the static server sends them on pages, assets and 404s', async () => {
    const server = await serveStatic(fixture.dist, 0)
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    try {
      for (const [path, status] of [['/zh/', 200], ['/en/search/', 200], ['/pagefind/pagefind.js', 200], ['/no/such/page/', 404]] as const) {
        const response = await fetch(origin + path)
        expect(response.status, path).toBe(status)
        for (const [name, value] of Object.entries(siteWide)) expect(response.headers.get(name), `${path} ${name}`).toBe(value)
      }
      const asset = (await (await fetch(`${origin}/zh/`)).text()).match(/src="(\/_astro\/[^"]+\.js)"/)![1]
      const response = await fetch(origin + asset)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect(response.headers.get('content-security-policy')).toBe(siteWide['Content-Security-Policy'])
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('the seed site under its Content-Security-Policy, in Chromium', () => {
  const served = useServedSite(seed.dist)

  /** A page that records CSP violations and console errors from its first script on. */
  async function open(path: string): Promise<{ page: Page; problems: () => Promise<string[]> }> {
    const context = await served.browser.newContext({ locale: 'zh-CN' })
    const page = await context.newPage()
    const console: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') console.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => console.push(`pageerror: ${error.message}`))
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = [])
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`))
    })
    await page.goto(served.origin + path, { waitUntil: 'networkidle' })
    return {
      page,
      problems: async () => [...console, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))],
    }
  }

  it('sends the policy with every page', async () => {
    const response = await fetch(`${served.origin}/zh/`)
    expect(response.headers.get('content-security-policy')).toBe(siteWide['Content-Security-Policy'])
  })

  it('no violation on any page type, and the islands still run', async () => {
    const paths = [
      '/zh/',
      '/en/',
      '/zh/journals/',
      '/zh/journals/urban-library-research/',
      '/zh/issues/urban-library-research-2013-1/',
      '/zh/articles/chess-club/',
      '/en/articles/flash-mob-reading/',
      '/zh/branches/',
      '/zh/branches/city-life/',
      '/zh/festival/hangzhou-learning-festival-2013/',
      '/en/events/flash-mob-wulin-square/',
      '/zh/archive/',
      '/en/accessibility/',
      '/zh/no-such-page/',
    ]
    for (const path of paths) {
      const { page, problems } = await open(path)
      // A 404 page is answered with status 404, which Chromium reports as a console error.
      expect((await problems()).filter((p) => !(path.includes('no-such') && p.includes('404'))), path).toEqual([])
      await page.context().close()
    }
    // `/` picks a language with its (external) script: the redirect runs under the policy.
    const { page, problems } = await open('/')
    await page.waitForURL(/\/zh\/$/)
    expect(await problems()).toEqual([])
    await page.context().close()
  })

  it('Pagefind searches under the policy (WebAssembly allowed, nothing else loosened)', async () => {
    for (const [path, query] of [
      ['/zh/search/', '棋院'],
      ['/en/search/', 'flash mob'],
    ]) {
      const { page, problems } = await open(path)
      await page.fill('#search-input', query)
      await page.press('#search-input', 'Enter')
      await page.waitForSelector('[data-results] li.search-result', { timeout: 30_000 })
      const titles = await page.$$eval('[data-results] li.search-result h2', (hs) => hs.map((h) => h.textContent))
      expect(titles.length, path).toBeGreaterThan(0)
      expect(await problems(), path).toEqual([])
      await page.context().close()
    }
  })
})
