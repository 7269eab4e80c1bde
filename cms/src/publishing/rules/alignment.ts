import type { PayloadRequest, Where } from 'payload'
import { blockCount } from './parallelText'
import { findPublishedWhere } from './lookup'
import { idOf, problem, type PublishRule } from './types'

/** Slugs of published articles (matching `where`) whose zh and en bodies do not pair block by block. */
export async function misalignedArticles(req: PayloadRequest, where: Where): Promise<string[]> {
  const { locale, fallbackLocale } = req
  try {
    const { docs } = await req.payload.find({
      collection: 'articles',
      where: { and: [where, { _status: { equals: 'published' } }] },
      locale: 'all',
      fallbackLocale: false,
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { slug: true, body: true },
    })
    return docs.filter((a) => !aligned((a as { body?: { zh?: unknown; en?: unknown } }).body)).map((a) => String(a.slug))
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

function aligned(body: { zh?: unknown; en?: unknown } | undefined): boolean {
  try {
    const zh = blockCount(body?.zh)
    const en = blockCount(body?.en)
    return zh > 0 && zh === en
  } catch {
    return false
  }
}

const refusal = (path: string, slugs: string[]) =>
  problem(
    path,
    `以下已发布文章的中英文段落未对齐，不能作为中英对照发布：${slugs.join('、')}`,
    `These published articles do not align block by block, so they cannot go out as parallel text: ${slugs.join(', ')}`,
  )

/** A journal switched to parallel text: every published article of its published issues must already align. */
export const journalArticlesAlign: PublishRule = async ({ doc, id, req }) => {
  if (!doc.parallelText || id === undefined) return []
  const issues = await findPublishedWhere(req, 'issues', { journal: { equals: id } }, { slug: true })
  if (issues.length === 0) return []
  const slugs = await misalignedArticles(req, { issue: { in: issues.map((i) => i.id) } })
  return slugs.length ? [refusal('parallelText', slugs)] : []
}

/** An issue moved into a parallel-text journal: its published articles must align. */
export const issueArticlesAlign: PublishRule = async ({ doc, id, req }) => {
  const journalId = idOf(doc.journal)
  if (id === undefined || journalId === undefined) return []
  const [journal] = await findPublishedWhere(req, 'journals', { id: { equals: journalId } }, { parallelText: true })
  if (!journal?.parallelText) return []
  const slugs = await misalignedArticles(req, { issue: { equals: id } })
  return slugs.length ? [refusal('journal', slugs)] : []
}
