import { shanghaiWallClock } from './shanghai'

/**
 * Opening hours in Asia/Shanghai time.
 * Pure functions: the branch page's "open now" island and the build's tests use the same code.
 */
export const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEK)[number]
export interface HoursRow {
  day: Weekday
  opens: string
  closes: string
}
export interface HoursException {
  date: string
  closed?: boolean
  opens?: string
  closes?: string
}
export type OpenState =
  | { open: true; closes: string }
  | { open: false; opensDay: Weekday; opensDate: string; opens: string; today: boolean }
  | { open: false; opensDay?: undefined }

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/** The Shanghai calendar date (YYYY-MM-DD), weekday and minute of the day of an instant. */
export function shanghaiClock(now: Date) {
  const local = shanghaiWallClock(now)
  const date = local.toISOString().slice(0, 10)
  const day = WEEK[(local.getUTCDay() + 6) % 7]
  return { date, day, minute: local.getUTCHours() * 60 + local.getUTCMinutes() }
}

/** The hours of one date: an exception for that date wins over the weekly rows. */
export function hoursOn(date: string, day: Weekday, week: HoursRow[], exceptions: HoursException[] = []): Array<{ opens: string; closes: string }> {
  const exception = exceptions.find((e) => e.date === date)
  if (exception) return exception.closed || !exception.opens || !exception.closes ? [] : [{ opens: exception.opens, closes: exception.closes }]
  return week.filter((row) => row.day === day).sort((a, b) => minutes(a.opens) - minutes(b.opens))
}

/** Open now (and until when), or when it opens next (within two weeks). */
export function openState(now: Date, week: HoursRow[], exceptions: HoursException[] = []): OpenState {
  const clock = shanghaiClock(now)
  for (const span of hoursOn(clock.date, clock.day, week, exceptions)) {
    if (clock.minute >= minutes(span.opens) && clock.minute < minutes(span.closes)) return { open: true, closes: span.closes }
  }
  for (let ahead = 0; ahead < 14; ahead++) {
    const then = shanghaiClock(new Date(now.getTime() + ahead * 86400 * 1000))
    const next = hoursOn(then.date, then.day, week, exceptions).find((s) => ahead > 0 || minutes(s.opens) > clock.minute)
    if (next) return { open: false, opensDay: then.day, opensDate: then.date, opens: next.opens, today: ahead === 0 }
  }
  return { open: false }
}
