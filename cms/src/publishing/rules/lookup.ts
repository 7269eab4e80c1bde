import type { PayloadRequest, Where } from 'payload'
import type { Id } from './types'

type Doc = Record<string, unknown> & { id: Id }

/**
 * Published documents matching `where`, read inside the save's transaction. The main document
 * holds the last published version (a draft saved over it lives in the versions table only).
 */
export async function findPublishedWhere(req: PayloadRequest, collection: string, where: Where, select?: Record<string, true>) {
  return findQuiet(req, collection, { and: [where, { _status: { equals: 'published' } }] }, false, select)
}

export const findPublished = (req: PayloadRequest, collection: string, ids: Id[], select?: Record<string, true>) =>
  ids.length === 0 ? Promise.resolve([] as Doc[]) : findPublishedWhere(req, collection, { id: { in: ids } }, select)

/** Slugs of documents by id, drafts included (to name them in a message). */
export async function slugsOf(req: PayloadRequest, collection: string, ids: Id[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const docs = await findQuiet(req, collection, { id: { in: ids } }, true, { slug: true })
  return new Map(docs.map((d) => [String(d.id), String(d.slug ?? d.id)]))
}

async function findQuiet(req: PayloadRequest, collection: string, where: Where, draft: boolean, select?: Record<string, true>) {
  const { locale, fallbackLocale } = req
  try {
    const { docs } = await req.payload.find({
      collection: collection as never,
      where,
      draft,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      ...(select ? { select: select as never } : {}),
    })
    return docs as unknown as Doc[]
  } finally {
    // The Local API writes its locale onto the request it is given: put the save's own back.
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
