import { shanghaiWallClock } from './shanghai'

/**
 * iCalendar (RFC 5545) for festival events, with times in Asia/Shanghai (a VTIMEZONE is included
 * so calendar apps need no time-zone database of their own).
 */
export interface CalendarEvent {
  uid: string
  title: string
  description?: string
  location?: string
  url: string
  startsAt: string
  endsAt: string
  categories?: string[]
}

const escapeText = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Lines longer than 75 octets are folded, never inside a UTF-8 character. */
function fold(line: string): string {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8')
  if (bytes(line) <= 75) return line
  const parts: string[] = []
  let current = ''
  for (const char of line) {
    if (bytes(current + char) > (parts.length ? 74 : 75)) {
      parts.push(current)
      current = ''
    }
    current += char
  }
  parts.push(current)
  return parts.join('\r\n ')
}

/** An ISO instant as Shanghai wall-clock time, in iCalendar's local form (20131012T140000). */
export const shanghaiLocal = (iso: string): string => shanghaiWallClock(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')

const utcStamp = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Shanghai',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
]

export function calendar(name: string, events: CalendarEvent[], stamp = new Date()): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Hangzhou Library//Publishing system//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    'X-WR-TIMEZONE:Asia/Shanghai',
    ...VTIMEZONE,
    ...events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;TZID=Asia/Shanghai:${shanghaiLocal(e.startsAt)}`,
      `DTEND;TZID=Asia/Shanghai:${shanghaiLocal(e.endsAt)}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      `URL:${e.url}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
