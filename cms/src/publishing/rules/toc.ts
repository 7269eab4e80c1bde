import type { PayloadRequest } from 'payload'
import { findPublished, findPublishedWhere } from './lookup'
import { type Id, idOf, type Problem, problem, type PublishRule } from './types'

/**
 * An issue's table of contents, as the export reads it: each article once, only articles of this
 * issue, and every published article of the issue listed (drafts may be listed: they stay out of
 * the contents until they are published).
 */
export const tocMatchesIssue: PublishRule = async ({ doc, id, req }) => {
  const sections = (doc.toc as Array<{ articles?: unknown[] }> | null | undefined) ?? []
  const problems: Problem[] = []
  const seen = new Set<string>()
  const listed: Id[] = []
  sections.forEach((section, i) => {
    for (const ref of section.articles ?? []) {
      const articleId = idOf(ref)
      if (articleId === undefined) continue
      if (seen.has(String(articleId))) {
        problems.push(problem(`toc.${i}.articles`, '同一篇文章在目录中出现了两次', 'An article is listed twice in the table of contents'))
      }
      seen.add(String(articleId))
      listed.push(articleId)
    }
  })
  const published = await findPublished(req, 'articles', listed, { slug: true, issue: true })
  for (const article of published) {
    if (String(idOf(article.issue)) === String(id)) continue
    const section = sections.findIndex((s) => (s.articles ?? []).some((a) => String(idOf(a)) === String(article.id)))
    problems.push(
      problem(
        `toc.${section}.articles`,
        `文章“${String(article.slug)}”属于另一期，不能列在本期目录中`,
        `Article "${String(article.slug)}" belongs to another issue and cannot be listed in this one`,
      ),
    )
  }
  if (id !== undefined) problems.push(...(await unlistedArticles(req, id, seen)))
  return problems
}

async function unlistedArticles(req: PayloadRequest, issueId: Id, listed: Set<string>): Promise<Problem[]> {
  const docs = await findPublishedWhere(req, 'articles', { issue: { equals: issueId } }, { slug: true })
  const missing = docs.filter((a) => !listed.has(String(a.id)))
  if (missing.length === 0) return []
  const slugs = missing.map((a) => `"${String(a.slug)}"`).join(', ')
  return [
    problem(
      'toc',
      `本期已发布的文章 ${slugs} 不在目录中：请把它们加入目录，或先撤回发布`,
      `Published articles of this issue are missing from the table of contents: ${slugs}. Add them, or unpublish them first`,
    ),
  ]
}
