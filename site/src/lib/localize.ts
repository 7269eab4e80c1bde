import type { Lang } from './i18n'
import { otherLang } from './i18n'
import type { Localized } from './schemas'

/** A localized value as shown in one language: the text, the language it is really in, and whether that is a fallback. */
export interface Picked<T = string> {
  value: T
  lang: Lang
  fallback: boolean
}

const present = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)

/**
 * The value in the wanted language, else the other one marked as a fallback (never an empty page).
 * undefined only when neither language has it.
 */
export function pick<T>(field: Localized<T> | undefined, lang: Lang): Picked<T> | undefined {
  if (!field) return undefined
  if (present(field[lang])) return { value: field[lang] as T, lang, fallback: false }
  const other = otherLang(lang)
  if (present(field[other])) return { value: field[other] as T, lang: other, fallback: true }
  return undefined
}

/** Plain text of a localized field in one language (with fallback), '' if there is none. */
export const text = (field: Localized | undefined, lang: Lang): string => pick(field, lang)?.value ?? ''
