import fs from 'node:fs'
import path from 'node:path'
import type { Field } from 'payload'
import { dataFields } from '../lib/fieldTree'
import { LOCALES } from '../lib/labels'
import { ContentError } from './errors'
import { mediaFilesOf } from '../media/usage'
import { collectionConfig, CONTENT_COLLECTIONS, type ContentDoc, type ContentSet, contentFields, keyOf } from './model'
import { prune } from './transform'

const SIDECAR = /^(?<slug>[a-z0-9-]+)\.(?<field>[A-Za-z]+)\.(?<locale>[a-z]+)\.md$/
const STATUSES = new Set(['published', 'draft'])

/**
 * Reads content/: every collection folder, JSON documents with their Markdown sidecars merged in,
 * checked against the collection's fields. Any problem names the file and field.
 */
export function loadContent(dir: string): ContentSet {
  const set: ContentSet = new Map()
  for (const collection of CONTENT_COLLECTIONS) {
    const folder = path.join(dir, collection)
    set.set(collection, fs.existsSync(folder) ? loadCollection(collection, folder) : [])
  }
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !CONTENT_COLLECTIONS.includes(entry.name as never)) {
      throw new ContentError(path.join(dir, entry.name), undefined, `no collection is called "${entry.name}" (known: ${CONTENT_COLLECTIONS.join(', ')})`)
    }
  }
  return set
}

function loadCollection(collection: string, folder: string): ContentDoc[] {
  const fields = contentFields(collectionConfig(collection))
  const richText = new Set(fields.filter((f) => f.type === 'richText').map((f) => f.name))
  const files = fs.readdirSync(folder).sort()
  const docs = new Map<string, { file: string; doc: ContentDoc }>()

  for (const name of files.filter((f) => f.endsWith('.json'))) {
    const file = path.join(folder, name)
    const raw = parseJson(file)
    const key = collection === 'media' ? name.slice(0, -'.json'.length) : name.slice(0, -'.json'.length)
    if (keyOf(collection, raw) !== key) {
      const field = collection === 'media' ? 'filename' : 'slug'
      throw new ContentError(file, field, `must equal the file name "${key}" (found "${String(raw[field])}")`)
    }
    if (collection === 'media' && !fs.existsSync(path.join(folder, key))) {
      throw new ContentError(file, 'filename', `the image file ${key} is missing beside it`)
    }
    for (const field of richText) {
      if (field in raw) throw new ContentError(file, field, `rich text belongs in ${key}.${field}.<locale>.md, not in the JSON`)
    }
    docs.set(key, { file, doc: raw })
  }

  for (const name of files.filter((f) => f.endsWith('.md'))) {
    const file = path.join(folder, name)
    const match = SIDECAR.exec(name)
    const { slug, field, locale } = match?.groups ?? {}
    if (!match || !richText.has(field) || !LOCALES.includes(locale as never)) {
      throw new ContentError(file, undefined, `not a rich-text sidecar: expected <slug>.<${[...richText].join('|') || 'field'}>.<${LOCALES.join('|')}>.md`)
    }
    const owner = docs.get(slug)
    if (!owner) throw new ContentError(file, field, `there is no ${slug}.json for this text`)
    const value = (owner.doc[field] ??= {}) as Record<string, string>
    value[locale] = fs.readFileSync(file, 'utf8')
  }

  return [...docs.values()].map(({ file, doc }) => {
    const status = doc._status
    if (collection !== 'media' && !STATUSES.has(String(status))) {
      throw new ContentError(file, '_status', `must be "published" or "draft" (found ${JSON.stringify(status)})`)
    }
    const canonical = canonicalDoc(fields, doc, file)
    return collection === 'media' ? canonical : { ...canonical, _status: status }
  })
}

function parseJson(file: string): ContentDoc {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8'))
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('the file must hold one JSON object')
    return value
  } catch (error) {
    throw new ContentError(file, undefined, `invalid JSON: ${(error as Error).message}`)
  }
}

/**
 * A content document as the snapshot holds it: known fields only, in field order, localized
 * values as { zh, en }, empty values left out, dates in ISO UTC.
 */
export function canonicalDoc(fields: Field[], doc: ContentDoc, where: string): ContentDoc {
  const known = new Set(dataFields(fields).map((f) => f.name))
  for (const key of Object.keys(doc)) {
    if (key !== '_status' && !known.has(key)) throw new ContentError(where, key, 'unknown field (see ARCHITECTURE.md for the fields)')
  }
  const out: ContentDoc = {}
  for (const field of dataFields(fields)) {
    if (!(field.name in doc)) continue
    const value = doc[field.name]
    let converted: unknown
    if ('localized' in field && field.localized) {
      if (!value || typeof value !== 'object' || Array.isArray(value) || Object.keys(value).some((k) => !LOCALES.includes(k as never))) {
        throw new ContentError(where, field.name, `is translated: write it as { "zh": …, "en": … }`)
      }
      const byLocale: Record<string, unknown> = {}
      for (const locale of LOCALES) {
        const v = prune((value as Record<string, unknown>)[locale])
        if (v !== undefined) byLocale[locale] = leaf(field, v, where)
      }
      converted = byLocale
    } else if (field.type === 'array') {
      if (!Array.isArray(value)) throw new ContentError(where, field.name, 'must be a list')
      converted = value.map((row, i) => canonicalDoc(field.fields, row as ContentDoc, `${where} → ${field.name}[${i}]`))
    } else if (field.type === 'group') {
      converted = canonicalDoc(field.fields, value as ContentDoc, `${where} → ${field.name}`)
    } else {
      if (value && typeof value === 'object' && !Array.isArray(value) && ('zh' in value || 'en' in value)) {
        throw new ContentError(where, field.name, 'is the same in every language: write one value, not { "zh", "en" }')
      }
      converted = leaf(field, value, where)
    }
    const kept = prune(converted)
    if (kept !== undefined) out[field.name] = kept
  }
  return out
}

function leaf(field: Field & { name: string }, value: unknown, where: string): unknown {
  if (field.type === 'date' && value != null && value !== '') {
    const date = new Date(String(value))
    if (Number.isNaN(date.getTime())) throw new ContentError(where, field.name, `"${String(value)}" is not a date`)
    return date.toISOString()
  }
  return value
}

/**
 * Published documents of a content set, as the snapshot holds them (no _status), and only the
 * media that published documents use (as the CMS export: media/visibility.ts).
 */
export function publishedOnly(set: ContentSet): ContentSet {
  const out: ContentSet = new Map()
  const used = new Set<string>()
  for (const [collection, docs] of set) {
    if (collection === 'media') continue
    const published = docs.filter((d) => d._status === 'published').map(({ _status, ...rest }) => rest)
    const fields = contentFields(collectionConfig(collection))
    for (const doc of published) for (const file of mediaFilesOf(fields, doc)) used.add(file)
    out.set(collection, published)
  }
  if (set.has('media')) out.set('media', set.get('media')!.filter((m) => used.has(String(m.filename))))
  return new Map([...set.keys()].map((c) => [c, out.get(c)!]))
}
