import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { shanghaiTime } from '../cms/src/components/siteStatusText'
import { badDate, badYear } from '../cms/src/validation/checks'
import { describeFindings, lintZh } from '../scripts/lib/zhstyle'
import { lintContent } from '../scripts/lib/zhstyle/content'
import { formatDate, formatDateRange, formatDay, formatSpans, formatTimeRange, labelColon, parenthetical, publicationTitle } from '../site/src/lib/format'
import { useT } from '../site/src/lib/i18n'
import zh from '../site/src/locales/zh.json'

/**
 * Chinese house style (scripts/lib/zhstyle: zhlint configured for GB/T 15834 practice, plus own
 * rules) on what the site's templates write in Chinese and on its Chinese UI strings.
 */
const JOURNALS = ['城市图书馆研究', '城市图书馆']
const OPTIONS = { publications: JOURNALS, connectors: ['中心馆—总分馆'] }
const rulesOf = (text: string) => lintZh(text, 'sample', OPTIONS).map((f) => f.rule)

describe('the linter finds what the review found', () => {
  it.each([
    ['钱磊 (插图)', 'zhlint'],
    ['2013年2月9日: 09:00–12:00 (除夕只开放上午)', 'zhlint'],
    ['2013年2月9日：09:00–12:00', 'range'],
    ['第4–11页', 'range'],
    ['2012 年 5 月', 'date-space'],
    ['炫彩舞台—市民文化画卷', 'subtitle-dash'],
    ['图书馆 、 分馆', 'zhlint'],
    ['城市图书馆研究 2013年第2期', 'publication-title'],
    ['读者证,借书证', 'zhlint'],
  ])('“%s” → %s', (text, rule) => {
    expect(rulesOf(text)).toContain(rule)
  })

  it('accepts the same texts in house style, and connecting dashes in names', () => {
    for (const text of ['钱磊（插图）', '2013年2月9日：09:00～12:00（除夕只开放上午）', '第4～11页', '2012年5月', '炫彩舞台——市民文化画卷', '图书馆、分馆', '《城市图书馆研究》2013年第2期', '“中心馆—总分馆”模式', '读者证，借书证']) {
      expect(lintZh(text, text, OPTIONS), text).toEqual([])
    }
  })

  it('allows the one space after a figure or table number, even before a quotation mark, and nowhere else', () => {
    expect(lintZh('图1 “中心馆——总分馆”模式', 'caption', OPTIONS)).toEqual([])
    expect(lintZh('**表2.1 “阅动杭城”各项活动**', 'caption', OPTIONS)).toEqual([])
    expect(rulesOf('他称之为 “中心馆——总分馆”模式')).toContain('zhlint')
    expect(rulesOf('图1 ， 示意')).toContain('zhlint')
  })

  it('names where a finding is and what to do, in both languages', () => {
    const [finding] = lintZh('第4–11页', 'issues/x.json toc', OPTIONS)
    expect(describeFindings([finding])).toBe('issues/x.json toc: [range] 数值或时间范围应使用浪纹线“～”（第4～11页，09:00～12:00） / a range takes ～ — “第4–11页”')
  })
})

describe('template output in Chinese has no findings', () => {
  const t = useT('zh')
  const samples: Record<string, string> = {
    'formatDate': formatDate('2013-06-25T00:00:00.000Z', 'zh'),
    'formatDay': formatDay('2013-06-09T01:00:00.000Z', 'zh'),
    'formatTimeRange (one day)': formatTimeRange('2013-06-09T01:00:00.000Z', '2013-06-09T04:00:00.000Z', 'zh'),
    'formatTimeRange (two days)': formatTimeRange('2013-06-09T01:00:00.000Z', '2013-06-10T04:00:00.000Z', 'zh'),
    'formatDateRange (festival)': formatDateRange('2013-05-17', '2013-06-16', 'zh'),
    'opening hours': formatSpans([{ opens: '09:00', closes: '12:00' }, { opens: '14:00', closes: '17:00' }], 'zh'),
    'hours exception': `${formatDate('2013-02-09T00:00:00.000Z', 'zh')}${labelColon('zh')}${formatSpans([{ opens: '09:00', closes: '12:00' }], 'zh')}${parenthetical('除夕只开放上午', 'zh')}`,
    'byline with a role': `钱磊${parenthetical(t('role.illustrator'), 'zh')}`,
    'article source line': `${publicationTitle('城市图书馆研究', 'zh')}${t('issue.label', { year: 2013, number: 2 })} · ${t('issue.pages', { start: 4, end: 11 })}`,
    'event time': `${formatTimeRange('2013-06-09T01:00:00.000Z', '2013-06-09T04:00:00.000Z', 'zh')}${parenthetical(t('event.timezone'), 'zh')}`,
  }

  it.each(Object.entries(samples))('%s: “%s”', (where, text) => {
    expect(describeFindings(lintZh(text, where, OPTIONS))).toBe('')
  })

  it('ranges use ～ in Chinese and an en dash in English', () => {
    expect(samples['article source line']).toBe('《城市图书馆研究》2013年第2期 · 第4～11页')
    expect(samples['opening hours']).toBe('09:00～12:00，14:00～17:00')
    expect(formatSpans([{ opens: '09:00', closes: '12:00' }, { opens: '14:00', closes: '17:00' }], 'en')).toBe('09:00–12:00, 14:00–17:00')
    expect(samples['byline with a role']).toBe('钱磊（插图）')
  })
})

describe('the CMS’s Chinese messages', () => {
  it.each([
    ['a date that does not exist', badDate('2013-02-30')?.zh],
    ['a year out of range', badYear(-1)?.zh],
    ['a time in Beijing time', shanghaiTime('zh', '2026-12-02T01:00:00.000Z')],
  ])('%s: “%s”', (where, text) => {
    expect(text).toBeTruthy()
    expect(describeFindings(lintZh(text!, where, OPTIONS))).toBe('')
  })

  it('read as house style', () => {
    expect(badDate('2013-02-30')?.zh).toBe('“2013-02-30”不是存在的日期（2013年2月没有30日）')
    expect(badYear(-1)?.zh).toBe('超出范围：-1年，应在1900～2100年之间')
    expect(shanghaiTime('zh', '2026-12-02T01:00:00.000Z')).toMatch(/09:00:00（北京时间）$/)
    expect(shanghaiTime('en', '2026-12-02T01:00:00.000Z')).toMatch(/09:00:00 \(Shanghai time\)$/)
  })
})

describe('Chinese UI strings', () => {
  /** Every string of zh.json, with its placeholders filled as the site fills them. */
  const strings = (value: unknown, key = ''): Array<[string, string]> =>
    typeof value === 'string'
      ? [[key, value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => (name === 'journal' ? '城市图书馆研究' : /count|year|number|start|end/.test(name) ? '2' : '杭州'))]]
      : Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k))

  it('have no findings', () => {
    const findings = strings(zh).flatMap(([key, text]) => lintZh(text, `site/src/locales/zh.json ${key}`, OPTIONS))
    expect(describeFindings(findings)).toBe('')
  })
})

describe('content (npm run lint:zh)', () => {
  it('content/ has no findings', () => {
    expect(describeFindings(lintContent(path.resolve(__dirname, '../content')))).toBe('')
  })

  it('leaves a listed passage alone, and nothing else; reports an exception that silences nothing', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhstyle-'))
    try {
      fs.mkdirSync(path.join(dir, 'articles'))
      const references = [{ title: '原题 保留空格——副题 (一)' }, { title: '另一题 不在例外中' }]
      fs.writeFileSync(path.join(dir, 'articles', 'a.json'), JSON.stringify({ slug: 'a', references }))
      const exception = (where: string, text: string) => ({ where, text, reason: '原题如此 / the work’s own title' })
      const write = (...exceptions: object[]) => fs.writeFileSync(path.join(dir, 'zhstyle-exceptions.json'), JSON.stringify({ exceptions }))

      const described = () => lintContent(dir).map((f) => `${f.where} ${f.rule} ${f.excerpt}`)
      write()
      const spaceInTitle = 'articles/a.json.references[0].title zhlint 原题 保留空格——副'
      expect(described()).toContain(spaceInTitle)

      write(exception('articles/a.json.references[0].title', '原题 保留空格'), exception('articles/a.json.references[5].title', '不存在'))
      // The space inside the listed passage is left alone; the half-width bracket after it and the
      // same space in the next title are still reported.
      expect(described()).toEqual([
        'articles/a.json.references[0].title zhlint 题 保留空格——副题 (一)',
        'articles/a.json.references[0].title zhlint 留空格——副题 (一)',
        'articles/a.json.references[0].title zhlint 格——副题 (一)',
        'articles/a.json.references[1].title zhlint 另一题 不在例外中',
        'zhstyle-exceptions.json → articles/a.json.references[5].title exception-unused 不存在',
      ])

      fs.writeFileSync(path.join(dir, 'zhstyle-exceptions.json'), JSON.stringify({ exceptions: [{ where: 'x', text: 'y' }] }))
      expect(() => lintContent(dir)).toThrow(/zhstyle-exceptions\.json → exceptions\.0\.reason: 例外须写明 where、text、reason/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('names the file and field or paragraph of each finding, and leaves English, data and footnote marks alone', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhstyle-'))
    try {
      fs.mkdirSync(path.join(dir, 'journals'))
      fs.mkdirSync(path.join(dir, 'branches'))
      fs.writeFileSync(path.join(dir, 'journals', 'j.json'), JSON.stringify({ slug: 'j', title: { zh: '城市图书馆研究', en: 'Urban (Library) Research: 4–11' } }))
      fs.writeFileSync(
        path.join(dir, 'branches', 'b.json'),
        JSON.stringify({ slug: 'b', summary: { zh: '分馆于 2012 年 5 月开放', en: 'Opened in May 2012 (trial)' }, references: [{ container: '城市图书馆研究' }] }),
      )
      fs.writeFileSync(path.join(dir, 'branches', 'b.description.zh.md'), '见《城市图书馆研究》第4～11页[^1]。\n\n参见城市图书馆研究。\n\n[^1]: 注释。\n')
      const findings = lintContent(dir)
      expect([...new Set(findings.map((f) => `${f.where} ${f.rule}`))]).toEqual(['branches/b.description.zh.md ¶2 publication-title', 'branches/b.json.summary.zh date-space'])
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
