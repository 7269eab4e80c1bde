import type { Block, CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, Field } from 'payload'
import { FigureBlock, FootnoteBlock } from '../fields/richText'
import { dataFields } from '../lib/fieldTree'
import { allLocalesOf } from '../fields/translationStatus'
import { label } from '../lib/labels'
import { mediaOfDependents, refreshMedia } from './visibility'

/*
 * Where is an image used? Every content document carries `mediaUsed`: the media its fields point
 * at (uploads, relationships to media, figures inside rich text, in every locale), worked out
 * from the collection's own field configs on each save. A media document is then public when a
 * published document uses it (`media/visibility.ts`), which keeps media read access a plain
 * `Where` on the media table.
 */

export type Id = number | string
const MEDIA = 'media'
const RICH_TEXT_BLOCKS: Block[] = [FigureBlock, FootnoteBlock]

const isMediaRelation = (field: Field) =>
  (field.type === 'upload' || field.type === 'relationship') && (field as { relationTo: unknown }).relationTo === MEDIA

const idOf = (ref: unknown): Id | undefined =>
  ref && typeof ref === 'object' ? ((ref as { id?: Id }).id ?? undefined) : (ref as Id | undefined) ?? undefined

/** The values of a field, whether one locale's or a locale:'all' map of them. */
function localeValues(field: Field, value: unknown, allLocales: boolean): unknown[] {
  if (allLocales && 'localized' in field && field.localized && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.values(value as Record<string, unknown>)
  }
  return [value]
}

/** Media ids in a Lexical document: the upload fields of its blocks (figures), and upload nodes. */
function richTextMedia(state: unknown, found: Set<Id>) {
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const n = node as { type?: string; relationTo?: string; value?: unknown; fields?: Record<string, unknown>; children?: unknown[] }
    if (n.type === 'upload' && n.relationTo === MEDIA) addId(found, n.value)
    if ((n.type === 'block' || n.type === 'inlineBlock') && n.fields) {
      const block = RICH_TEXT_BLOCKS.find((b) => b.slug === n.fields!.blockType)
      if (block) collect(block.fields, n.fields, found, false)
    }
    for (const child of n.children ?? []) visit(child)
  }
  visit((state as { root?: unknown } | null)?.root)
}

function addId(found: Set<Id>, ref: unknown) {
  const id = idOf(ref)
  if (id !== undefined && id !== null && id !== '') found.add(id)
}

type RichTextMedia = (value: unknown, found: Set<Id>) => void

function collect(fields: Field[], data: Record<string, unknown> | null | undefined, found: Set<Id>, allLocales: boolean, richText: RichTextMedia = richTextMedia) {
  if (!data) return
  for (const field of dataFields(fields)) {
    if (field.name === MEDIA_USED) continue // the derived list itself, not a use
    for (const value of localeValues(field, data[field.name], allLocales)) {
      if (value == null) continue
      if (isMediaRelation(field)) for (const ref of Array.isArray(value) ? value : [value]) addId(found, ref)
      else if (field.type === 'richText') richText(value, found)
      else if (field.type === 'group') collect(field.fields, value as Record<string, unknown>, found, allLocales, richText)
      else if (field.type === 'array' && Array.isArray(value)) for (const row of value) collect(field.fields, row, found, allLocales, richText)
    }
  }
}

/** The ids of the media a document uses (a Payload document; `allLocales` for locale:'all' reads). */
export function mediaIdsOf(fields: Field[], doc: Record<string, unknown> | null | undefined, allLocales = false): Id[] {
  const found = new Set<Id>()
  collect(fields, doc, found, allLocales)
  return [...found].sort((a, b) => String(a).localeCompare(String(b)))
}

const FIGURE = /!\[[^\]]*\]\(media:([^)\s]+)\)/g

/**
 * The file names of the media a content/ or snapshot document uses: its upload fields hold file
 * names, its rich text is Markdown with `![caption](media:file.jpg)` figures.
 */
export function mediaFilesOf(fields: Field[], doc: Record<string, unknown>): string[] {
  const found = new Set<Id>()
  collect(fields, doc, found, true, (markdown, into) => {
    for (const match of String(markdown).matchAll(FIGURE)) into.add(match[1])
  })
  return [...found].map(String)
}

export const MEDIA_USED = 'mediaUsed'

/** Derived and read-only: kept up to date by the hooks below, never typed in. */
export const mediaUsedField = (): Field => ({
  name: MEDIA_USED,
  type: 'relationship',
  relationTo: MEDIA,
  hasMany: true,
  index: true,
  label: label('使用的图片', 'Images used'),
  // Read: staff only (visitors have no use for it, and at depth ≥ 1 it would populate every image
  // again). No create/update access rule: Payload would then put back the stored value after
  // setMediaUsed; setMediaUsed overwrites whatever a request sends instead.
  access: { read: ({ req }) => Boolean(req.user) },
  admin: { position: 'sidebar', readOnly: true, description: label('自动计算', 'Worked out on save') },
})

/**
 * Before each save: the media the document will use in every locale. `setTranslationStatus`
 * already merged the save into the stored document's other locales (allLocalesOf).
 */
export const setMediaUsed: CollectionBeforeChangeHook = ({ collection, data }) => {
  const merged = allLocalesOf.get(data)
  data[MEDIA_USED] = merged ? mediaIdsOf(collection.fields, merged, true) : mediaIdsOf(collection.fields, data)
  return data
}

const usedIds = (doc: unknown): Id[] =>
  ((doc as Record<string, unknown> | undefined)?.[MEDIA_USED] as unknown[] | undefined ?? []).map(idOf).filter((id): id is Id => id != null)

/** Set on a request's context by bulk writers (the seed) that refresh all media once at the end. */
export const DEFER_MEDIA_REFRESH = 'deferMediaRefresh'

/** After a save, publish, unpublish or draft: the media it used before or uses now. */
export const refreshMediaAfterChange: CollectionAfterChangeHook = async ({ collection, context, doc, previousDoc, req }) => {
  if (context[DEFER_MEDIA_REFRESH]) return doc
  const dependents = await mediaOfDependents(req, collection.slug, doc, previousDoc)
  await refreshMedia(req, [...new Set([...usedIds(previousDoc), ...usedIds(doc), ...dependents])])
  return doc
}

export const refreshMediaAfterDelete: CollectionAfterDeleteHook = async ({ context, doc, req }) => {
  if (context[DEFER_MEDIA_REFRESH]) return doc
  await refreshMedia(req, usedIds(doc))
  return doc
}
