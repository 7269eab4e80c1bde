import type { Lang } from './i18n'
import { shanghaiDay } from './shanghai'

/**
 * Dates and times as readers in each language expect them, always in Shanghai time. English
 * follows the house style (content/STYLE.md): British, day before month ("23 April 2013").
 */
const TZ = 'Asia/Shanghai'
const DATE_LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' }
const fmt = (lang: Lang, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(DATE_LOCALE[lang], { timeZone: TZ, ...options })

export const formatDate = (iso: string, lang: Lang) => fmt(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso))
export const formatDay = (iso: string, lang: Lang) => fmt(lang, { month: 'long', day: 'numeric', weekday: 'short' }).format(new Date(iso))
export const formatTime = (iso: string, lang: Lang) => fmt(lang, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
export const formatTimeRange = (start: string, end: string, lang: Lang) =>
  shanghaiDay(start) === shanghaiDay(end)
    ? `${formatDay(start, lang)} ${formatRange(formatTime(start, lang), formatTime(end, lang), lang)}`
    : formatRange(`${formatDay(start, lang)} ${formatTime(start, lang)}`, `${formatDay(end, lang)} ${formatTime(end, lang)}`, lang, { spaced: true })

/**
 * House style for the small pieces of text templates put together (tests/zhstyle.test.ts lints
 * their Chinese output): Chinese follows GB/T 15834 practice, ranges with ～ (第4～11页,
 * 09:00～12:00), full-width brackets and colons, publication titles in 《》; English uses an en
 * dash for ranges and half-width punctuation.
 */
export const formatRange = (from: string, to: string, lang: Lang, { spaced = false } = {}) =>
  lang === 'zh' ? `${from}～${to}` : spaced ? `${from} – ${to}` : `${from}–${to}`

/** Opening hours of a day: 09:00～12:00，14:00～17:00 / 09:00–12:00, 14:00–17:00. */
export const formatSpans = (spans: Array<{ opens: string; closes: string }>, lang: Lang) =>
  spans.map((s) => formatRange(s.opens, s.closes, lang)).join(lang === 'zh' ? '，' : ', ')

export const formatDateRange = (start: string, end: string, lang: Lang) => formatRange(formatDate(start, lang), formatDate(end, lang), lang, { spaced: true })

/** A remark after a text: （除夕只开放上午） / " (New Year's Eve: morning only)". */
export const parenthetical = (note: string, lang: Lang) => (lang === 'zh' ? `（${note}）` : ` (${note})`)

/** The colon after a label: full width in Chinese, no space after it. */
export const labelColon = (lang: Lang) => (lang === 'zh' ? '：' : ': ')

/** A journal's or book's title as cited in running text: 《城市图书馆研究》; English as is. */
export const publicationTitle = (title: string, lang: Lang) => (lang === 'zh' ? `《${title}》` : title)

/** A telephone number as shown: non-breaking hyphens, so "0571-8700-0000" never wraps mid-number. */
export const formatPhone = (phone: string) => phone.replaceAll('-', '\u2011')
