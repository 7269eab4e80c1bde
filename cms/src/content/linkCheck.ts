import type { Field } from 'payload'
import { dataFields } from '../lib/fieldTree'
import { isSafeUrl } from '../lib/safeUrl'
import { ContentError } from './errors'
import { unsafeMarkdownLinks } from './markdown/links'
import { collectionConfig, contentFields, keyOf, type ContentSet } from './model'

/**
 * The URL policy over a content set that never went through the CMS (`snapshotFromContent`, the
 * Netlify build): rich-text links and footnotes, and the fields marked as URLs (`isUrlField`).
 * Each refused link is an error naming document, field and locale.
 */
export const isUrlField = (field: Field) => Boolean((field as { custom?: { url?: boolean } }).custom?.url)

export function checkLinks(set: ContentSet): ContentError[] {
  const errors: ContentError[] = []
  for (const [collection, docs] of set) {
    const fields = contentFields(collectionConfig(collection))
    for (const doc of docs) {
      const where = `${collection}/${keyOf(collection, doc)}`
      walk(fields, doc, '', (path, problem) => errors.push(new ContentError(where, path, problem)))
    }
  }
  return errors
}

type Report = (path: string, problem: string) => void

function walk(fields: Field[], data: Record<string, unknown> | undefined, prefix: string, report: Report) {
  for (const field of dataFields(fields)) {
    const value = data?.[field.name]
    const path = `${prefix}${field.name}`
    if (value == null) continue
    if (field.type === 'group') walk(field.fields, value as Record<string, unknown>, `${path}.`, report)
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => walk(field.fields, row, `${path}.${i}.`, report))
    else if (field.type === 'richText' || isUrlField(field)) {
      const localized = 'localized' in field && field.localized && typeof value === 'object'
      const entries: Array<[string, unknown]> = localized ? Object.entries(value as object).map(([l, v]) => [`${path}.${l}`, v]) : [[path, value]]
      for (const [where, text] of entries) {
        if (typeof text !== 'string') continue
        const bad = field.type === 'richText' ? unsafeMarkdownLinks(text) : isSafeUrl(text) ? [] : [text]
        for (const url of bad) report(where, `the link ${JSON.stringify(url)} is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #`)
      }
    }
  }
}
