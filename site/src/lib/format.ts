import type { Lang } from './i18n'
import { LANG_TAG } from './i18n'
import { shanghaiDay } from './shanghai'

/** Dates and times as readers in each language expect them, always in Shanghai time. */
const TZ = 'Asia/Shanghai'
const fmt = (lang: Lang, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(LANG_TAG[lang], { timeZone: TZ, ...options })

export const formatDate = (iso: string, lang: Lang) => fmt(lang, { year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso))
export const formatDay = (iso: string, lang: Lang) => fmt(lang, { month: 'long', day: 'numeric', weekday: 'short' }).format(new Date(iso))
export const formatTime = (iso: string, lang: Lang) => fmt(lang, { hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(iso))
export const formatTimeRange = (start: string, end: string, lang: Lang) =>
  shanghaiDay(start) === shanghaiDay(end)
    ? `${formatDay(start, lang)} ${formatTime(start, lang)}–${formatTime(end, lang)}`
    : `${formatDay(start, lang)} ${formatTime(start, lang)} – ${formatDay(end, lang)} ${formatTime(end, lang)}`

/** A telephone number as shown: non-breaking hyphens, so "0571-8700-0000" never wraps mid-number. */
export const formatPhone = (phone: string) => phone.replaceAll('-', '\u2011')
