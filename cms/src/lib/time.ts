import type { FieldHook } from 'payload'

/**
 * The library's time zone. Editors enter and read every date-time in it, whatever their computer's
 * clock says; the site shows events in it too (UTC+8, no daylight saving).
 */
export const LIBRARY_TIME_ZONE = 'Asia/Shanghai'

/** Payload's `admin.timezones`: one zone, so the date pickers, lists and the schedule drawer use it. */
export const adminTimezones = {
  supportedTimezones: [{ label: '北京时间 Beijing time (UTC+08:00)', value: LIBRARY_TIME_ZONE }],
  defaultTimezone: LIBRARY_TIME_ZONE,
}

const shanghaiDate = new Intl.DateTimeFormat('en-CA', { timeZone: LIBRARY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The calendar day an instant falls on in Shanghai, as midnight UTC (how day-only dates are stored). */
export function dayInShanghai(value: unknown): string | null | undefined {
  if (value == null || value === '') return value as null | undefined
  const instant = new Date(String(value))
  if (Number.isNaN(instant.getTime())) return value as never
  return `${shanghaiDate.format(instant)}T00:00:00.000Z`
}

/**
 * Day-only dates arrive as the picker's instant (noon of the day, in Shanghai); the content contract
 * and the site read them as midnight UTC of that day, so the day never moves whoever picked it.
 */
export const storeAsShanghaiDay: FieldHook = ({ value }) => dayInShanghai(value)
