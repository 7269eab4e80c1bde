import { isSafeUrl } from '../../../cms/src/lib/safeUrl'
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

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped, every line break (CRLF, CR or LF) as \n,
 * and the other control characters (which TEXT may not hold) removed: no value can start a line,
 * so none can add a property.
 */
// eslint-disable-next-line no-control-regex
const escapeText = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n').replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')

/** URI values: only what the URL policy allows, with no character that could break the line. */
const uriValue = (url: string) => (isSafeUrl(url) && !/[\u0000-\u0020\u007f]/.test(url) ? url : undefined)

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
      `UID:${escapeText(e.uid)}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;TZID=Asia/Shanghai:${shanghaiLocal(e.startsAt)}`,
      `DTEND;TZID=Asia/Shanghai:${shanghaiLocal(e.endsAt)}`,
      `SUMMARY:${escapeText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(e.location ? [`LOCATION:${escapeText(e.location)}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      ...(uriValue(e.url) ? [`URL:${uriValue(e.url)}`] : []),
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ]
  return `${lines.map(fold).join('\r\n')}\r\n`
}
