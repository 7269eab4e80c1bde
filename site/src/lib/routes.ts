// Types only: the CMS imports this module (admin links, preview) without the site's i18n runtime.
import type { Lang } from './i18n'

/** Every URL of the site is built here, so links and pages cannot disagree. */
export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  journals: (lang: Lang) => `/${lang}/journals/`,
  journal: (lang: Lang, slug: string) => `/${lang}/journals/${slug}/`,
  journalFeed: (lang: Lang, slug: string) => `/${lang}/journals/${slug}/feed.xml`,
  issue: (lang: Lang, slug: string) => `/${lang}/issues/${slug}/`,
  article: (lang: Lang, slug: string) => `/${lang}/articles/${slug}/`,
  articleCitation: (lang: Lang, slug: string, format: 'bib' | 'ris') => `/${lang}/articles/${slug}/cite.${format}`,
  branches: (lang: Lang) => `/${lang}/branches/`,
  branch: (lang: Lang, slug: string) => `/${lang}/branches/${slug}/`,
  festival: (lang: Lang, slug: string) => `/${lang}/festival/${slug}/`,
  festivalCalendar: (lang: Lang, slug: string) => `/${lang}/festival/${slug}/calendar.ics`,
  series: (lang: Lang, slug: string) => `/${lang}/series/${slug}/`,
  seriesCalendar: (lang: Lang, slug: string) => `/${lang}/series/${slug}/calendar.ics`,
  event: (lang: Lang, slug: string) => `/${lang}/events/${slug}/`,
  eventCalendar: (lang: Lang, slug: string) => `/${lang}/events/${slug}/event.ics`,
  eventsFeed: (lang: Lang) => `/${lang}/events/feed.xml`,
  page: (lang: Lang, slug: string) => `/${lang}/pages/${slug}/`,
  search: (lang: Lang) => `/${lang}/search/`,
  archive: (lang: Lang) => `/${lang}/archive/`,
  /** MDX page (src/pages/{zh,en}/accessibility.mdx). */
  accessibility: (lang: Lang) => `/${lang}/accessibility/`,
  /** MDX page (src/pages/{zh,en}/sample-content.mdx): what in the sample edition is invented. */
  sampleContent: (lang: Lang) => `/${lang}/sample-content/`,
}

/** The same page in the other language: every route differs only in its first segment. */
export const inOtherLang = (path: string, lang: Lang) => path.replace(new RegExp(`^/${lang}/`), `/${lang === 'zh' ? 'en' : 'zh'}/`)

/**
 * The x-default alternate of a page, given its Chinese path: the home pages share the language
 * chooser at `/`; every other page defaults to Chinese, the site's first language. One per page,
 * used by the pages' <link> tags and the sitemap alike.
 */
export const defaultAlternate = (zhPath: string) => (zhPath === routes.home('zh') ? '/' : zhPath)

/** Pages kept out of search engines (robots noindex) and so out of the sitemap: the search results. */
export const isNoindex = (path: string) => path === routes.search('zh') || path === routes.search('en')
