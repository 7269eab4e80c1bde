import { findPublished, findPublishedWhere } from './lookup'
import { type Id, idOf, problem, type PublishRule } from './types'

/**
 * An article goes out only inside its issue: the issue is published first, and its (published)
 * table of contents lists the article. The export and the site build the article's page from both.
 */
export const articleIsInPublishedIssue: PublishRule = async ({ doc, id, req }) => {
  const issueId = idOf(doc.issue)
  if (issueId === undefined) return []
  const [issue] = await findPublished(req, 'issues', [issueId])
  if (!issue) {
    return [problem('issue', '所属期次尚未发布：请先发布期次，再发布其中的文章', 'The issue is not published yet: publish the issue first, then its articles')]
  }
  const listed = tocArticleIds(issue.toc).has(String(id))
  if (listed) return id === undefined ? [] : listedElsewhere(req, id, issueId)
  return [
    problem(
      'issue',
      `期次“${String(issue.slug)}”已发布的目录中没有这篇文章：请先在期次目录中加入本文并保存期次`,
      `The published table of contents of issue "${String(issue.slug)}" does not list this article: add it to the issue's contents and save the issue first`,
    ),
  ]
}

export const tocArticleIds = (toc: unknown): Set<string> =>
  new Set(((toc as Array<{ articles?: unknown[] }> | null | undefined) ?? []).flatMap((s) => (s.articles ?? []).map((a) => String(idOf(a)))))

/** An article moved to another issue must leave the old issue's contents (the export refuses both). */
async function listedElsewhere(req: Parameters<PublishRule>[0]['req'], id: Id, issueId: Id) {
  const others = await findPublishedWhere(req, 'issues', { and: [{ 'toc.articles': { equals: id } }, { id: { not_equals: issueId } }] }, { slug: true })
  if (others.length === 0) return []
  const slugs = others.map((i) => `"${String(i.slug)}"`).join(', ')
  return [
    problem(
      'issue',
      `期次 ${slugs} 的目录仍列有本文：请先从那一期的目录中移除`,
      `The table of contents of issue ${slugs} still lists this article: remove it there first`,
    ),
  ]
}
