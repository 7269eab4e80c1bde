import type { APIRoute } from 'astro'
import { loadSite } from '../../../../lib/content'
import { useT, type Lang } from '../../../../lib/i18n'
import { text } from '../../../../lib/localize'
import { docPaths } from '../../../../lib/paths'
import { routes } from '../../../../lib/routes'
import { rss } from '../../../../lib/rss'

export const getStaticPaths = () => docPaths('journals', 'journal')

/** The journal's articles, newest issue first. */
export const GET: APIRoute = async ({ params, props, site: origin }) => {
  const site = await loadSite()
  const lang = params.lang as Lang
  const t = useT(lang)
  const journal = site.journal(props.slug)
  const abs = (path: string) => new URL(path, origin).href
  const items = site.journalIssues(journal.slug).flatMap((issue) =>
    site.issueArticles(issue).map(({ article, section }) => ({
      title: text(article.title, lang),
      url: abs(routes.article(lang, article.slug)),
      date: issue.publishedAt,
      description: text(article.abstract, lang) || text(article.subtitle, lang) || undefined,
      categories: [text(section.section, lang), t('issue.label', { year: issue.year, number: issue.number })],
    })),
  )
  return rss(
    { title: text(journal.title, lang), url: abs(routes.journal(lang, journal.slug)), feedUrl: abs(routes.journalFeed(lang, journal.slug)), description: text(journal.description, lang), lang },
    items,
  )
}
