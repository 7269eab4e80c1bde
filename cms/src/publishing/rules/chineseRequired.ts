import type { Field } from 'payload'
import { dataFields, isEmpty } from '../../lib/fieldTree'
import { type Problem, problem, type PublishRule } from './types'

const labelIn = (field: Field, language: 'zh' | 'en', fallback: string) => {
  const l = (field as { label?: unknown }).label
  return typeof l === 'string' ? l : ((l as Record<string, string> | undefined)?.[language] ?? fallback)
}

function missingChinese(fields: Field[], doc: Record<string, unknown> | undefined, path = ''): Problem[] {
  return dataFields(fields).flatMap((field) => {
    const value = doc?.[field.name]
    const at = `${path}${field.name}`
    if ('localized' in field && field.localized) {
      if (!('required' in field && field.required) || !isEmpty((value as Record<string, unknown> | null)?.zh)) return []
      return [
        problem(
          at,
          `请填写中文“${labelIn(field, 'zh', field.name)}”：网站以中文为主，英文可以稍后补充`,
          `Fill in "${labelIn(field, 'en', field.name)}" in Chinese (中文): the site needs Chinese; English may follow later`,
        ),
      ]
    }
    if (field.type === 'group') return missingChinese(field.fields, value as Record<string, unknown>, `${at}.`)
    if (field.type === 'array' && Array.isArray(value)) {
      return value.flatMap((row, i) => missingChinese(field.fields, row as Record<string, unknown>, `${at}.${i}.`))
    }
    return []
  })
}

/**
 * Required text is required in Chinese, the default language: the site's schemas refuse a
 * document without it. (Payload checks `required` only in the language being saved.)
 */
export const chineseWhereRequired: PublishRule = ({ fields, doc }) => missingChinese(fields, doc)
