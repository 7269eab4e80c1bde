import { describe, expect, inject, it } from 'vitest'
import { exists, jsonLd, page, sitePaths } from '../helpers/html'
import { TEST_ORIGIN } from '../helpers/site'

/**
 * The JSON-LD of every page of the seed site against what Google's rich results need, type by
 * type. The lists below are Google's documentation put in our own words, each with its page:
 * `required` must be on every object of the type; `recommended` too, unless content has nothing to
 * say, which GAPS names with the reason. A property a path reaches through an array must be on
 * every element (`author.name`: every author has a name).
 */
interface Spec {
  source: string
  required: string[]
  recommended: string[]
}

const ARTICLE: Spec = {
  // https://developers.google.com/search/docs/appearance/structured-data/article
  // Nothing is required; Google reads the headline, a picture (several sizes welcome), when it
  // appeared and was last changed, and who wrote it, by name and a page (url or sameAs) about them.
  source: 'https://developers.google.com/search/docs/appearance/structured-data/article',
  required: [],
  recommended: ['headline', 'image', 'datePublished', 'dateModified', 'author', 'author.name', 'author.url'],
}

const EVENT_CORE = ['description', 'endDate', 'eventAttendanceMode', 'eventStatus', 'image', 'organizer', 'organizer.name', 'organizer.url']

const SPECS: Record<string, Spec> = {
  Article: ARTICLE,
  // A subtype of Article: Google treats it as one.
  ScholarlyArticle: ARTICLE,
  Event: {
    // Required: the event's name, when it starts, and where: a Place that has a postal address.
    // Recommended: a description, when it ends, whether one attends in person or online, whether
    // it is still on, a picture, how to get in (an offer with its price, currency, availability,
    // link, and from when it is on sale), who organizes it (name, link), who performs, and the
    // former start date of a moved event.
    source: 'https://developers.google.com/search/docs/appearance/structured-data/event',
    required: ['name', 'startDate', 'location', 'location.name', 'location.address', 'location.address.streetAddress', 'location.address.addressLocality', 'location.address.addressCountry'],
    recommended: [...EVENT_CORE, 'offers', 'offers.price', 'offers.priceCurrency', 'offers.availability', 'offers.url', 'offers.validFrom', 'performer', 'previousStartDate'],
  },
  EventSeries: {
    // No rich result of its own: schema.org makes EventSeries a kind of Event
    // (https://schema.org/EventSeries), so a series is held to the Event page's list, less what
    // belongs to one sitting (offers, performer, a moved start): each event of it carries those.
    source: 'https://schema.org/EventSeries',
    required: ['name', 'startDate', 'location', 'location.address'],
    recommended: EVENT_CORE,
  },
  Library: {
    // A Library is a LocalBusiness to Google. Required: name and postal address. Recommended:
    // its page, telephone, coordinates, opening hours, and pictures of the place; ratings,
    // reviews, menus, cuisine, price range and departments do not apply to a public library.
    source: 'https://developers.google.com/search/docs/appearance/structured-data/local-business',
    required: ['name', 'address', 'address.streetAddress', 'address.addressLocality', 'address.addressCountry'],
    recommended: ['url', 'telephone', 'geo', 'geo.latitude', 'geo.longitude', 'openingHoursSpecification', 'image'],
  },
  Organization: {
    // Nothing is required; Google uses the name, the home page, a logo, a description, the
    // postal address, how to reach it (telephone, email), other names, and profiles elsewhere.
    source: 'https://developers.google.com/search/docs/appearance/structured-data/organization',
    required: [],
    recommended: ['name', 'url', 'logo', 'description', 'address', 'telephone', 'email', 'alternateName', 'sameAs'],
  },
  WebSite: {
    // The site name: required are the name and the site's home page; another name helps.
    source: 'https://developers.google.com/search/docs/appearance/site-names',
    required: ['name', 'url'],
    recommended: ['alternateName'],
  },
}

/** Recommended properties content cannot give yet, and why. Anything else missing fails. */
const ARTICLE_GAPS = {
  dateModified: 'the snapshot records when an issue appeared, not when an article was last edited',
  'author.url': 'authors without an ORCID iD have no page of their own on the site or elsewhere',
}
const GAPS: Record<string, Record<string, string>> = {
  Article: ARTICLE_GAPS,
  ScholarlyArticle: ARTICLE_GAPS,
  Event: {
    'offers.validFrom': 'content records whether registration is needed, not when it opens',
    performer: 'content does not name performers or speakers',
    previousStartDate: 'only for an event that was moved; none was',
  },
  EventSeries: {},
  Library: {
    telephone: 'no branch in content/ has a telephone number yet (the fixture has one)',
    image: 'the district libraries have no photo in content/ yet',
  },
  Organization: {
    telephone: 'the central library has no telephone number in content/ yet',
    email: 'content has no public e-mail address',
    sameAs: 'content lists no profiles on other sites',
  },
  WebSite: {},
}

type Json = Record<string, unknown>
const typesOf = (o: Json) => [o['@type']].flat() as string[]
const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)

/** Whether the object has the property at the dotted path (through arrays: on every element). */
function has(value: unknown, path: string[]): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every((v) => has(v, path))
  if (!path.length) return present(value)
  if (typeof value !== 'object' || value === null) return false
  return has((value as Json)[path[0]], path.slice(1))
}

const { fixture, seed } = inject('sites')
const pages = sitePaths(seed.dist, '.html')
const objects = pages.flatMap((p) => jsonLd(page(seed.dist, p)).map((o) => ({ path: p, o })))
const ofType = (type: string) => objects.filter(({ o }) => typesOf(o).includes(type))

describe('structured data', () => {
  it('has every type on the seed site where Google looks for it', () => {
    const where = (type: string) => [...new Set(ofType(type).map(({ path }) => path.replace(/^\/(zh|en)\/([^/]+\/)?.*$/, '$2')))]
    expect(where('ScholarlyArticle')).toEqual(['articles/'])
    expect(where('Article')).toEqual(['articles/'])
    expect(where('Event')).toEqual(['events/'])
    expect(where('Library')).toEqual(['branches/'])
    expect(where('EventSeries')).toEqual(['festival/'])
    expect(ofType('Organization').map(({ path }) => path).sort()).toEqual(['/en/', '/zh/'])
    expect(ofType('WebSite').map(({ path }) => path).sort()).toEqual(['/en/', '/zh/'])
    // One object per document page: every article, event and branch, in both languages.
    const count = (folder: string) => pages.filter((p) => new RegExp(`^/(zh|en)/${folder}/[^/]+/$`).test(p)).length
    expect(ofType('ScholarlyArticle').length + ofType('Article').length).toBe(count('articles'))
    expect(ofType('Event').length).toBe(count('events'))
    expect(ofType('Library').length).toBe(count('branches'))
  })

  it.each(Object.keys(SPECS))('gives every %s the properties Google requires and recommends', (type) => {
    const spec = SPECS[type]
    const found = ofType(type)
    expect(found.length).toBeGreaterThan(0)
    const missingRequired = found.flatMap(({ path, o }) => spec.required.filter((p) => !has(o, p.split('.'))).map((p) => `${path}: ${p}`))
    expect(missingRequired, `required by ${spec.source}`).toEqual([])
    const missingRecommended = new Set(found.flatMap(({ o }) => spec.recommended.filter((p) => !has(o, p.split('.')))))
    const unexplained = [...missingRecommended].filter((p) => !(p in GAPS[type]))
    expect(unexplained, `recommended by ${spec.source}`).toEqual([])
  })

  it('points every image at a file of the site, by absolute URL', () => {
    const images = objects.flatMap(({ o }) => [o.image, (o.logo as Json | undefined)?.url].flat().filter((u): u is string => typeof u === 'string'))
    expect(images.length).toBeGreaterThan(50)
    for (const url of images) {
      expect(url.startsWith(`${TEST_ORIGIN}/`), url).toBe(true)
      expect(exists(seed.dist, new URL(url).pathname), url).toBe(true)
    }
  })

  it('offers events free, in person, as part of their festival', () => {
    const festivalUrl = (lang: string) => `${TEST_ORIGIN}/${lang}/festival/hangzhou-learning-festival-2013/`
    for (const { path, o } of ofType('Event')) {
      expect(o, path).toMatchObject({
        eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
        eventStatus: 'https://schema.org/EventScheduled',
        offers: { '@type': 'Offer', price: 0, priceCurrency: 'CNY', availability: 'https://schema.org/InStock' },
        location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'CN' } },
        superEvent: { '@type': 'EventSeries', url: festivalUrl(path.slice(1, 3)) },
        isAccessibleForFree: true,
      })
    }
    const atBranch = ofType('Event').find(({ path }) => path === '/zh/events/festival-launch/')!.o
    expect(atBranch.location).toMatchObject({ name: '杭州图书馆（中心馆）', address: { streetAddress: '杭州市江干区解放东路58号（市民中心）', addressLocality: '杭州市' } })
    const atPlace = ofType('Event').find(({ path }) => path === '/en/events/flash-mob-west-lake-culture-square/')!.o
    expect((atPlace.location as Json).address).toMatchObject({ addressLocality: 'Hangzhou', addressRegion: 'Zhejiang' })
    const series = ofType('EventSeries')[0].o
    expect(typesOf(series)).toEqual(['EventSeries', 'Festival'])
  })

  it('names the site and the library on the home page, linked by identifier', () => {
    const home = jsonLd(page(seed.dist, '/en/'))
    const organization = home.find((o) => o['@type'] === 'Organization')!
    const website = home.find((o) => o['@type'] === 'WebSite')!
    expect(website).toMatchObject({ name: 'Hangzhou Library', alternateName: '杭州图书馆', url: `${TEST_ORIGIN}/`, publisher: { '@id': organization['@id'] } })
    expect(organization).toMatchObject({ name: 'Hangzhou Library', url: `${TEST_ORIGIN}/en/`, logo: { url: `${TEST_ORIGIN}/favicon.svg` } })
    expect((organization.address as Json).streetAddress).toContain('58 Jiefang East Road')
  })

  it('uses what content gives: a branch’s telephone and parent, an article’s own figure', () => {
    const branch = jsonLd(page(fixture.dist, '/en/branches/fx-central/'))[0]
    expect(branch.telephone).toBe('0571-0000-0000')
    const child = jsonLd(page(fixture.dist, '/zh/branches/fx-chess/'))[0]
    expect(child.parentOrganization).toMatchObject({ '@type': 'Library', name: '杭州图书馆', url: `${TEST_ORIGIN}/zh/branches/fx-central/` })
    expect(child.image).toEqual([expect.stringMatching(new RegExp(`^${TEST_ORIGIN}/media/fx-reading-room-\\d+\\.jpg$`))])
    const article = jsonLd(page(seed.dist, '/zh/articles/chess-club/'))[0]
    const figure = page(seed.dist, '/zh/articles/chess-club/').querySelector('figure.figure img')!.getAttribute('src')!
    expect(article.image).toEqual([new URL(figure, TEST_ORIGIN).href])
  })
})
