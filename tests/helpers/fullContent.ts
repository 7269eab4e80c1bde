import fs from 'node:fs'
import path from 'node:path'
import type { Field } from 'payload'
import { contentFields, collectionConfig, CONTENT_COLLECTIONS, type ContentDoc } from '../../cms/src/content/model'
import { dataFields } from '../../cms/src/lib/fieldTree'
import { LOCALES } from '../../cms/src/lib/labels'
import { FIXTURE_CONTENT } from './cms'

/** Every Markdown construct the content contract supports, in canonical form. */
export const FULL_MARKDOWN = (locale: string, figure: string) => `## Heading two ${locale}

Plain text with **bold**, *italic* and [a link](https://example.org/${locale}) in one paragraph.[^1]

### Heading three

> A block quote.

- first bullet
- second bullet

1. first step
2. second step

| column a | column b |
| --- | --- |
| cell 1 | cell 2 |

![Caption ${locale}](media:${figure})

Last paragraph with a second note.[^2]

[^1]: The first footnote.
[^2]: The second footnote.
`

export const FULL_MEDIA = 'full-figure.jpg'
export const fullKey = (collection: string) => (collection === 'media' ? FULL_MEDIA : `full-${collection}`)

/** Values for fields whose own validation wants a particular form; everything else is generic. */
const SPECIAL: Record<string, (locale: string) => unknown> = {
  orcid: () => '0000-0002-1694-233X',
  doi: () => '10.1234/full-doc',
  issn: () => '1234-567X',
  cn: () => '33-1234/G2',
  accessed: () => '2013-05-01',
  date: () => '2013-02-10',
  opens: () => '09:00',
  closes: () => '17:30',
  startsAt: () => '2013-10-12T06:00:00.000Z',
  endsAt: () => '2013-10-12T08:00:00.000Z',
  startsOn: () => '2013-10-01T00:00:00.000Z',
  endsOn: () => '2013-10-31T00:00:00.000Z',
  url: (locale) => `https://example.org/register?lang=${locale}&a=1`,
}

/** A published target of a self-relation (a branch's parent): the fixture holds one. */
const FIXTURE_TARGET: Record<string, string> = { branches: 'fx-central' }

type Named = Field & { name: string }

/** Which field types (and variants) the generated documents exercise. */
export const exercised = new Set<string>()

function leaf(collection: string, field: Named, locale: string): unknown {
  const hasMany = Boolean((field as { hasMany?: boolean }).hasMany)
  const variant = `${field.type}${hasMany ? '[]' : ''}${(field as { localized?: boolean }).localized ? ' localized' : ''}`
  exercised.add(variant)
  if (field.name === 'year') return field.type === 'number' ? 2013 : '2013'
  if (field.name in SPECIAL && field.type !== 'relationship') return SPECIAL[field.name](locale)
  switch (field.type) {
    case 'text':
      return hasMany ? [`${field.name} 一 ${locale}`, `${field.name} two ${locale}`] : `${field.name} 文字 & <text> ${locale}`
    case 'textarea':
      return `${field.name} 第一行 ${locale}\nsecond line "quoted"`
    case 'number': {
      const { min, max } = field as { min?: number; max?: number }
      return min != null && max != null ? Math.floor((min + max) / 2) : (min ?? 0) + 7
    }
    case 'checkbox':
      return true
    case 'select': {
      const values = (field as { options: Array<{ value: string } | string> }).options.map((o) => (typeof o === 'string' ? o : o.value))
      return hasMany ? values.slice(0, 2) : values[values.length - 1]
    }
    case 'date':
      // A day-only date is the Shanghai day, kept as midnight UTC (cms/src/lib/time.ts).
      return (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date?.pickerAppearance === 'dayOnly'
        ? '2013-04-20T00:00:00.000Z'
        : '2013-04-20T06:00:00.000Z'
    case 'relationship':
    case 'upload': {
      const target = (field as { relationTo: string }).relationTo
      const key = target === collection ? FIXTURE_TARGET[target] : fullKey(target)
      return hasMany ? [key] : key
    }
    case 'richText':
      return FULL_MARKDOWN(locale, FULL_MEDIA)
    default:
      throw new Error(`the full-content generator does not know field type "${field.type}" (${collection}.${field.name}): teach it`)
  }
}

function fill(collection: string, fields: Field[]): ContentDoc {
  const doc: ContentDoc = {}
  for (const field of dataFields(fields)) {
    if (field.name === 'id') continue
    if (field.type === 'array') {
      exercised.add('array')
      // An issue lists each article once: one table-of-contents section.
      const rows = collection === 'issues' && field.name === 'toc' ? 1 : 2
      doc[field.name] = Array.from({ length: rows }, () => fill(collection, field.fields))
    } else if (field.type === 'group') {
      exercised.add('group')
      doc[field.name] = fill(collection, field.fields)
    } else if ('localized' in field && field.localized) {
      doc[field.name] = Object.fromEntries(LOCALES.map((l) => [l, leaf(collection, field, l)]))
    } else {
      doc[field.name] = leaf(collection, field, 'zh')
    }
  }
  return doc
}

/** One published document per content collection with a value in every field. */
export function fullDocuments(): Map<string, ContentDoc> {
  const docs = new Map<string, ContentDoc>()
  for (const collection of CONTENT_COLLECTIONS) {
    const doc = fill(collection, contentFields(collectionConfig(collection)))
    doc[collection === 'media' ? 'filename' : 'slug'] = fullKey(collection)
    docs.set(collection, doc)
  }
  return docs
}

/**
 * The fixture content plus the full documents, written as content/ files (rich text as Markdown
 * sidecars). Returns the folder and the documents as the snapshot should hold them.
 */
export function writeFullContent(dir: string, rich = richTextFields()): Map<string, ContentDoc> {
  fs.cpSync(FIXTURE_CONTENT, dir, { recursive: true })
  const docs = fullDocuments()
  for (const [collection, doc] of docs) {
    const key = fullKey(collection)
    const json: ContentDoc = collection === 'media' ? { ...doc } : { ...doc, _status: 'published' }
    for (const field of rich.get(collection) ?? []) {
      for (const [locale, md] of Object.entries(doc[field] as Record<string, string>)) {
        fs.writeFileSync(path.join(dir, collection, `${key}.${field}.${locale}.md`), md)
      }
      delete json[field]
    }
    fs.writeFileSync(path.join(dir, collection, `${key}.json`), JSON.stringify(json, null, 2))
  }
  fs.copyFileSync(path.join(FIXTURE_CONTENT, 'media/fx-reading-room.jpg'), path.join(dir, 'media', FULL_MEDIA))
  return docs
}

const richTextFields = () =>
  new Map(CONTENT_COLLECTIONS.map((c) => [c, dataFields(collectionConfig(c).fields).filter((f) => f.type === 'richText').map((f) => f.name)]))
