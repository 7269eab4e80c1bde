import type { Payload, TypedUser } from 'payload'
import { readPublished, toContentSet } from '../content/export'
import type { ContentDoc, ContentSet } from '../content/model'

type Id = number | string

/**
 * What readers would see if this document's latest draft were published now: the published
 * documents (read as the public reads them, like the export) with the draft laid over its
 * published version, plus the images only that draft uses (still private).
 */
export async function previewContentSet(payload: Payload, collection: string, id: Id, user: TypedUser): Promise<{ set: ContentSet; slug: string }> {
  const draft = (await payload.findByID({
    collection: collection as never,
    id,
    draft: true,
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    overrideAccess: false,
    user,
  })) as ContentDoc
  const raw = await readPublished(payload)
  raw.set(collection, [...raw.get(collection)!.filter((d) => String(d.id) !== String(id)), draft])
  raw.set('media', [...raw.get('media')!, ...(await privateMedia(payload, draft, raw.get('media')!))])
  return { set: toContentSet(raw), slug: String(draft.slug) }
}

/** The media the draft uses that the public cannot read yet (only drafts use them). */
async function privateMedia(payload: Payload, draft: ContentDoc, published: ContentDoc[]): Promise<ContentDoc[]> {
  const known = new Set(published.map((m) => String(m.id)))
  const used = ((draft.mediaUsed as Array<Id | { id: Id }> | undefined) ?? []).map((m) => (typeof m === 'object' ? m.id : m))
  const missing = used.filter((m) => !known.has(String(m)))
  if (!missing.length) return []
  const { docs } = await payload.find({
    collection: 'media',
    where: { id: { in: missing } },
    locale: 'all',
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return docs as unknown as ContentDoc[]
}
