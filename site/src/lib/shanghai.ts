/**
 * Asia/Shanghai is UTC+8 all year (China has no daylight saving time), so its wall-clock time is
 * a fixed shift of the instant. Shared by the build (dates, calendars) and the "open now" island.
 */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/** A Date whose UTC fields read the Shanghai wall-clock time of the instant. */
export const shanghaiWallClock = (instant: Date | string) => new Date(new Date(instant).getTime() + SHANGHAI_OFFSET_MS)

/** The Shanghai calendar day of an instant, YYYY-MM-DD (for grouping and filters). */
export const shanghaiDay = (instant: Date | string) => shanghaiWallClock(instant).toISOString().slice(0, 10)

/** An instant inside a Shanghai calendar day (its noon), to format a date-only value such as 2013-10-01. */
export const dayInstant = (day: string) => `${day}T04:00:00.000Z`
