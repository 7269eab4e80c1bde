import type { CitedArticle } from './citation'
import type { Site } from './content'
import type { Article } from './schemas'

/** An article with what a citation needs: its issue, journal and authors (not translators or photographers). */
export function citedArticle(site: Site, article: Article): CitedArticle {
  const issue = site.issue(article.issue)
  return {
    article,
    issue,
    journal: site.journal(issue.journal),
    authors: (article.contributors ?? []).filter((c) => (c.role ?? 'author') === 'author').map((c) => site.contributor(c.contributor)),
  }
}
