import { routes } from '../../../site/src/lib/routes'
import { LOCALES, type Locale } from '../lib/labels'

/** The collections the site gives a page of their own, and the route of that page (site/src/lib/routes.ts). */
const PAGE_ROUTE = {
  journals: routes.journal,
  issues: routes.issue,
  articles: routes.article,
  branches: routes.branch,
  festivals: routes.festival,
  series: routes.series,
  events: routes.event,
  pages: routes.page,
} as const

export type SiteCollection = keyof typeof PAGE_ROUTE
export const SITE_COLLECTIONS = Object.keys(PAGE_ROUTE) as SiteCollection[]
export const isSiteCollection = (collection: string): collection is SiteCollection => collection in PAGE_ROUTE

/** The public origin readers use (the same default as the site's astro.config.ts). */
export const siteOrigin = () => (process.env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '')

/** Path of a document's page in one language, e.g. `/en/articles/third-space/`. */
export const documentPath = (collection: SiteCollection, slug: string, locale: Locale) => PAGE_ROUTE[collection](locale, slug)

/** The document's live page in both languages. */
export function liveUrls(collection: SiteCollection, slug: string, origin = siteOrigin()): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((l) => [l, `${origin}${documentPath(collection, slug, l)}`])) as Record<Locale, string>
}
