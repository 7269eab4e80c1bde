import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { type Id, mediaIdsOf } from './usage'

/*
 * Two derived fields on every media document, recomputed whenever a document that uses it is
 * saved, published, unpublished or deleted (and over all media at the end of a seed):
 *
 * - `public`: a published document uses it. Visitors read only public media (API, GraphQL, the
 *   file route /api/media/file/<name>, which applies the same read access), and so the export,
 *   which reads as a visitor, only takes media that published documents use.
 * - `editScope`: who may change or delete it. An image belongs to the scope of the documents that
 *   use it (in their latest version, drafts included): one journal (`journal:<id>`), one branch
 *   (`branch:<id>`), the festival (`festival`), contributors (`journals`: every journal editor
 *   edits them) or admin-only pages (`admin`). An image used in two scopes is `shared` and only
 *   admins change it; an image used by nothing is `unused`, and any staff member may fix or
 *   delete it (a fresh upload, before it is placed).
 */

export const UNUSED = 'unused'
export const SHARED = 'shared'

const MEDIA_USED = 'mediaUsed'
type Doc = Record<string, unknown> & { id: Id }

const idOf = (ref: unknown): Id | undefined => (ref && typeof ref === 'object' ? (ref as { id?: Id }).id : (ref as Id | undefined))

async function journalOfIssue(req: PayloadRequest, issue: unknown) {
  const id = idOf(issue)
  if (id == null) return undefined
  const found = await req.payload.findByID({ collection: 'issues', id, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
  return idOf(found?.journal)
}

/** The editing scope of a document, per collection: mirrors each collection's update access. */
const SCOPE_OF: Record<string, (doc: Doc, req: PayloadRequest) => string | Promise<string>> = {
  journals: (doc) => `journal:${doc.id}`,
  issues: (doc) => `journal:${String(idOf(doc.journal))}`,
  articles: async (doc, req) => `journal:${String(await journalOfIssue(req, doc.issue))}`,
  contributors: () => 'journals',
  branches: (doc) => `branch:${doc.id}`,
  festivals: () => 'festival',
  series: () => 'festival',
  events: () => 'festival',
  pages: () => 'admin',
}

/**
 * Documents whose scope comes from another document's field: an article is in the scope of its
 * issue's journal. When that field changes, their media change scope too.
 */
const SCOPE_FROM: Record<string, { field: string; dependents: string; via: string }> = {
  issues: { field: 'journal', dependents: 'articles', via: 'issue' },
}

/** The media of documents whose scope the save of `doc` changed (an issue moved to another journal). */
export async function mediaOfDependents(req: PayloadRequest, collection: string, doc: Doc, previousDoc: Doc | undefined): Promise<Id[]> {
  const rule = SCOPE_FROM[collection]
  if (!rule || !previousDoc || String(idOf(previousDoc[rule.field])) === String(idOf(doc[rule.field]))) return []
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({ collection: rule.dependents as never, where: { [rule.via]: { equals: doc.id } }, draft: true, depth: 0, pagination: false, overrideAccess: true, req }),
  )
  return (docs as Doc[]).flatMap((d) => ((d[MEDIA_USED] as unknown[] | undefined) ?? []).map(idOf).filter((id): id is Id => id != null))
}

const usingCollections = (payload: Payload) =>
  payload.config.collections.filter((c) => c.fields.some((f) => 'name' in f && f.name === MEDIA_USED)).map((c) => c.slug)

/** Runs Local API reads on the save's request (same transaction) and puts its locale back. */
async function keepingLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

/** Whether a published document uses the media, and the scopes of every document using it. */
async function usageOf(req: PayloadRequest, id: Id) {
  let published = false
  const scopes = new Set<string>()
  for (const collection of usingCollections(req.payload)) {
    const uses = { [MEDIA_USED]: { in: [id] } }
    const read = (draft: boolean, where: Record<string, unknown>) =>
      keepingLocale(req, () =>
        req.payload.find({ collection: collection as never, where: where as never, draft, depth: 0, pagination: false, overrideAccess: true, req }),
      )
    // Latest versions (drafts included) decide the scope; the published version decides visibility
    // and counts for the scope too (a draft may have dropped an image the live page still shows).
    const latest = await read(true, uses)
    const live = await read(false, { and: [uses, { _status: { equals: 'published' } }] })
    if (live.docs.length) published = true
    for (const doc of [...latest.docs, ...live.docs] as Doc[]) scopes.add(await SCOPE_OF[collection]?.(doc, req) ?? 'admin')
  }
  const editScope = scopes.size === 0 ? UNUSED : scopes.size === 1 ? [...scopes][0] : SHARED
  return { public: published, editScope }
}

/** Recomputes `public` and `editScope` of the given media, writing only what changed. */
export async function refreshMedia(req: PayloadRequest, ids: Id[]) {
  if (!ids.length) return
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({ collection: 'media', where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, req }),
  )
  for (const media of docs as unknown as Array<Doc & { public?: boolean; editScope?: string }>) {
    const derived = await usageOf(req, media.id)
    if (Boolean(media.public) === derived.public && media.editScope === derived.editScope) continue
    // Straight to the database: two derived columns, no validation of the editor's fields (an alt
    // text missing in the save's locale must not block saving the document that uses the image).
    await req.payload.db.updateOne({ collection: 'media', id: media.id, data: derived, req, returning: false })
  }
}

/**
 * Sets `mediaUsed` on documents saved before it existed (the published or only version of each;
 * a newer draft of a published document gets it when next saved).
 */
async function backfillMediaUsed(req: PayloadRequest) {
  for (const slug of usingCollections(req.payload)) {
    const collection = req.payload.collections[slug as keyof typeof req.payload.collections].config
    const { docs } = await keepingLocale(req, () =>
      req.payload.find({ collection: slug as never, locale: 'all', fallbackLocale: false, depth: 0, pagination: false, overrideAccess: true, req }),
    )
    for (const doc of docs as Doc[]) {
      const used = mediaIdsOf(collection.fields, doc, true)
      const stored = ((doc[MEDIA_USED] as unknown[] | undefined) ?? []).map((ref) => String(idOf(ref))).sort()
      if (JSON.stringify(stored) === JSON.stringify(used.map(String).sort())) continue
      await req.payload.db.updateOne({ collection: slug, id: doc.id, data: { [MEDIA_USED]: used }, req, returning: false })
    }
  }
}

/** Every media document: after a seed, and on a database written before media visibility existed. */
export async function refreshAllMedia(req: PayloadRequest) {
  await backfillMediaUsed(req)
  const { docs } = await keepingLocale(req, () =>
    req.payload.find({ collection: 'media', depth: 0, pagination: false, overrideAccess: true, req, select: { filename: true } as never }),
  )
  await refreshMedia(req, docs.map((d) => (d as Doc).id))
}

/** The same for a whole database, outside any save (npm start on a database that is not seeded anew). */
export async function refreshMediaVisibility(payload: Payload) {
  await refreshAllMedia(await createLocalReq({}, payload))
}
