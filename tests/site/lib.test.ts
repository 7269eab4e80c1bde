import { describe, expect, it } from 'vitest'
import { gbtReference } from '../../site/src/lib/citation'
import { openState, shanghaiClock, type HoursRow } from '../../site/src/lib/hours'
import { calendar, shanghaiLocal } from '../../site/src/lib/ics'

/** The pure parts of the site that run in readers' browsers or shape printed text. */
const week: HoursRow[] = [
  { day: 'mon', opens: '13:00', closes: '21:00' },
  { day: 'tue', opens: '09:00', closes: '21:00' },
  { day: 'sat', opens: '09:00', closes: '12:00' },
  { day: 'sat', opens: '13:30', closes: '17:00' },
]

describe('open now', () => {
  it('reads the clock in Shanghai whatever the visitor’s time zone', () => {
    // 2013-10-07 was a Monday; 23:30 UTC on Sunday is 07:30 on Monday in Shanghai.
    expect(shanghaiClock(new Date('2013-10-06T23:30:00Z'))).toEqual({ date: '2013-10-07', day: 'mon', minute: 450 })
  })

  it('is open inside the hours and says until when', () => {
    expect(openState(new Date('2013-10-08T02:00:00Z'), week)).toEqual({ open: true, closes: '21:00' }) // Tue 10:00
  })

  it('says when it opens later today, or on the next open day', () => {
    expect(openState(new Date('2013-10-07T01:00:00Z'), week)).toMatchObject({ open: false, today: true, opens: '13:00' }) // Mon 09:00
    expect(openState(new Date('2013-10-08T14:00:00Z'), week)).toMatchObject({ open: false, today: false, opensDay: 'sat', opensDate: '2013-10-12', opens: '09:00' }) // Tue 22:00
    expect(openState(new Date('2013-10-12T04:30:00Z'), week)).toMatchObject({ open: false, today: true, opens: '13:30' }) // Sat lunch break
  })

  it('lets an exception for a date win over the weekly hours', () => {
    const closedMonday = [{ date: '2013-10-07', closed: true }]
    expect(openState(new Date('2013-10-07T06:00:00Z'), week, closedMonday)).toMatchObject({ open: false, opensDay: 'tue', opens: '09:00' })
    const shortTuesday = [{ date: '2013-10-08', opens: '10:00', closes: '12:00' }]
    expect(openState(new Date('2013-10-08T05:00:00Z'), week, shortTuesday)).toMatchObject({ open: false, opensDay: 'sat' })
  })

  it('says nothing about opening when there are no hours', () => {
    expect(openState(new Date(), [])).toEqual({ open: false })
  })
})

describe('GB/T 7714-2015 references', () => {
  it('formats a journal article with volume, issue, pages and DOI', () => {
    expect(
      gbtReference({ type: 'J', authors: '李明; 王芳', title: '城市图书馆的总分馆制', container: '图书馆杂志', year: '2012', volume: '31', issue: '4', pages: '12-18', doi: '10.1234/x' }),
    ).toBe('李明, 王芳. 城市图书馆的总分馆制[J]. 图书馆杂志, 2012, 31(4): 12-18. DOI:10.1234/x.')
  })

  it('lists three authors, then 等 or et al', () => {
    expect(gbtReference({ type: 'M', authors: '甲; 乙; 丙; 丁', title: '书', place: '北京', publisher: '国家图书馆出版社', year: '2010' })).toBe('甲, 乙, 丙, 等. 书[M]. 北京: 国家图书馆出版社, 2010.')
    expect(gbtReference({ type: 'M', authors: 'A B; C D; E F; G H', title: 'Book', place: 'London', publisher: 'Facet', year: '2010' })).toBe('A B, C D, E F, et al. Book[M]. London: Facet, 2010.')
  })

  it('gives online sources their dates and address', () => {
    expect(gbtReference({ type: 'EB/OL', authors: '杭州图书馆', title: '年度报告', year: '2013-01-05', accessed: '2013-03-01', url: 'https://example.org/r' })).toBe(
      '杭州图书馆. 年度报告[EB/OL]. (2013-01-05)[2013-03-01]. https://example.org/r.',
    )
  })
})

describe('iCalendar text', () => {
  it('turns instants into Shanghai wall-clock time', () => {
    expect(shanghaiLocal('2013-10-12T06:00:00.000Z')).toBe('20131012T140000')
    expect(shanghaiLocal('2013-09-30T17:30:00.000Z')).toBe('20131001T013000')
  })

  it('escapes separators and folds long lines at 75 octets', () => {
    const ics = calendar('测试', [
      { uid: 'x@test', title: '读书会; 第一场, 欢迎', description: '一'.repeat(60), url: 'https://library.test/x/', startsAt: '2013-10-12T06:00:00.000Z', endsAt: '2013-10-12T07:00:00.000Z' },
    ], new Date('2013-01-01T00:00:00Z'))
    expect(ics).toContain('SUMMARY:读书会\\; 第一场\\, 欢迎\r\n')
    const lines = ics.split('\r\n')
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75)
    const unfolded = ics.replace(/\r\n /g, '')
    expect(unfolded).toContain(`DESCRIPTION:${'一'.repeat(60)}\r\n`)
  })
})

describe('UI strings', () => {
  const keys = (obj: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && v ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`]))

  it('exist in both languages, with nothing empty', async () => {
    const zh = (await import('../../site/src/locales/zh.json')).default
    const en = (await import('../../site/src/locales/en.json')).default
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(keys(zh))].sort())
    const { useT } = await import('../../site/src/lib/i18n')
    for (const lang of ['zh', 'en'] as const) {
      const t = useT(lang)
      for (const key of new Set(keys(lang === 'zh' ? zh : en))) expect(t(key, { count: 2 }).trim(), `${lang}: ${key}`).not.toBe('')
    }
    expect(useT('en')('event.capacity', { count: 1 })).toBe('1 place')
    expect(useT('zh')('issue.label', { year: 2013, number: 2 })).toBe('2013年第2期')
  })
})
