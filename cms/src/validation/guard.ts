import { type CollectionBeforeValidateHook, type CollectionConfig, type Field, ValidationError } from 'payload'
import { badCharacters, badDate, badYear, LIMITS, type Reason, tooLong } from './checks'
import { editorLanguage } from '../lib/labels'

/*
 * One server-side check of everything an editor sends, for every field of every collection, found
 * by walking the collection's field config. It runs as a beforeValidate hook because Payload skips
 * field validation for drafts, and a draft is stored and versioned all the same.
 */

type Problem = { path: string; message: string }
type Data = Record<string, unknown>

/** Marks a text field that holds a calendar date as YYYY-MM-DD (checked like a date field). */
export const CALENDAR_TEXT = { calendarDate: true }

function fieldLabel(field: Field & { name: string }, lang: 'zh' | 'en'): string {
  const label = (field as { label?: unknown }).label
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') return String((label as Record<string, string>)[lang] ?? field.name)
  return field.name
}

const message = (field: Field & { name: string }, path: string, reason: Reason, lang: 'zh' | 'en') =>
  lang === 'zh' ? `“${fieldLabel(field, lang)}”（${path}）${reason.zh}` : `"${fieldLabel(field, lang)}" (${path}) ${reason.en}`

/** Every string in a value: a string, a hasMany list, a {zh, en} map, or a rich-text tree. */
function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value
  else if (Array.isArray(value)) for (const item of value) yield* strings(item)
  else if (value && typeof value === 'object') for (const item of Object.values(value)) yield* strings(item)
}

function textProblem(value: unknown, limit: number): Reason | null {
  for (const text of strings(value)) {
    const problem = badCharacters(text) ?? tooLong(text.length, limit)
    if (problem) return problem
  }
  return null
}

function leafProblem(field: Field & { name: string }, value: unknown): Reason | null {
  if (value == null || value === '') return null
  const custom = (field as { custom?: Record<string, unknown> }).custom
  switch (field.type) {
    case 'text':
      return textProblem(value, LIMITS.text) ?? (custom?.calendarDate ? badDate(value) : null)
    case 'textarea':
    case 'code':
    case 'email':
      return textProblem(value, field.type === 'textarea' ? LIMITS.textarea : LIMITS.text)
    case 'richText': {
      for (const text of strings(value)) {
        const problem = badCharacters(text)
        if (problem) return problem
      }
      return tooLong(JSON.stringify(value).length, LIMITS.richText)
    }
    case 'date':
      return badDate(value)
    case 'number':
      return field.name === 'year' && typeof value !== 'object' ? badYear(Number(value)) : null
    default:
      return null
  }
}

function check(fields: Field[], data: Data | null | undefined, path: string, lang: 'zh' | 'en', problems: Problem[]) {
  if (!data || typeof data !== 'object') return
  for (const field of fields) {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      check(field.fields, data, path, lang, problems)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) check(tab.fields, 'name' in tab && tab.name ? (data[tab.name] as Data) : data, path, lang, problems)
      continue
    }
    if (!('name' in field) || !field.name || !(field.name in data)) continue
    const value = data[field.name]
    const at = path ? `${path}.${field.name}` : field.name
    if (field.type === 'group') check(field.fields, value as Data, at, lang, problems)
    else if (field.type === 'array' && Array.isArray(value)) value.forEach((row, i) => check(field.fields, row as Data, `${at}.${i}`, lang, problems))
    else if (field.type === 'blocks' && Array.isArray(value)) {
      value.forEach((row, i) => {
        const block = field.blocks.find((b) => b.slug === (row as Data)?.blockType)
        if (block) check(block.fields, row as Data, `${at}.${i}`, lang, problems)
      })
    } else {
      const reason = leafProblem(field as Field & { name: string }, value)
      if (reason) problems.push({ path: at, message: message(field as Field & { name: string }, at, reason, lang) })
    }
  }
}

/** Refuses the save, naming each field and the reason in the editor's language. */
export const guardInput: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const problems: Problem[] = []
  check(collection.fields, data as Data, '', editorLanguage(req), problems)
  if (problems.length) throw new ValidationError({ collection: collection.slug, errors: problems, req }, req.t)
  return data
}

export const withInputGuard = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: { ...collection.hooks, beforeValidate: [guardInput, ...(collection.hooks?.beforeValidate ?? [])] },
})
