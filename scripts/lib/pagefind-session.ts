import type { Browser, Page } from 'playwright-core'
import { PAGEFIND_OPTIONS } from '../../site/src/lib/search/config'

/** One search result as the search page sees it (Pagefind's JS API, run in the browser). */
export interface SearchHit {
  url: string
  score: number
  title: string
  meta: Record<string, string>
  excerpt: string
  /** The page's indexed text (what Pagefind stored for excerpts), without its word-boundary marks. */
  content: string
  filters: Record<string, string[]>
}

export interface SearchOptions {
  filters?: Record<string, string | string[]>
  /** How many results to load (data() per result); default 10. */
  limit?: number
}

/** A page of the built site with Pagefind's bundle loaded, as the search page loads it. */
export interface PagefindSession {
  page: Page
  lang: string
  search(query: string, options?: SearchOptions): Promise<{ total: number; hits: SearchHit[]; ms: number }>
  filters(): Promise<Record<string, Record<string, number>>>
  /** How the browser cuts a query into words (Intl.Segmenter, as pagefind.js does for zh). */
  segment(text: string): Promise<string[]>
  close(): Promise<void>
}

declare global {
  interface Window {
    __pagefind: any
  }
}

/**
 * Opens `/<lang>/` of a served site in a new browser page and imports `/pagefind/pagefind.js`
 * there with the search page's options: Pagefind picks the index from `<html lang>`, so each
 * language searches its own index.
 */
export async function openPagefind(
  browser: Browser,
  origin: string,
  lang: 'zh' | 'en',
  {
    path = `/${lang}/`,
    options = PAGEFIND_OPTIONS as Record<string, unknown>,
    /** Where the Pagefind bundle is served (another bundle of the same pages, for comparisons). */
    bundle = '/pagefind/',
  } = {},
): Promise<PagefindSession> {
  const page = await browser.newPage()
  await page.goto(`${origin}${path}`, { waitUntil: 'load' })
  // A string, not a function: a test runner's transform would rewrite a dynamic import() inside
  // a function before Playwright serialises it for the browser.
  await page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(`${bundle}pagefind.js`)})
    await pf.options(${JSON.stringify(options)})
    await pf.init()
    window.__pagefind = pf
  })()`)
  return {
    page,
    lang,
    search: (query, options = {}) =>
      page.evaluate(
        async ({ query, filters, limit }) => {
          const started = performance.now()
          const search = await window.__pagefind.search(query, { filters })
          const ms = performance.now() - started
          const top = search.results.slice(0, limit)
          const data = await Promise.all(top.map((r: any) => r.data()))
          return {
            total: search.results.length as number,
            ms,
            hits: data.map((d: any, i: number) => ({
              url: d.url as string,
              score: top[i].score as number,
              title: (d.meta?.title ?? '') as string,
              meta: d.meta as Record<string, string>,
              excerpt: d.excerpt as string,
              content: (d.content as string).replaceAll('\u200b', ''),
              filters: d.filters as Record<string, string[]>,
            })),
          }
        },
        { query, filters: options.filters ?? {}, limit: options.limit ?? 10 },
      ),
    filters: () => page.evaluate(() => window.__pagefind.filters()),
    segment: (text) =>
      page.evaluate(
        ({ text, lang }) => [...new Intl.Segmenter(lang === 'zh' ? 'zh-CN' : 'en', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment),
        { text, lang },
      ),
    close: () => page.close(),
  }
}

/** Path part of a result URL (Pagefind returns root-relative URLs; strip any highlight query). */
export const pathOf = (url: string) => new URL(url, 'http://x').pathname

/** Reciprocal rank: 1/rank of the first relevant document, 0 if none is in the list. */
export function reciprocalRank(found: string[], expected: string[]): number {
  const rank = found.findIndex((u) => expected.includes(u))
  return rank < 0 ? 0 : 1 / (rank + 1)
}
