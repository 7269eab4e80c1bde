import type { Lang } from './i18n'
import { LANG_TAG, otherLang, useT } from './i18n'
import type { HoursRow } from './hours'
import { text } from './localize'
import { routes } from './routes'
import { safeUrl } from './safeHtml'
import type { Article, Branch, Contributor, Event, Festival, Issue, Journal } from './schemas'

/**
 * schema.org structured data for search engines and link previews, shaped after what Google's
 * rich results ask for (tests/site/structured-data.test.ts lists the properties per type, with
 * the documentation pages). Values from editors go into a <script>: Base.astro writes them with
 * scriptJson() (escape.ts), never by hand.
 *
 * Image arguments are the site-relative URLs of previewUrl() (images.ts), chosen by leadImage.ts.
 */
const abs = (path: string, site: URL) => new URL(path, site).href
/** An editor's link as an absolute web address, or undefined (mailto:, tel:, refused URLs). */
const webUrl = (value: string | undefined, site: URL) => {
  const safe = safeUrl(value)
  const url = safe ? abs(safe, site) : undefined
  return url && /^https?:/.test(url) ? url : undefined
}
const DAY_NAMES: Record<HoursRow['day'], string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
}
/** Every place the library runs is in Hangzhou, Zhejiang: the parts of an address content leaves out. */
const CITY: Record<Lang, { locality: string; region: string }> = {
  zh: { locality: '杭州市', region: '浙江省' },
  en: { locality: 'Hangzhou', region: 'Zhejiang' },
}

/** The stable identifiers the home page's objects go by, so other objects can point at them. */
const organizationId = (site: URL) => abs('/#organization', site)
const websiteId = (site: URL) => abs('/#website', site)

/** A postal address from the free-text street address content holds (it often names the district); without one, the city. */
const postalAddress = (street: string | undefined, lang: Lang) => ({
  '@type': 'PostalAddress',
  ...(street ? { streetAddress: street } : {}),
  addressLocality: CITY[lang].locality,
  addressRegion: CITY[lang].region,
  addressCountry: 'CN',
})

/** The library as organizer and publisher: a reference to the home page's Organization. */
const theLibrary = (lang: Lang, site: URL) => ({
  '@type': 'Organization',
  '@id': organizationId(site),
  name: useT(lang)('site.name'),
  url: abs(routes.home(lang), site),
})

export const periodicalLd = (journal: Journal, lang: Lang, site: URL) => ({
  '@context': 'https://schema.org',
  '@type': 'Periodical',
  name: text(journal.title, lang),
  alternateName: text(journal.title, otherLang(lang)),
  ...(journal.issn ? { issn: journal.issn } : {}),
  ...(journal.publisher ? { publisher: { '@type': 'Organization', name: text(journal.publisher, lang) } } : {}),
  inLanguage: journal.parallelText ? ['zh-CN', 'en'] : LANG_TAG[lang],
  url: abs(routes.journal(lang, journal.slug), site),
})

export const issueLd = (issue: Issue, journal: Journal, lang: Lang, site: URL) => ({
  '@context': 'https://schema.org',
  '@type': 'PublicationIssue',
  issueNumber: String(issue.number),
  ...(issue.publishedAt ? { datePublished: issue.publishedAt.slice(0, 10) } : {}),
  url: abs(routes.issue(lang, issue.slug), site),
  isPartOf: {
    '@type': ['PublicationVolume', 'Periodical'],
    name: text(journal.title, lang),
    ...(issue.volume !== undefined ? { volumeNumber: String(issue.volume) } : {}),
    ...(journal.issn ? { issn: journal.issn } : {}),
  },
})

const personLd = (person: Contributor, lang: Lang) => ({
  '@type': 'Person',
  name: text(person.name, lang),
  ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: text(person.affiliation, lang) } } : {}),
  // The ORCID record is the author's page on the web: Google asks for a URL that identifies the author.
  ...(person.orcid ? { url: `https://orcid.org/${person.orcid}`, sameAs: `https://orcid.org/${person.orcid}` } : {}),
})

export const articleLd = (
  article: Article,
  issue: Issue,
  journal: Journal,
  authors: Contributor[],
  lang: Lang,
  site: URL,
  image?: string,
) => ({
  '@context': 'https://schema.org',
  '@type': journal.kind === 'academic' ? 'ScholarlyArticle' : 'Article',
  headline: text(article.title, lang),
  name: text(article.title, lang),
  inLanguage: LANG_TAG[lang],
  url: abs(routes.article(lang, article.slug), site),
  ...(image ? { image: [abs(image, site)] } : {}),
  author: authors.map((person) => personLd(person, lang)),
  publisher: journal.publisher ? { '@type': 'Organization', name: text(journal.publisher, lang) } : theLibrary(lang, site),
  ...(article.abstract ? { abstract: text(article.abstract, lang) } : {}),
  ...(article.keywords?.[lang]?.length ? { keywords: article.keywords[lang]!.join(', ') } : {}),
  ...(issue.publishedAt ? { datePublished: issue.publishedAt.slice(0, 10) } : {}),
  ...(article.pageStart ? { pageStart: String(article.pageStart) } : {}),
  ...(article.pageEnd ? { pageEnd: String(article.pageEnd) } : {}),
  ...(article.doi ? { sameAs: `https://doi.org/${article.doi}` } : {}),
  isPartOf: issueLd(issue, journal, lang, site),
})

export const libraryLd = (branch: Branch, lang: Lang, site: URL, image?: string, parent?: Branch) => ({
  '@context': 'https://schema.org',
  '@type': 'Library',
  name: text(branch.name, lang),
  url: abs(routes.branch(lang, branch.slug), site),
  ...(branch.summary ? { description: text(branch.summary, lang) } : {}),
  ...(image ? { image: [abs(image, site)] } : {}),
  ...(branch.address ? { address: postalAddress(text(branch.address, lang), lang) } : {}),
  ...(branch.latitude !== undefined && branch.longitude !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: branch.latitude, longitude: branch.longitude } } : {}),
  ...(branch.phone ? { telephone: branch.phone } : {}),
  ...(parent ? { parentOrganization: { '@type': 'Library', name: text(parent.name, lang), url: abs(routes.branch(lang, parent.slug), site) } } : {}),
  isAccessibleForFree: true,
  openingHoursSpecification: [
    ...(branch.openingHours ?? []).map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY_NAMES[row.day]}`,
      opens: row.opens,
      closes: row.closes,
    })),
    // Google's way of saying "closed that day": opening and closing at midnight.
    ...(branch.hoursExceptions ?? []).map((ex) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom: ex.date,
      validThrough: ex.date,
      opens: ex.closed ? '00:00' : ex.opens,
      closes: ex.closed ? '00:00' : ex.closes,
    })),
  ],
})

/** Where an event is: a branch (its name and address) or a free-form place, both in Hangzhou. */
export interface EventVenue {
  name: string
  address?: string
}

/**
 * An event of the programme. Every event of the library is free (`isAccessibleForFree`), so its
 * offer is a free ticket; registration, when asked for, is where the offer points.
 */
export const eventLd = (event: Event, venue: EventVenue, festival: Festival, lang: Lang, site: URL, image?: string) => {
  const url = abs(routes.event(lang, event.slug), site)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: text(event.title, lang),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: 'https://schema.org/EventScheduled',
    // Content has no online events: every event has a branch or a place one goes to.
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: LANG_TAG[lang],
    url,
    ...(event.summary ? { description: text(event.summary, lang) } : {}),
    ...(image ? { image: [abs(image, site)] } : {}),
    // A free-form place ("Wulin Square") is its own street address: Google requires one.
    location: { '@type': 'Place', name: venue.name, address: postalAddress(venue.address ?? venue.name, lang) },
    offers: {
      '@type': 'Offer',
      price: 0,
      priceCurrency: 'CNY',
      availability: 'https://schema.org/InStock',
      url: webUrl(event.registration?.url, site) ?? url,
    },
    organizer: theLibrary(lang, site),
    superEvent: { '@type': 'EventSeries', name: text(festival.name, lang), url: abs(routes.festival(lang, festival.slug), site) },
    isAccessibleForFree: true,
  }
}

/** A festival: a series of events across the city's libraries and squares, over weeks. */
export const festivalLd = (festival: Festival, lang: Lang, site: URL, image?: string) => ({
  '@context': 'https://schema.org',
  '@type': ['EventSeries', 'Festival'],
  name: text(festival.name, lang),
  url: abs(routes.festival(lang, festival.slug), site),
  ...(festival.summary ? { description: text(festival.summary, lang) } : {}),
  ...(festival.startsOn ? { startDate: festival.startsOn.slice(0, 10) } : {}),
  ...(festival.endsOn ? { endDate: festival.endsOn.slice(0, 10) } : {}),
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  inLanguage: LANG_TAG[lang],
  ...(image ? { image: [abs(image, site)] } : {}),
  location: { '@type': 'Place', name: CITY[lang].locality, address: postalAddress(undefined, lang) },
  // The library runs the festival (its page lists the partner libraries): Google wants an organizer with a link.
  organizer: theLibrary(lang, site),
  isAccessibleForFree: true,
})

/**
 * The home page: the library as an Organization (address and telephone of the central library,
 * its photo, the site's mark as logo) and the WebSite, whose name Google shows as the site name.
 */
export const homeLd = (central: Branch | undefined, lang: Lang, site: URL, image?: string) => {
  const t = useT(lang)
  const other = useT(otherLang(lang))
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      '@id': organizationId(site),
      name: t('site.name'),
      alternateName: other('site.name'),
      url: abs(routes.home(lang), site),
      description: t('home.description'),
      logo: { '@type': 'ImageObject', url: abs('/favicon.svg', site) },
      ...(image ? { image: [abs(image, site)] } : {}),
      ...(central?.address ? { address: postalAddress(text(central.address, lang), lang) } : {}),
      ...(central?.phone ? { telephone: central.phone } : {}),
    },
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': websiteId(site),
      name: t('site.name'),
      alternateName: other('site.name'),
      // The site's home is the language chooser at the root; Google reads site names there.
      url: abs('/', site),
      inLanguage: [LANG_TAG.zh, LANG_TAG.en],
      publisher: { '@id': organizationId(site) },
    },
  ]
}
