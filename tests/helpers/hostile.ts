import type { Field } from 'payload'
import { collectionConfig, contentFields } from '../../cms/src/content/model'
import { lexical, type LexicalNode, type LexicalState } from '../../cms/src/content/markdown/lexical'
import { dataFields } from '../../cms/src/lib/fieldTree'
import { CONTROL_VECTOR, TEXT_VECTORS } from '../fixtures/hostile'

/**
 * Hostile values for every text, textarea, rich-text and array field of a content collection,
 * generated from the collection config: a field added later is covered without touching the test.
 */
export type Planted = { path: string; value: string }

const VECTORS = [...TEXT_VECTORS, CONTROL_VECTOR]

export class HostileWriter {
  /** `start` shifts the corpus, so that a second language gets other vectors in the same fields. */
  constructor(private n = 0) {}
  /** Every string written, by field path (`references.0.title`). */
  planted: Planted[] = []

  next(): string {
    const vector = VECTORS[this.n % VECTORS.length]
    return `${vector} ⟨${++this.n}⟩`
  }

  /** A collection's data with every string field hostile, the rest as in `original`. */
  documentData(collection: string, original: Record<string, unknown>): Record<string, unknown> {
    // A media document's filename names its file: not text an editor types.
    return this.fields(contentFields(collectionConfig(collection)).filter((f) => f.name !== 'filename'), original, '')
  }

  /** Only the top-level localized text and textarea fields (a second language over the first). */
  localizedTextData(collection: string): Record<string, unknown> {
    const fields = contentFields(collectionConfig(collection)).filter(
      (f) => 'localized' in f && f.localized && (f.type === 'text' || f.type === 'textarea'),
    )
    return this.fields(fields, undefined, '')
  }

  private fields(fields: Field[], original: Record<string, unknown> | undefined, prefix: string): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    for (const field of dataFields(fields)) {
      if (field.name === 'id') continue // an array row's id, which Payload adds
      const path = `${prefix}${field.name}`
      const value = this.field(field, original?.[field.name], path)
      if (value !== undefined) out[field.name] = value
    }
    return out
  }

  private field(field: Field & { name: string }, original: unknown, path: string): unknown {
    switch (field.type) {
      case 'text':
        if ('hasMany' in field && field.hasMany) return [this.plant(`${path}.0`), this.plant(`${path}.1`)]
        return this.plant(path)
      case 'textarea':
        return this.plant(path)
      case 'richText':
        return this.richText(original as LexicalState | undefined, path)
      case 'group':
        return this.fields(field.fields, original as Record<string, unknown>, `${path}.`)
      case 'array': {
        const rows = Array.isArray(original) && original.length ? (original as Record<string, unknown>[]) : [newRow(field.fields)].filter(Boolean)
        return rows.map((row, i) => ({ ...row, ...this.fields(field.fields, row as Record<string, unknown>, `${path}.${i}.`) }))
      }
      default:
        return undefined
    }
  }

  plant(path: string, value = this.next()): string {
    this.planted.push({ path, value })
    return value
  }

  /**
   * The same blocks (parallel text pairs blocks by position), each text run followed by a hostile
   * one, and a hostile footnote. Rich text holds no line breaks inside a run.
   */
  private richText(original: LexicalState | undefined, path: string): LexicalState {
    const state: LexicalState = original?.root?.children?.length ? structuredClone(original) : lexical.root([lexical.paragraph([lexical.text('正文', 0)])])
    const oneLine = () => this.plant(`${path}#text`, this.next().replace(/[\r\n\u2028\u2029]+/g, ' '))
    const walk = (node: LexicalNode) => {
      if (node.type === 'text') node.text = `${String(node.text)} ${oneLine()}`
      node.children?.forEach(walk)
    }
    state.root.children.forEach(walk)
    const paragraph = state.root.children.find((b) => b.type === 'paragraph')
    paragraph?.children?.push(lexical.inlineBlock(`hostile${this.n}`, { blockType: 'footnote', note: oneLine() }))
    return state
  }
}

/** A new array row when every required field can be filled without other documents (text, select). */
function newRow(fields: Field[]): Record<string, unknown> | undefined {
  const row: Record<string, unknown> = {}
  for (const field of dataFields(fields)) {
    if (field.type === 'select') row[field.name] = typeof field.options[0] === 'string' ? field.options[0] : field.options[0].value
    else if (field.type === 'date') row[field.name] = '2013-10-01'
    else if ('required' in field && field.required && !['text', 'textarea'].includes(field.type)) return undefined
  }
  return row
}

export const getPath = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value == null ? undefined : (value as Record<string, unknown>)[key]), doc)

export function setPath(doc: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  const last = keys.pop()!
  const parent = keys.reduce<Record<string, unknown> | undefined>((obj, key) => obj?.[key] as Record<string, unknown> | undefined, doc)
  if (!parent) return
  if (value === undefined) delete parent[last]
  else parent[last] = value
}
