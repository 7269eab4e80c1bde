import type { Collection, Field, PayloadRequest } from 'payload'
import { dataFields } from '../../lib/fieldTree'
import { findPublished, slugsOf } from './lookup'
import { type Id, idOf, problem, type PublishRule } from './types'

/** One relationship or upload value of a document, where it sits and what it points at. */
export type Reference = { path: string; schemaPath: string; target: string; id: Id }

/**
 * Relations the export does not require to be published: an issue's table of contents may list an
 * article before the article goes out; the export leaves unpublished articles out of the contents.
 */
export const MAY_POINT_AT_DRAFTS = new Set(['issues:toc.articles'])

/** Relations a collection's own rule checks, with a more precise message (rules/issueFirst.ts). */
const CHECKED_BY_OWN_RULE = new Set(['articles:issue'])

/** Every relationship/upload value in a document, including inside arrays and groups. */
export function references(fields: Field[], doc: Record<string, unknown> | undefined, path = '', schemaPath = ''): Reference[] {
  const found: Reference[] = []
  for (const field of dataFields(fields)) {
    const value = doc?.[field.name]
    const at = `${path}${field.name}`
    const schemaAt = `${schemaPath}${field.name}`
    if (field.type === 'relationship' || field.type === 'upload') {
      const values = Array.isArray(value) ? value : value == null ? [] : [value]
      for (const ref of values) {
        const target = typeof field.relationTo === 'string' ? field.relationTo : (ref as { relationTo?: string })?.relationTo
        const id = idOf(ref)
        if (target && id !== undefined) found.push({ path: at, schemaPath: schemaAt, target, id })
      }
    } else if (field.type === 'group') {
      found.push(...references(field.fields, value as Record<string, unknown>, `${at}.`, `${schemaAt}.`))
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, i) => found.push(...references(field.fields, row as Record<string, unknown>, `${at}.${i}.`, `${schemaAt}.`)))
    }
  }
  return found
}

const collectionOf = (req: PayloadRequest, slug: string) => (req.payload.collections as Record<string, Collection | undefined>)[slug]

/** Collections that have a draft state (media, for one, is live as soon as it is uploaded). */
export const hasDrafts = (req: PayloadRequest, collection: string) => Boolean(collectionOf(req, collection)?.config.versions?.drafts)

export const collectionLabel = (req: PayloadRequest, collection: string) => {
  const singular = collectionOf(req, collection)?.config.labels?.singular
  return typeof singular === 'object' && singular ? (singular as Record<string, string>) : { zh: collection, en: collection }
}

/** Every document a published document points at is itself published: the export cannot link to a draft. */
export const referencesArePublished: PublishRule = async ({ collection, fields, doc, req }) => {
  const exempt = (r: Reference) => MAY_POINT_AT_DRAFTS.has(`${collection}:${r.schemaPath}`) || CHECKED_BY_OWN_RULE.has(`${collection}:${r.schemaPath}`)
  const refs = references(fields, doc).filter((r) => !exempt(r) && hasDrafts(req, r.target))
  const byTarget = new Map<string, Reference[]>()
  for (const r of refs) byTarget.set(r.target, [...(byTarget.get(r.target) ?? []), r])
  const problems = []
  for (const [target, group] of byTarget) {
    const ids = [...new Set(group.map((r) => r.id))]
    const published = new Set((await findPublished(req, target, ids, { slug: true })).map((d) => String(d.id)))
    const missing = group.filter((r) => !published.has(String(r.id)))
    if (missing.length === 0) continue
    const slugs = await slugsOf(req, target, missing.map((r) => r.id))
    const name = collectionLabel(req, target)
    for (const r of missing) {
      const slug = slugs.get(String(r.id))
      problems.push(
        slug
          ? problem(r.path, `所选${name.zh}“${slug}”尚未发布：请先发布它，或改选已发布的${name.zh}`, `${name.en} "${slug}" is not published: publish it first, or choose a published one`)
          : problem(r.path, `所选${name.zh}（#${r.id}）不存在`, `${name.en} #${r.id} does not exist`),
      )
    }
  }
  return problems
}
