import fs from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import ICAL from 'ical.js'
import { describe, expect, inject, it } from 'vitest'
import { readSnapshot } from '../../cms/src/content/snapshot'
import { exists, fileFor, page, read, sitePaths } from '../helpers/html'
import { TEST_ORIGIN } from '../helpers/site'

/** Links, feeds, calendars, sitemaps and images of the built sites. */
const { fixture, seed } = inject('sites')

function brokenLinks(dist: string) {
  const broken: string[] = []
  const check = (from: string, href: string) => {
    if (!href || /^(mailto:|tel:|#|data:)/.test(href)) return
    const url = new URL(href, `${TEST_ORIGIN}${from}`)
    if (url.origin !== TEST_ORIGIN) return
    if (!exists(dist, url.pathname)) broken.push(`${from} → ${href}`)
  }
  for (const p of sitePaths(dist, '.html')) {
    const doc = page(dist, p)
    for (const el of doc.querySelectorAll('a[href], link[href]')) check(p, el.getAttribute('href')!)
    for (const el of doc.querySelectorAll('img[src], script[src]')) check(p, el.getAttribute('src')!)
    for (const el of doc.querySelectorAll('meta[property="og:image"], meta[property="og:url"]')) check(p, el.getAttribute('content')!)
    for (const el of doc.querySelectorAll('[srcset]')) {
      for (const candidate of el.getAttribute('srcset')!.split(',')) check(p, candidate.trim().split(/\s+/)[0])
    }
  }
  for (const p of [...sitePaths(dist, '.xml'), ...sitePaths(dist, '.ics')]) {
    for (const match of read(dist, p).matchAll(new RegExp(`${TEST_ORIGIN.replace(/\./g, '\\.')}[^\\s<"]*`, 'g'))) check(p, match[0])
  }
  return broken
}

describe('links', () => {
  it('has no broken internal link anywhere in the fixture site (pages, images, feeds, calendars, sitemaps)', () => {
    expect(brokenLinks(fixture.dist)).toEqual([])
  })

  it('has no broken internal link anywhere in the seed site', () => {
    expect(brokenLinks(seed.dist)).toEqual([])
    const preview = page(seed.dist, '/en/branches/central/').querySelector('meta[property="og:image"]')!.getAttribute('content')!
    expect(preview).toMatch(new RegExp(`^${TEST_ORIGIN}/media/b-central-\\d+\\.jpg$`))
  })
})

describe('iCalendar', () => {
  /** Parsed with ical.js, with the calendar's own VTIMEZONE registered, as a calendar app would. */
  const parse = (dist: string, p: string) => {
    const calendar = new ICAL.Component(ICAL.parse(read(dist, p)))
    for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
    return calendar
  }

  it('gives each event a calendar entry at the right time in Asia/Shanghai', () => {
    const calendar = parse(fixture.dist, '/en/events/fx-flash-mob/event.ics')
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(1)
    const [event] = events
    expect(event.summary).toBe('Flash-mob reading')
    expect(event.location).toBe('Wulin Square')
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai')
    expect(event.startDate.zone.tzid).toBe('Asia/Shanghai')
    expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 0])
    expect(event.startDate.toJSDate().toISOString()).toBe('2013-10-12T06:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2013-10-12T07:00:00.000Z')
    expect(calendar.getFirstSubcomponent('vtimezone')!.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai')
  })

  it('has a calendar for the whole festival and for each series, with every published event of the seed', () => {
    const snapshotEvents = readSnapshot(seed.snapshot).get('events') as Array<{ slug: string; series?: string; startsAt: string }>
    const festival = parse(seed.dist, '/zh/festival/hangzhou-learning-festival-2013/calendar.ics')
    const uids = festival.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'))
    expect(uids.sort()).toEqual(snapshotEvents.map((e) => `${e.slug}@events.hzlib`).sort())
    for (const series of new Set(snapshotEvents.map((e) => e.series).filter(Boolean))) {
      const entries = parse(seed.dist, `/en/series/${series}/calendar.ics`).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
      expect(entries.length).toBe(snapshotEvents.filter((e) => e.series === series).length)
      for (const entry of entries) {
        const source = snapshotEvents.find((e) => `${e.slug}@events.hzlib` === entry.uid)!
        expect(entry.startDate.toJSDate().toISOString()).toBe(source.startsAt)
      }
    }
  })

  it('folds long lines without breaking Chinese characters', () => {
    const raw = read(seed.dist, '/zh/festival/hangzhou-learning-festival-2013/calendar.ics')
    for (const line of raw.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(raw).not.toContain('\uFFFD')
  })
})

describe('feeds and sitemaps', () => {
  const xml = new XMLParser({ ignoreAttributes: false })

  it('has an RSS feed per journal and language listing its articles', () => {
    const feed = xml.parse(read(fixture.dist, '/en/journals/fx-research/feed.xml'))
    expect(feed.rss.channel.title).toBe('Urban Library Research')
    expect(feed.rss.channel.language).toBe('en')
    const item = feed.rss.channel.item
    expect(item.title).toBe('Public libraries as a third cultural space')
    expect(item.link).toBe(`${TEST_ORIGIN}/en/articles/fx-third-space/`)
    expect(new Date(item.pubDate).toISOString()).toBe('2013-03-25T00:00:00.000Z')
  })

  it('has an events feed in each language', () => {
    const items = [xml.parse(read(seed.dist, '/zh/events/feed.xml')).rss.channel.item].flat()
    const published = readSnapshot(seed.snapshot).get('events')!
    expect(items).toHaveLength(published.length)
    expect(items.every((i: { link: string }) => i.link.startsWith(`${TEST_ORIGIN}/zh/events/`))).toBe(true)
  })

  type SitemapUrl = { loc: string; 'xhtml:link'?: Alternate | Alternate[] }
  type Alternate = { '@_hreflang': string; '@_href': string }
  const sitemap = (dist: string) => [xml.parse(read(dist, '/sitemap-0.xml')).urlset.url].flat() as SitemapUrl[]
  const noindex = (dist: string, p: string) => page(dist, p).querySelector('meta[name="robots"]')?.getAttribute('content')?.includes('noindex') ?? false

  it('lists every indexable localized page in the sitemap, and no page search engines are kept from', () => {
    for (const dist of [fixture.dist, seed.dist]) {
      const locs = sitemap(dist).map((u) => u.loc)
      const pages = sitePaths(dist, '.html')
      for (const p of pages.filter((p) => /^\/(zh|en)\//.test(p) && !noindex(dist, p))) expect(locs, p).toContain(`${TEST_ORIGIN}${p}`)
      const kept = pages.filter((p) => noindex(dist, p))
      expect(kept).toEqual(expect.arrayContaining(['/zh/search/', '/en/search/']))
      for (const p of kept) expect(locs, p).not.toContain(`${TEST_ORIGIN}${p}`)
      // The language chooser redirects on Netlify: it is an alternate (x-default), not an entry.
      expect(locs).not.toContain(`${TEST_ORIGIN}/`)
    }
  })

  it('gives each sitemap entry one alternate per language and one x-default, the same as the page’s own links', () => {
    for (const url of sitemap(seed.dist)) {
      const alternates = [url['xhtml:link'] ?? []].flat()
      const langs = alternates.map((a) => a['@_hreflang'])
      expect(langs.sort(), url.loc).toEqual(['en', 'x-default', 'zh-CN'])
      const own = page(seed.dist, new URL(url.loc).pathname).querySelectorAll('link[rel="alternate"][hreflang]')
      const fromPage = Object.fromEntries(own.map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]))
      const fromSitemap = Object.fromEntries(alternates.map((a) => [a['@_hreflang'], a['@_href']]))
      expect(fromSitemap, url.loc).toEqual(fromPage)
    }
    const home = sitemap(seed.dist).find((u) => u.loc === `${TEST_ORIGIN}/zh/`)!
    expect([home['xhtml:link']].flat().find((a) => a!['@_hreflang'] === 'x-default')!['@_href']).toBe(`${TEST_ORIGIN}/`)
    const article = sitemap(seed.dist).find((u) => u.loc === `${TEST_ORIGIN}/en/articles/chess-club/`)!
    expect([article['xhtml:link']].flat().find((a) => a!['@_hreflang'] === 'x-default')!['@_href']).toBe(`${TEST_ORIGIN}/zh/articles/chess-club/`)
  })
})

describe('images', () => {
  it('are responsive AVIF/WebP/JPEG with intrinsic size, and every variant exists', () => {
    const doc = page(seed.dist, '/zh/articles/chess-club/')
    const figure = doc.querySelector('figure.figure')!
    const sources = figure.querySelectorAll('source').map((s) => s.getAttribute('type'))
    expect(sources).toEqual(['image/avif', 'image/webp'])
    const img = figure.querySelector('img')!
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0)
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0)
    expect(figure.querySelector('figcaption .caption')!.textContent).toBe('棋友会活动中的一盘围棋')
    expect(figure.querySelector('figcaption .credit')!.textContent).toBe('插图：钱磊')
    for (const el of [...figure.querySelectorAll('source'), img]) {
      for (const candidate of el.getAttribute('srcset')!.split(',')) {
        const [url, width] = candidate.trim().split(/\s+/)
        expect(fs.statSync(fileFor(seed.dist, url)).size, url).toBeGreaterThan(500)
        expect(width).toMatch(/^\d+w$/)
      }
    }
  })
})
