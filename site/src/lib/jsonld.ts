import type { Lang } from './i18n'
import { LANG_TAG } from './i18n'
import type { HoursRow } from './hours'
import { text } from './localize'
import { routes } from './routes'
import type { Article, Branch, Contributor, Event, Issue, Journal } from './schemas'

/** schema.org structured data for search engines and link previews. */
const abs = (path: string, site: URL) => new URL(path, site).href
const DAY_NAMES: Record<HoursRow['day'], string> = {
  mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday',
}

export const periodicalLd = (journal: Journal, lang: Lang, site: URL) => ({
  '@context': 'https://schema.org',
  '@type': 'Periodical',
  name: text(journal.title, lang),
  alternateName: text(journal.title, lang === 'zh' ? 'en' : 'zh'),
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

export const articleLd = (
  article: Article,
  issue: Issue,
  journal: Journal,
  authors: Contributor[],
  lang: Lang,
  site: URL,
) => ({
  '@context': 'https://schema.org',
  '@type': journal.kind === 'academic' ? 'ScholarlyArticle' : 'Article',
  headline: text(article.title, lang),
  name: text(article.title, lang),
  inLanguage: LANG_TAG[lang],
  url: abs(routes.article(lang, article.slug), site),
  author: authors.map((person) => ({
    '@type': 'Person',
    name: text(person.name, lang),
    ...(person.affiliation ? { affiliation: { '@type': 'Organization', name: text(person.affiliation, lang) } } : {}),
    ...(person.orcid ? { sameAs: `https://orcid.org/${person.orcid}` } : {}),
  })),
  ...(article.abstract ? { abstract: text(article.abstract, lang) } : {}),
  ...(article.keywords?.[lang]?.length ? { keywords: article.keywords[lang]!.join(', ') } : {}),
  ...(issue.publishedAt ? { datePublished: issue.publishedAt.slice(0, 10) } : {}),
  ...(article.pageStart ? { pageStart: String(article.pageStart) } : {}),
  ...(article.pageEnd ? { pageEnd: String(article.pageEnd) } : {}),
  ...(article.doi ? { sameAs: `https://doi.org/${article.doi}` } : {}),
  isPartOf: issueLd(issue, journal, lang, site),
})

export const libraryLd = (branch: Branch, lang: Lang, site: URL) => ({
  '@context': 'https://schema.org',
  '@type': 'Library',
  name: text(branch.name, lang),
  url: abs(routes.branch(lang, branch.slug), site),
  ...(branch.address ? { address: { '@type': 'PostalAddress', streetAddress: text(branch.address, lang), addressLocality: lang === 'zh' ? '杭州' : 'Hangzhou', addressCountry: 'CN' } } : {}),
  ...(branch.latitude !== undefined && branch.longitude !== undefined ? { geo: { '@type': 'GeoCoordinates', latitude: branch.latitude, longitude: branch.longitude } } : {}),
  ...(branch.phone ? { telephone: branch.phone } : {}),
  openingHoursSpecification: [
    ...(branch.openingHours ?? []).map((row) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAY_NAMES[row.day]}`,
      opens: row.opens,
      closes: row.closes,
    })),
    ...(branch.hoursExceptions ?? []).map((ex) => ({
      '@type': 'OpeningHoursSpecification',
      validFrom: ex.date,
      validThrough: ex.date,
      opens: ex.closed ? '00:00' : ex.opens,
      closes: ex.closed ? '00:00' : ex.closes,
    })),
  ],
})

export const eventLd = (event: Event, venue: { name: string; address?: string }, lang: Lang, site: URL, image?: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name: text(event.title, lang),
  startDate: event.startsAt,
  endDate: event.endsAt,
  eventStatus: 'https://schema.org/EventScheduled',
  eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
  inLanguage: LANG_TAG[lang],
  url: abs(routes.event(lang, event.slug), site),
  ...(event.summary ? { description: text(event.summary, lang) } : {}),
  ...(image ? { image: abs(image, site) } : {}),
  location: { '@type': 'Place', name: venue.name, ...(venue.address ? { address: venue.address } : {}) },
  organizer: { '@type': 'Library', name: lang === 'zh' ? '杭州图书馆' : 'Hangzhou Library', url: abs(`/${lang}/`, site) },
  isAccessibleForFree: true,
})
