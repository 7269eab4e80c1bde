import type { CitedArticle } from './citation'
import type { Article } from './schemas'
import type { Site } from './site'

/** An article's contributors, in the CMS's order, with their role (none means author). */
export const articlePeople = (site: Site, article: Article) =>
  (article.contributors ?? []).map((c) => ({ person: site.contributor(c.contributor), role: c.role }))

/** An article with what a citation needs: its issue, journal and authors (not translators or photographers). */
export function citedArticle(site: Site, article: Article): CitedArticle {
  const issue = site.issue(article.issue)
  return {
    article,
    issue,
    journal: site.journal(issue.journal),
    authors: articlePeople(site, article).filter(({ role }) => (role ?? 'author') === 'author').map(({ person }) => person),
  }
}
