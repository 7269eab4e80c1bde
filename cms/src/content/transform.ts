import type { Field } from 'payload'
import { dataFields, isEmpty } from '../lib/fieldTree'
import { LOCALES, type Locale } from '../lib/labels'
import { ContentError } from './errors'
import { lexicalToMarkdown, markdownToLexical, type LexicalState } from './markdown'
import { type ContentDoc, isTimezoneCompanion } from './model'

type Id = number | string
export type RefResolver = {
  /** Database id of the document `key` (slug, or media filename) in `collection`. */
  idOf: (collection: string, key: string) => Id
  /** Slug (or media filename) of the document `id` in `collection`. */
  keyOf: (collection: string, id: Id) => string
}

type Located = { where: string; refs: RefResolver }
type Named = Field & { name: string }

const relationTarget = (field: Named) => (field as { relationTo: string }).relationTo
const isRelation = (field: Named) => field.type === 'relationship' || field.type === 'upload'
const hasMany = (field: Named) => Boolean((field as { hasMany?: boolean }).hasMany)
const idOfRef = (ref: unknown): Id => (ref && typeof ref === 'object' ? (ref as { id: Id }).id : (ref as Id))

/*
 * Both directions take the content fields of a collection (`contentFields`, which leaves out
 * what Payload or we derive at the top level) and convert every field below them: nothing nested
 * is skipped by name, except the `id` Payload gives each array row.
 */

/**
 * The data one locale's write to Payload carries for a content document. The first write (zh)
 * carries every field; a later locale's write carries only what differs by locale, plus arrays
 * and groups in full, with the ids Payload gave their rows, so rows keep their other locales.
 */
export function toPayloadData(
  fields: Field[],
  doc: ContentDoc,
  locale: Locale,
  ctx: Located & { firstLocale: boolean; inContainer?: boolean; stored?: ContentDoc; path?: string },
): ContentDoc {
  const out: ContentDoc = {}
  for (const field of dataFields(fields)) {
    if (field.name === 'id' || isTimezoneCompanion(field.name) || !(field.name in doc)) continue
    const value = doc[field.name]
    const at = { ...ctx, field: `${ctx.path ?? ''}${field.name}` }
    if ('localized' in field && field.localized) {
      const localized = (value ?? {}) as Record<string, unknown>
      if (localized[locale] === undefined) continue
      out[field.name] = leafToPayload(field, localized[locale], locale, at)
    } else if (field.type === 'array') {
      const stored = (ctx.stored?.[field.name] as ContentDoc[] | undefined) ?? []
      out[field.name] = (value as ContentDoc[]).map((row, i) => ({
        ...(stored[i]?.id ? { id: stored[i].id } : {}),
        ...toPayloadData(field.fields, row, locale, { ...ctx, inContainer: true, stored: stored[i], path: `${at.field}[${i}].` }),
      }))
    } else if (field.type === 'group') {
      out[field.name] = toPayloadData(field.fields, value as ContentDoc, locale, {
        ...ctx,
        inContainer: true,
        stored: ctx.stored?.[field.name] as ContentDoc | undefined,
        path: `${at.field}.`,
      })
    } else if (ctx.firstLocale || ctx.inContainer) {
      out[field.name] = leafToPayload(field, value, locale, at)
    }
  }
  return out
}

function leafToPayload(field: Named, value: unknown, locale: Locale, ctx: Located & { field: string }): unknown {
  if (isRelation(field)) {
    const target = relationTarget(field)
    const resolve = (key: unknown) => {
      try {
        return ctx.refs.idOf(target, String(key))
      } catch {
        throw new ContentError(ctx.where, ctx.field, `refers to ${target} "${String(key)}", which does not exist`)
      }
    }
    return hasMany(field) ? (value as unknown[]).map(resolve) : resolve(value)
  }
  if (field.type === 'richText') {
    return markdownToLexical(String(value), {
      where: `${ctx.where} → ${ctx.field} (${locale})`,
      mediaId: (filename) => ctx.refs.idOf('media', filename),
    })
  }
  return value
}

/**
 * A Payload document read with locale:'all' and depth 0, in the content/snapshot shape:
 * relations as slugs, rich text as Markdown, empty values left out, ids and timestamps dropped.
 */
export function fromPayloadDoc(fields: Field[], doc: ContentDoc, ctx: Located & { path?: string }): ContentDoc {
  const out: ContentDoc = {}
  for (const field of dataFields(fields)) {
    if (field.name === 'id' || isTimezoneCompanion(field.name)) continue // Payload's id of an array row; a date's time zone
    const value = doc[field.name]
    const at = { ...ctx, field: `${ctx.path ?? ''}${field.name}` }
    let converted: unknown
    if ('localized' in field && field.localized) {
      const byLocale: Record<string, unknown> = {}
      for (const locale of LOCALES) {
        const v = (value as Record<string, unknown> | null | undefined)?.[locale]
        if (!isEmpty(v)) byLocale[locale] = leafFromPayload(field, v, locale, at)
      }
      converted = prune(byLocale)
    } else if (field.type === 'array') {
      converted = ((value as ContentDoc[] | null) ?? []).map((row, i) =>
        fromPayloadDoc(field.fields, row, { ...ctx, path: `${at.field}[${i}].` }),
      )
    } else if (field.type === 'group') {
      converted = value ? fromPayloadDoc(field.fields, value as ContentDoc, { ...ctx, path: `${at.field}.` }) : undefined
    } else {
      converted = isEmpty(value) ? undefined : leafFromPayload(field, value, undefined, at)
    }
    const kept = prune(converted)
    if (kept !== undefined) out[field.name] = kept
  }
  return out
}

function leafFromPayload(field: Named, value: unknown, locale: Locale | undefined, ctx: Located & { field: string }): unknown {
  if (isRelation(field)) {
    const target = relationTarget(field)
    const resolve = (ref: unknown) => {
      try {
        return ctx.refs.keyOf(target, idOfRef(ref))
      } catch {
        throw new ContentError(ctx.where, ctx.field, `refers to ${target} #${String(idOfRef(ref))}, which is not published`)
      }
    }
    return hasMany(field) ? (value as unknown[]).map(resolve) : resolve(value)
  }
  if (field.type === 'richText') {
    return lexicalToMarkdown(value as LexicalState, {
      where: `${ctx.where} → ${ctx.field}${locale ? ` (${locale})` : ''}`,
      mediaFilename: (media) => ctx.refs.keyOf('media', idOfRef(media)),
    })
  }
  if (field.type === 'date') return new Date(String(value)).toISOString()
  return value
}

/** Empty values carry no content: null, '', false, [] and {} are all "not set". */
export function prune(value: unknown): unknown {
  if (value === false || isEmpty(value)) return undefined
  return value
}
