import path from 'node:path'
import type { Payload } from 'payload'
import { ContentError, ContentErrors } from './errors'
import { countBlocks } from './markdown'
import { collectionConfig, CONTENT_COLLECTIONS, type ContentDoc, type ContentSet, contentFields } from './model'
import { writeSnapshot } from './snapshot'
import { fromPayloadDoc, type RefResolver } from './transform'

type Id = number | string

/** Every published document, all locales, as an anonymous visitor reads it. */
export async function readPublished(payload: Payload) {
  const raw = new Map<string, ContentDoc[]>()
  for (const collection of CONTENT_COLLECTIONS) {
    const { docs } = await payload.find({
      collection: collection as never,
      locale: 'all',
      fallbackLocale: false,
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: false,
    })
    raw.set(collection, docs as ContentDoc[])
  }
  return raw
}

const counted = (set: ContentSet) => Object.fromEntries([...set].map(([c, docs]) => [c, docs.length]))

/**
 * Writes every published document, in both locales, to a snapshot the site builds from. Reads as
 * an anonymous visitor (overrideAccess: false), so only what the public may read leaves the CMS.
 * Any invalid document stops the export with every problem named; the old snapshot stays.
 */
export async function exportSnapshot(payload: Payload, outDir: string) {
  const set = toContentSet(await readPublished(payload))
  const staticDir = payload.collections.media.config.upload.staticDir as string
  writeSnapshot(outDir, set, (filename) => path.join(staticDir, filename), 'cms')
  return counted(set)
}

/**
 * The site update's export: a document the export refuses is left out, with what depends on it,
 * and named in `heldBack`; everything else is written. Read-only, like exportSnapshot.
 */
export async function exportSnapshotTolerant(payload: Payload, outDir: string) {
  const { set, heldBack } = toContentSetTolerant(await readPublished(payload))
  const staticDir = payload.collections.media.config.upload.staticDir as string
  writeSnapshot(outDir, set, (filename) => path.join(staticDir, filename), 'cms')
  return { counts: counted(set), heldBack, set }
}

/** A document left out of a site update: which one, the field at fault and why. */
export type HeldBack = { collection: string; slug: string; field?: string; problem: string }

/** `collections/slug (id 3)` or `collections/slug` → collection and slug. */
function locate(where: string): { collection: string; slug: string } | undefined {
  const match = /^([a-z-]+)\/(\S+)/.exec(where)
  return match ? { collection: match[1], slug: match[2] } : undefined
}

/**
 * toContentSet that leaves out instead of throwing: each pass drops the documents it refuses and
 * tries again, so a document that pointed at a dropped one is refused (and dropped) next. An issue
 * only loses the dropped articles from its table of contents (withPublishedTocOnly): it is still
 * fine without them.
 */
export function toContentSetTolerant(input: Map<string, ContentDoc[]>): { set: ContentSet; heldBack: HeldBack[] } {
  const raw = new Map([...input].map(([c, docs]) => [c, [...docs]]))
  const heldBack: HeldBack[] = []
  const dropped = new Map<string, string>() // "collection #id" → slug, for the dependents' message
  for (let pass = 0; ; pass++) {
    try {
      return { set: toContentSet(raw, dropped), heldBack }
    } catch (error) {
      if (!(error instanceof ContentErrors) || pass > 1000) throw error
      const refused = error.errors.map((e) => ({ error: e, at: locate(e.where) })).filter((r) => r.at)
      if (!refused.length) throw error
      for (const { error: e, at } of refused) {
        const docs = raw.get(at!.collection) ?? []
        const keyField = at!.collection === 'media' ? 'filename' : 'slug'
        const doc = docs.find((d) => String(d[keyField]) === at!.slug)
        if (!doc) continue
        raw.set(at!.collection, docs.filter((d) => d !== doc))
        dropped.set(`${at!.collection} #${String(doc.id)}`, at!.slug)
        heldBack.push({ ...at!, field: e.field, problem: e.problem })
      }
    }
  }
}

export function toContentSet(raw: Map<string, ContentDoc[]>, dropped = new Map<string, string>()): ContentSet {
  if (raw.has('issues')) raw = withPublishedTocOnly(raw)
  const keys = new Map<string, Map<string, string>>()
  for (const [collection, docs] of raw) {
    const keyField = collection === 'media' ? 'filename' : 'slug'
    keys.set(collection, new Map(docs.map((d) => [String(d.id), String(d[keyField])])))
  }
  const refs: RefResolver = {
    idOf: () => {
      throw new Error('not used while exporting')
    },
    keyOf: (collection: string, id: Id) => {
      const key = keys.get(collection)?.get(String(id))
      if (key !== undefined) return key
      const heldBack = dropped.get(`${collection} #${id}`)
      throw new Error(heldBack ? `refers to ${collection}/${heldBack}, which is held back` : `${collection} #${id} is not published`)
    },
  }
  const errors: ContentError[] = []
  const set: ContentSet = new Map()
  for (const [collection, docs] of raw) {
    const fields = contentFields(collectionConfig(collection))
    set.set(
      collection,
      docs.flatMap((doc) => {
        const where = `${collection}/${keys.get(collection)!.get(String(doc.id))} (id ${String(doc.id)})`
        try {
          return [fromPayloadDoc(fields, doc, { where, refs })]
        } catch (error) {
          errors.push(error instanceof ContentError ? error : new ContentError(where, undefined, (error as Error).message))
          return []
        }
      }),
    )
  }
  errors.push(...checkIssues(set), ...checkParallelText(set))
  if (errors.length) throw new ContentErrors(errors)
  return set
}

/**
 * An issue's table of contents may list articles that are not published yet (editors build the
 * contents first, then publish the articles): they stay out of the exported contents until then.
 */
function withPublishedTocOnly(raw: Map<string, ContentDoc[]>): Map<string, ContentDoc[]> {
  const published = new Set((raw.get('articles') ?? []).map((a) => String(a.id)))
  const isPublished = (ref: unknown) => published.has(String(ref && typeof ref === 'object' ? (ref as { id: Id }).id : ref))
  const issues = (raw.get('issues') ?? []).map((issue) => ({
    ...issue,
    toc: ((issue.toc as Array<{ articles?: unknown[] }> | null | undefined) ?? []).map((section) => ({
      ...section,
      articles: (section.articles ?? []).filter(isPublished),
    })),
  }))
  return new Map([...raw, ['issues', issues]])
}

/** Every published article sits exactly once in its own issue's table of contents. */
export function checkIssues(set: ContentSet): ContentError[] {
  const errors: ContentError[] = []
  const articles = new Map((set.get('articles') ?? []).map((a) => [String(a.slug), a]))
  const listed = new Map<string, string>()
  for (const issue of set.get('issues') ?? []) {
    for (const section of (issue.toc as Array<{ articles?: string[] }> | undefined) ?? []) {
      for (const slug of section.articles ?? []) {
        const where = `issues/${String(issue.slug)}`
        if (listed.has(slug)) errors.push(new ContentError(where, 'toc', `article "${slug}" is listed twice (also in ${listed.get(slug)})`))
        listed.set(slug, String(issue.slug))
        const article = articles.get(slug)
        if (article && article.issue !== issue.slug) {
          errors.push(new ContentError(where, 'toc', `lists article "${slug}", which belongs to issue "${String(article.issue)}"`))
        }
      }
    }
  }
  const issues = new Set((set.get('issues') ?? []).map((i) => String(i.slug)))
  for (const article of articles.values()) {
    if (issues.has(String(article.issue)) && !listed.has(String(article.slug))) {
      errors.push(new ContentError(`articles/${String(article.slug)}`, 'issue', `is not in the table of contents of issue "${String(article.issue)}"`))
    }
  }
  return errors
}

/** Parallel-text journals: block n of the Chinese body is the translation of block n of the English. */
export function checkParallelText(set: ContentSet): ContentError[] {
  const parallel = new Set((set.get('journals') ?? []).filter((j) => j.parallelText).map((j) => String(j.slug)))
  const issueJournal = new Map((set.get('issues') ?? []).map((i) => [String(i.slug), String(i.journal)]))
  const errors: ContentError[] = []
  for (const article of set.get('articles') ?? []) {
    if (!parallel.has(issueJournal.get(String(article.issue)) ?? '')) continue
    const body = (article.body ?? {}) as { zh?: string; en?: string }
    if (!body.zh || !body.en) {
      errors.push(new ContentError(`articles/${String(article.slug)}`, 'body', 'a parallel-text article needs both the Chinese and the English body'))
      continue
    }
    const zh = countBlocks(body.zh)
    const en = countBlocks(body.en)
    if (zh !== en) {
      errors.push(new ContentError(`articles/${String(article.slug)}`, 'body', `parallel text does not align: ${zh} Chinese blocks but ${en} English blocks`))
    }
  }
  return errors
}
