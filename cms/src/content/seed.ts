import path from 'node:path'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'
import { LOCALES } from '../lib/labels'
import { DEFER_MEDIA_REFRESH } from '../media/usage'
import { refreshAllMedia } from '../media/visibility'
import { ContentError } from './errors'
import { loadContent } from './load'
import { collectionConfig, CONTENT_COLLECTIONS, type ContentDoc, contentFields, keyOf } from './model'
import { type RefResolver, toPayloadData } from './transform'

/**
 * Fields written in a second pass, once the documents they point at exist (issues ↔ articles).
 * Articles are published after their issue's contents list them (cms/src/publishing/rules).
 */
const DEFERRED: Record<string, string[]> = { issues: ['toc'], articles: ['_status'] }

export type SeedReport = { created: Record<string, number>; existing: Record<string, number> }

/**
 * Loads content/ into the CMS. Documents already there (same slug, or same media file name) are
 * left alone, so seeding twice changes nothing and never overwrites an editor's work. The whole
 * run is one transaction: on any error nothing is written.
 */
export async function seedContent(payload: Payload, contentDir: string): Promise<SeedReport> {
  const content = loadContent(contentDir)
  // Media visibility is worked out once at the end, not after every document (media/visibility.ts).
  const req = await createLocalReq({ context: { [DEFER_MEDIA_REFRESH]: true } }, payload)
  await initTransaction(req)
  try {
    const report = await seedAll(payload, req, contentDir, content)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function seedAll(payload: Payload, req: PayloadRequest, contentDir: string, content: Map<string, ContentDoc[]>) {
  const ids = new Map<string, Map<string, number | string>>()
  for (const collection of CONTENT_COLLECTIONS) ids.set(collection, await existingKeys(payload, req, collection))
  const refs: RefResolver = {
    idOf: (collection, key) => {
      const id = ids.get(collection)?.get(key)
      if (id === undefined) throw new Error(`${collection} "${key}" not found`)
      return id
    },
    keyOf: () => {
      throw new Error('not used while seeding')
    },
  }
  const report: SeedReport = { created: {}, existing: {} }
  const secondPass: Array<{ collection: string; id: number | string; doc: ContentDoc; where: string }> = []

  for (const collection of CONTENT_COLLECTIONS) {
    report.created[collection] = 0
    report.existing[collection] = 0
    for (const doc of ordered(collection, content.get(collection) ?? [])) {
      const key = keyOf(collection, doc)
      const where = path.join(contentDir, collection, `${key}.json`)
      if (ids.get(collection)!.has(key)) {
        report.existing[collection]++
        continue
      }
      const id = await createDoc(payload, req, collection, doc, { where, refs, contentDir })
      ids.get(collection)!.set(key, id)
      report.created[collection]++
      if (DEFERRED[collection]?.some((f) => f in doc)) secondPass.push({ collection, id, doc, where })
    }
  }
  for (const { collection, id, doc, where } of secondPass) {
    const only = Object.fromEntries(Object.entries(doc).filter(([k]) => DEFERRED[collection].includes(k)))
    await writeLocales(payload, req, collection, id, { ...only, _status: doc._status }, { where, refs, firstLocale: 'zh' })
  }
  // Also mends a database written before media visibility existed.
  delete req.context[DEFER_MEDIA_REFRESH]
  await refreshAllMedia(req)
  return report
}

async function existingKeys(payload: Payload, req: PayloadRequest, collection: string) {
  const keyField = collection === 'media' ? 'filename' : 'slug'
  const { docs } = await payload.find({
    collection: collection as never,
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    select: { [keyField]: true } as never,
    req,
  })
  return new Map(docs.map((d) => [String((d as ContentDoc)[keyField]), (d as { id: number | string }).id]))
}

/** Parents before children, so a branch's parent exists when the branch is created. */
function ordered(collection: string, docs: ContentDoc[]): ContentDoc[] {
  if (collection !== 'branches') return docs
  const bySlug = new Map(docs.map((d) => [String(d.slug), d]))
  const depth = (d: ContentDoc, seen = new Set<string>()): number => {
    const parent = d.parent ? bySlug.get(String(d.parent)) : undefined
    if (!parent || seen.has(String(d.slug))) return 0
    return 1 + depth(parent, seen.add(String(d.slug)))
  }
  return [...docs].sort((a, b) => depth(a) - depth(b))
}

type WriteContext = { where: string; refs: RefResolver; contentDir?: string }

async function createDoc(payload: Payload, req: PayloadRequest, collection: string, doc: ContentDoc, ctx: WriteContext) {
  const deferred = new Set(DEFERRED[collection] ?? [])
  const firstPass = Object.fromEntries(Object.entries(doc).filter(([k]) => !deferred.has(k)))
  return writeLocales(payload, req, collection, undefined, firstPass, { ...ctx, firstLocale: 'zh' })
}

/** One write per locale: zh creates (or updates) with every field, en adds the English values. */
async function writeLocales(
  payload: Payload,
  req: PayloadRequest,
  collection: string,
  existingId: number | string | undefined,
  doc: ContentDoc,
  ctx: WriteContext & { firstLocale: 'zh' },
) {
  const fields = contentFields(collectionConfig(collection)).filter((f) => f.name !== 'filename')
  const status = doc._status as 'draft' | 'published' | undefined
  const draft = status === 'draft'
  let id = existingId
  let stored: ContentDoc | undefined
  for (const locale of LOCALES) {
    const data = toPayloadData(fields, doc, locale, { where: ctx.where, refs: ctx.refs, firstLocale: locale === ctx.firstLocale, stored })
    if (locale !== ctx.firstLocale && Object.keys(data).length === 0) continue
    if (status) data._status = status
    try {
      if (id === undefined) {
        stored = (await payload.create({
          collection: collection as never,
          data: data as never,
          locale,
          draft,
          overrideAccess: true,
          req,
          ...(collection === 'media' ? { filePath: path.join(ctx.contentDir!, 'media', String(doc.filename)) } : {}),
        })) as ContentDoc
        id = stored.id as number | string
      } else {
        stored = (await payload.update({ collection: collection as never, id, data: data as never, locale, draft, overrideAccess: true, req })) as ContentDoc
      }
    } catch (error) {
      throw asContentError(error, `${ctx.where} (${locale})`)
    }
  }
  return id!
}

function asContentError(error: unknown, where: string): Error {
  if (error instanceof ContentError) return error
  if (error instanceof ValidationError) {
    const problems = (error.data?.errors ?? []) as Array<{ path: string; message: string }>
    return new ContentError(where, problems.map((p) => p.path).join(', ') || undefined, problems.map((p) => p.message).join('; ') || error.message)
  }
  return new ContentError(where, undefined, (error as Error).message)
}
