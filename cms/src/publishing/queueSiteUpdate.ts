import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { SITE_QUEUE, UPDATE_SITE_TASK } from '../jobs'

/** `req.context` flag: writes that must not queue a site update (the seed: `npm start` builds after it). */
export const SKIP_SITE_UPDATE = 'hzlib:skipSiteUpdate'

/** How long a change waits for more changes before the site is rebuilt (one update per burst). */
export const siteUpdateDebounceMs = () => Number(process.env.SITE_UPDATE_DEBOUNCE_MS ?? 2000)

// A pending job whose wait ends sooner than this may already be taken by the worker: queue anew.
const SAFETY_MS = 250

type Status = { _status?: string | null } | null | undefined
const published = (doc: Status) => doc?._status === 'published'

/**
 * Queues one site update, or pushes back the one already waiting (debounce), and marks the site
 * `pending`. Runs inside the editor's request (and transaction): no change, no queued update.
 */
export async function queueSiteUpdate(req: PayloadRequest) {
  const { payload } = req
  const now = Date.now()
  const waitUntil = new Date(now + siteUpdateDebounceMs())
  const waiting = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: UPDATE_SITE_TASK } },
        { processing: { equals: false } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        { waitUntil: { greater_than: new Date(now + SAFETY_MS).toISOString() } },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const job = waiting.docs[0]
  if (job) {
    await payload.update({ collection: 'payload-jobs', id: job.id, data: { waitUntil: waitUntil.toISOString() }, depth: 0, overrideAccess: true, req })
  } else {
    await payload.jobs.queue({ task: UPDATE_SITE_TASK as never, queue: SITE_QUEUE, input: {} as never, waitUntil, req })
  }
  const status = await payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true, req })
  await payload.updateGlobal({
    slug: 'site-status',
    data: { state: 'pending', pendingSince: status.state === 'pending' && status.pendingSince ? status.pendingSince : new Date(now).toISOString() },
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Whether a change reaches readers: a publish, or leaving the published state (unpublish). A draft
 * saved over a published document leaves the published row as it was: nothing to rebuild.
 */
async function changesPublishedSite(collection: string, doc: Status & { id: number | string }, previousDoc: Status, req: PayloadRequest) {
  if (published(doc)) return true
  if (!published(previousDoc)) return false
  const row = await req.payload.db.findOne({ collection: collection as never, where: { id: { equals: doc.id } }, req })
  return !published(row as Status)
}

/** afterChange of editorial collections (drafts): publish and unpublish queue an update. */
export const queueSiteUpdateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  if (!req.context[SKIP_SITE_UPDATE] && (await changesPublishedSite(collection.slug, doc, previousDoc, req))) await queueSiteUpdate(req)
  return doc
}

/** afterDelete: a deleted published document leaves the site. */
export const queueSiteUpdateAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context[SKIP_SITE_UPDATE] && published(doc)) await queueSiteUpdate(req)
  return doc
}

/**
 * Media have no drafts: an image reaches readers while a published document uses it (`public`,
 * media/visibility.ts). A change to what readers get of such an image (the file, alt text, caption,
 * credit, focal point) rebuilds; the visibility flags the CMS keeps itself do not (the publish that
 * changed them has queued its own update).
 */
type MediaDoc = Record<string, unknown> & { public?: boolean | null }
const SEEN_BY_READERS = ['filename', 'filesize', 'width', 'height', 'alt', 'caption', 'credit', 'focalX', 'focalY']
const readerView = (doc: MediaDoc | undefined) => JSON.stringify(SEEN_BY_READERS.map((field) => doc?.[field] ?? null))

export const queueSiteUpdateAfterMediaChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
  const media = doc as MediaDoc
  const changed = operation === 'update' && readerView(media) !== readerView(previousDoc as MediaDoc)
  if (!req.context[SKIP_SITE_UPDATE] && media.public && changed) await queueSiteUpdate(req)
  return doc
}
export const queueSiteUpdateAfterMediaDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (!req.context[SKIP_SITE_UPDATE] && (doc as MediaDoc)?.public) await queueSiteUpdate(req)
  return doc
}
