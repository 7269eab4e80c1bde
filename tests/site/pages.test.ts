import { describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../../cms/src/content/snapshot'
import { exists, jsonLd, page, read, sitePaths, text } from '../helpers/html'
import { TEST_ORIGIN } from '../helpers/site'

/** Every page type, built from the fixture content, read as HTML in both languages. */
const { fixture, seed } = inject('sites')
const dist = fixture.dist
const htmlPages = sitePaths(dist, '.html')
const localized = htmlPages.filter((p) => /^\/(zh|en)\//.test(p))

const titles: Array<[string, string, string]> = [
  // path (after /zh or /en), Chinese <h1>, English <h1>
  ['/journals/fx-research/', '城市图书馆研究', 'Urban Library Research'],
  ['/articles/fx-third-space/', '公共图书馆向第三文化空间拓展', 'Public libraries as a third cultural space'],
  ['/articles/fx-chess-club/', '棋友会的一个下午', 'An afternoon at the chess club'],
  ['/branches/fx-chess/', '棋院分馆', 'Chess branch'],
  ['/festival/fx-festival/', '第三届杭州学习节', 'The 3rd Hangzhou Learning Festival'],
  ['/series/fx-reading/', '阅动杭城', 'Reading Moves Hangzhou'],
  ['/events/fx-flash-mob/', '阅读快闪', 'Flash-mob reading'],
  ['/pages/fx-digital-library/', '数字图书馆', 'Digital library'],
]

describe('every page, both languages', () => {
  it('has one page per language for every document, and nothing for drafts', () => {
    for (const lang of ['zh', 'en']) {
      for (const [path] of titles) expect(exists(dist, `/${lang}${path}`), `/${lang}${path}`).toBe(true)
      expect(exists(dist, `/${lang}/articles/fx-unfinished/`)).toBe(false)
      expect(exists(dist, `/${lang}/events/fx-tbc/`)).toBe(false)
    }
    expect(localized.length).toBeGreaterThan(30)
  })

  it('sets <html lang> from the URL', () => {
    for (const path of localized) {
      const lang = page(dist, path).querySelector('html')!.getAttribute('lang')
      expect(lang, path).toBe(path.startsWith('/zh/') ? 'zh-CN' : 'en')
    }
  })

  it('shows the title in the page language, in <h1> and <title>', () => {
    for (const [path, zh, en] of titles) {
      for (const [lang, title] of [['zh', zh], ['en', en]]) {
        const doc = page(dist, `/${lang}${path}`)
        expect(text(doc.querySelector('h1')), `${lang}${path}`).toContain(title)
        expect(text(doc.querySelector('title')), `${lang}${path}`).toContain(title)
      }
    }
  })

  it('links each page to its other-language twin with reciprocal hreflang alternates', () => {
    for (const path of localized) {
      const links = page(dist, path).querySelectorAll('link[rel="alternate"][hreflang]')
      const byLang = Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')!]))
      expect(Object.keys(byLang).sort(), path).toEqual(['en', 'x-default', 'zh-CN'])
      for (const href of Object.values(byLang)) {
        const url = new URL(href)
        expect(url.origin).toBe(TEST_ORIGIN)
        expect(exists(dist, url.pathname), `${path} → ${href}`).toBe(true)
        const back = page(dist, url.pathname).querySelectorAll('link[rel="alternate"][hreflang]').map((l) => new URL(l.getAttribute('href')!).pathname)
        expect(back, `${href} links back to ${path}`).toContain(path)
      }
      const switcher = page(dist, path).querySelector('.lang-switch')!
      expect(switcher.getAttribute('href')).toBe(byLang[path.startsWith('/zh/') ? 'en' : 'zh-CN'].replace(TEST_ORIGIN, ''))
    }
  })

  it('has valid JSON-LD of the right type on each document page', () => {
    for (const path of localized) jsonLd(page(dist, path)) // throws on invalid JSON
    const typeOf = (path: string) => jsonLd(page(dist, path)).map((o) => o['@type'])
    expect(typeOf('/en/articles/fx-third-space/')).toEqual(['ScholarlyArticle'])
    expect(typeOf('/en/articles/fx-chess-club/')).toEqual(['Article'])
    expect(typeOf('/zh/issues/fx-research-2013-1/')).toEqual(['PublicationIssue'])
    expect(typeOf('/zh/journals/fx-research/')).toEqual(['Periodical'])
    expect(typeOf('/zh/events/fx-flash-mob/')).toEqual(['Event'])
    const library = jsonLd(page(dist, '/en/branches/fx-central/'))[0] as { openingHoursSpecification: Array<Record<string, string>> }
    expect(library['@type']).toBe('Library')
    expect(library.openingHoursSpecification).toContainEqual({ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '21:00' })
    expect(library.openingHoursSpecification).toContainEqual({ '@type': 'OpeningHoursSpecification', validFrom: '2013-02-10', validThrough: '2013-02-10', opens: '00:00', closes: '00:00' })
    const event = jsonLd(page(dist, '/en/events/fx-flash-mob/'))[0]
    expect(event).toMatchObject({ name: 'Flash-mob reading', startDate: '2013-10-12T06:00:00.000Z', location: { name: 'Wulin Square' } })
  })

  it('has Open Graph and a description', () => {
    const doc = page(dist, '/en/articles/fx-third-space/')
    expect(doc.querySelector('meta[property="og:title"]')!.getAttribute('content')).toBe('Public libraries as a third cultural space')
    expect(doc.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article')
    expect(doc.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('en_GB')
    expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toContain('third cultural space')
  })
})

describe('journals', () => {
  it('tag academic articles for Google Scholar, not magazine articles', () => {
    const meta = (path: string, name: string) => page(dist, path).querySelectorAll(`meta[name="${name}"]`).map((m) => m.getAttribute('content'))
    expect(meta('/zh/articles/fx-third-space/', 'citation_title')).toEqual(['公共图书馆向第三文化空间拓展'])
    expect(meta('/zh/articles/fx-third-space/', 'citation_author')).toEqual(['李明'])
    expect(meta('/en/articles/fx-third-space/', 'citation_journal_title')).toEqual(['Urban Library Research'])
    expect(meta('/en/articles/fx-third-space/', 'citation_firstpage')).toEqual(['1'])
    expect(meta('/en/articles/fx-third-space/', 'citation_publication_date')).toEqual(['2013/03/25'])
    expect(meta('/en/articles/fx-chess-club/', 'citation_title')).toEqual([])
  })

  it('show the issue table of contents by section with authors and print pages', () => {
    const doc = page(dist, '/en/issues/fx-research-2013-1/')
    expect(text(doc.querySelector('.toc-section'))).toBe('Special research')
    const entry = text(doc.querySelector('.toc li'))
    expect(entry).toContain('Public libraries as a third cultural space')
    expect(entry).toContain('Li Ming')
    expect(entry).toContain('pp. 1–8')
    expect(doc.querySelector('.toc a')!.getAttribute('href')).toBe('/en/articles/fx-third-space/')
  })

  it('give each article its abstract, keywords, references in GB/T 7714 and citation downloads', () => {
    const doc = page(dist, '/zh/articles/fx-third-space/')
    expect(text(doc.querySelector('.abstract'))).toContain('本文讨论总分馆与第三文化空间。')
    expect(text(doc.querySelector('.keywords'))).toContain('第三文化空间；总分馆')
    expect(text(doc.querySelector('.references li'))).toBe('Oldenburg Ray. The Great Good Place[M]. New York: Paragon House, 1989.')
    expect(text(doc.querySelector('.cite-gbt'))).toBe('李明. 公共图书馆向第三文化空间拓展[J]. 城市图书馆研究, 2013, (1): 1-8.')
    expect(text(doc.querySelector('.affiliation'))).toBe('，杭州图书馆')
    const bib = read(dist, '/en/articles/fx-third-space/cite.bib')
    expect(bib).toMatch(/^@article\{fx-third-space,/)
    expect(bib).toContain('title = {Public libraries as a third cultural space}')
    expect(bib).toContain('pages = {1--8}')
    const ris = read(dist, '/en/articles/fx-third-space/cite.ris').split('\r\n')
    expect(ris[0]).toBe('TY  - JOUR')
    expect(ris).toContain('AU  - Li Ming')
    expect(ris).toContain('KW  - third cultural space')
    expect(ris.filter(Boolean).at(-1)).toBe('ER  -')
  })

  it('set City Library articles as paragraph-aligned parallel text, the page language first', () => {
    for (const lang of ['zh', 'en']) {
      const doc = page(dist, `/${lang}/articles/fx-chess-club/`)
      const pairs = doc.querySelectorAll('.parallel .pair:not(.notes)')
      expect(pairs.length).toBe(2)
      for (const pair of pairs) {
        const cols = pair.querySelectorAll('.col')
        expect(cols.map((c) => c.getAttribute('lang'))).toEqual(lang === 'zh' ? ['zh-CN', 'en'] : ['en', 'zh-CN'])
      }
      const [zhCol, enCol] = lang === 'zh' ? pairs[1].querySelectorAll('.col') : [...pairs[1].querySelectorAll('.col')].reverse()
      expect(text(zhCol)).toBe('落子无悔。')
      expect(text(enCol)).toBe('A move made is a move made.')
    }
  })

  it('mark a missing translation and show the original instead of an empty page', () => {
    const en = page(dist, '/en/pages/fx-digital-library/')
    const body = en.querySelector('.prose')!
    expect(body.getAttribute('lang')).toBe('zh-CN')
    expect(text(body.querySelector('.fallback-notice'))).toBe('This text is not yet available in English; the Chinese original is shown below.')
    expect(text(body)).toContain('三大平台')
    const zh = page(dist, '/zh/pages/fx-digital-library/')
    expect(zh.querySelector('.fallback-notice')).toBeNull()
  })
})

describe('branches and festival', () => {
  it('give opening hours as a table and the data for "open now"', () => {
    const doc = page(dist, '/en/branches/fx-central/')
    const rows = doc.querySelectorAll('table.hours tr').map((r) => text(r))
    expect(rows).toEqual(['Monday 09:00–21:00', 'Tuesday Closed', 'Wednesday Closed', 'Thursday Closed', 'Friday Closed', 'Saturday 09:00–17:00', 'Sunday Closed'])
    const island = doc.querySelector('.open-now')!
    expect(JSON.parse(island.getAttribute('data-hours')!).week).toHaveLength(2)
    expect(text(doc.querySelector('.exceptions'))).toContain('Closed (Spring Festival)')
  })

  it('list the events held at a branch, past ones newest first', () => {
    const snapshotEvents = readSnapshot(seed.snapshot).get('events') as Array<{ slug: string; branch?: string; startsAt: string }>
    const atChess = snapshotEvents.filter((e) => e.branch === 'chess').sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    expect(atChess.length).toBeGreaterThan(1)
    const doc = page(seed.dist, '/en/branches/chess/')
    expect(doc.querySelector('#events')).toBeNull() // the seed festival is over: nothing is coming up
    const listed = doc.querySelectorAll('section[aria-labelledby="past-events"] .event-title a').map((a) => a.getAttribute('href'))
    expect(listed).toEqual(atChess.map((e) => `/en/events/${e.slug}/`))
  })

  it('list the programme by series and by day, with filter data on each event', () => {
    const doc = page(dist, '/zh/festival/fx-festival/')
    const bySeries = doc.querySelector('[data-view="series"]')!
    const byDay = doc.querySelector('[data-view="day"]')!
    expect(text(bySeries.querySelector('h3'))).toBe('阅动杭城')
    expect(text(byDay.querySelector('h3'))).toContain('10月12日')
    const item = byDay.querySelector('.event-item')!
    expect(item.getAttribute('data-day')).toBe('2013-10-12')
    expect(item.getAttribute('data-audience')).toBe('all teens')
    expect(item.getAttribute('data-venue')).toBe('other')
    expect(doc.querySelector('[data-programme-filters]')!.hasAttribute('hidden')).toBe(true)
    expect(doc.querySelectorAll('[data-programme-filters] select[name="day"] option').map((o) => o.getAttribute('value'))).toEqual(['', '2013-10-12'])
  })

  it('show event times in Shanghai time', () => {
    expect(text(page(dist, '/en/events/fx-flash-mob/').querySelector('.facts dd'))).toContain('14:00–15:00')
    expect(text(page(dist, '/zh/events/fx-flash-mob/').querySelector('.facts dd'))).toContain('14:00～15:00')
  })
})

describe('no-JavaScript and small islands', () => {
  it('search page tells readers without JavaScript where to go instead', () => {
    const doc = page(dist, '/zh/search/')
    const fallback = doc.querySelector('noscript')!.innerHTML
    expect(fallback).toContain('href="/zh/archive/"')
    expect(fallback).toContain('href="/sitemap-index.xml"')
  })

  it('archive lists every published document', () => {
    const links = page(dist, '/en/archive/').querySelectorAll('main a').map((a) => a.getAttribute('href'))
    for (const path of ['/en/articles/fx-third-space/', '/en/articles/fx-chess-club/', '/en/events/fx-flash-mob/', '/en/branches/fx-chess/', '/en/pages/fx-digital-library/']) {
      expect(links).toContain(path)
    }
  })

  it('ships no more than small scripts on a reading page, all from the site itself', () => {
    const doc = page(dist, '/en/articles/fx-third-space/')
    const scripts = doc.querySelectorAll('script:not([type="application/ld+json"])')
    for (const s of scripts) expect(s.getAttribute('src') ?? '/').toMatch(/^\//)
    const bytes = scripts.reduce((sum, s) => sum + (s.getAttribute('src') ? read(dist, s.getAttribute('src')!).length : s.innerHTML.length), 0)
    expect(bytes).toBeLessThan(4096)
  })

  it('/ offers both languages and picks one', () => {
    const doc = page(dist, '/')
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/zh/', '/en/'])
    expect(doc.querySelector('noscript')!.innerHTML).toContain('url=/zh/')
    // A file, not inline code: the Content-Security-Policy forbids inline scripts.
    expect(doc.querySelector('script')!.getAttribute('src')).toBe('/choose-language.js')
    expect(read(dist, '/choose-language.js')).toContain("location.replace('/' + lang + '/')")
  })
})
