/**
 * What the server refuses in any editor's input, drafts included (a draft is stored, versioned
 * and read back like any document). Each check returns a reason in both admin languages, or null.
 */

export type Reason = { zh: string; en: string }

/** Sizes of one value, in characters (rich text: of its serialized JSON). */
export const LIMITS = { text: 10_000, textarea: 50_000, richText: 1_000_000 } as const

/** Years a date may fall in (and a `year` number hold): the library's history and plans. */
export const YEARS = { min: 1900, max: 2100 } as const

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** NUL bytes and lone surrogates (invalid UTF-16, no UTF-8 form) break the database, feeds and PDFs. */
export function badCharacters(value: string): Reason | null {
  const nul = value.indexOf('\u0000')
  if (nul >= 0) return { zh: `含有空字符（NUL，第 ${nul + 1} 个字符处），请删除`, en: `contains a NUL character (at character ${nul + 1}); remove it` }
  const lone = LONE_SURROGATE.exec(value)
  if (lone) {
    return {
      zh: `含有无效的 Unicode 字符（孤立代理项，第 ${lone.index + 1} 个字符处），请重新输入该处文字`,
      en: `contains invalid Unicode (a lone surrogate, at character ${lone.index + 1}); retype the text there`,
    }
  }
  return null
}

export function tooLong(length: number, limit: number): Reason | null {
  if (length <= limit) return null
  return {
    zh: `过长：${length.toLocaleString('en')} 个字符，最多 ${limit.toLocaleString('en')} 个`,
    en: `is too long: ${length.toLocaleString('en')} characters, at most ${limit.toLocaleString('en')}`,
  }
}

const DAY = /^([+-]?\d{4,6})-(\d{2})-(\d{2})(?=$|T)/

/** A calendar date that exists (no 30 February), in the year range. Accepts YYYY-MM-DD[THH:MM…]. */
export function badDate(value: unknown): Reason | null {
  if (value == null || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? notADate(String(value)) : badYear(value.getUTCFullYear())
  const text = String(value)
  const day = DAY.exec(text)
  if (!day) return Number.isNaN(Date.parse(text)) ? notADate(text) : badYear(new Date(text).getUTCFullYear())
  const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])]
  const probe = new Date(Date.UTC(2000, month - 1, date))
  probe.setUTCFullYear(year)
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== date) {
    return { zh: `“${text}”不是存在的日期（${year}年${month}月没有${date}日）`, en: `"${text}" is not a real date (${year} has no ${monthName(month)} ${date})` }
  }
  return badYear(year)
}

export function badYear(year: number): Reason | null {
  if (Number.isInteger(year) && year >= YEARS.min && year <= YEARS.max) return null
  return { zh: `超出范围：${year}年，应在${YEARS.min}～${YEARS.max}年之间`, en: `is out of range: year ${year}, expected ${YEARS.min}–${YEARS.max}` }
}

const notADate = (text: string): Reason => ({ zh: `“${text}”不是日期`, en: `"${text}" is not a date` })

const monthName = (month: number) =>
  ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1] ?? `month ${month}`
