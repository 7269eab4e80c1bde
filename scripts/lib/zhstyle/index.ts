import { run, type Options } from 'zhlint'

/**
 * Chinese house style, checked by a maintained linter (zhlint, configured below for GB/T 15834
 * practice) plus the rules it lacks. Used by tests/zhstyle.test.ts on what templates write
 * (dates, hours, ranges, bylines) and on the Chinese UI strings.
 *
 * zhlint, as configured: Chinese punctuation full width (，。：；？！“”‘’ and the brackets （）),
 * no spaces around full-width punctuation or inside brackets and quotes, simplified-Chinese forms
 * of punctuation; ～ is kept (zhlint's preset would turn it into ~). Spacing between Chinese and
 * Latin letters or digits is left alone (GB/T 15834 does not ask for it; the content is not spaced).
 *
 * Own rules: `range` (a range takes ～: 第4～11页, 09:00～12:00), `date-space` (no spaces in a
 * date: 2012年5月), `subtitle-dash` (a subtitle follows ——, not a single dash; proper names joined
 * by a connecting dash, such as 中心馆—总分馆, are listed in `connectors`), `publication-title`
 * (a publication's title in 《》).
 */
export interface ZhFinding {
  /** Where the text came from (a file and field, or a template and its input). */
  where: string
  rule: string
  message: string
  /** The text around the finding. */
  excerpt: string
  /** Where the finding starts in the linted text (for exceptions that name a passage). */
  at?: number
}

export interface ZhStyleOptions {
  /** Titles of publications (journals, books) that must stand in 《》. */
  publications?: string[]
  /** Names written with a connecting dash that is not a subtitle dash (GB/T 15834 连接号). */
  connectors?: string[]
}

const ZHLINT: Options = {
  rules: {
    preset: 'default',
    halfwidthPunctuation: '',
    fullwidthPunctuation: '，。：；？！“”‘’（）',
    // Quotation marks are full width in Chinese text (GB/T 15834): no space outside them either.
    adjustedFullwidthPunctuation: '',
    // zhlint's preset map without '~' (which would turn ～ into ~), written out: in 0.8.2 a map
    // with `default: true` makes the linter throw (it looks up a punctuation called "default").
    unifiedPunctuation: { default: false, '？？': true, '！！': true, '？！': true, '！？': true, '/': true, '…': true, '·': true, '“': ['「'], '”': ['」'], '‘': ['『'], '’': ['』'] },
    spaceBetweenMixedwidthContent: undefined,
  },
}

const HAN = /\p{Script=Han}/u

interface OwnRule {
  rule: string
  message: string
  find: (text: string, options: ZhStyleOptions) => Iterable<{ index: number; length: number }>
}

const matches = (pattern: RegExp) => (text: string) => [...text.matchAll(pattern)].map((m) => ({ index: m.index, length: m[0].length }))

const OWN_RULES: OwnRule[] = [
  {
    rule: 'range',
    message: '数值或时间范围应使用浪纹线“～”（第4～11页，09:00～12:00） / a range takes ～',
    find: matches(/\d(?::\d\d)?\s*[–—]\s*\d/gu),
  },
  {
    rule: 'date-space',
    message: '日期中不加空格（2012年5月） / no spaces inside a date',
    find: matches(/\d\s+[年月日]|[年月]\s+\d/gu),
  },
  {
    rule: 'subtitle-dash',
    message: '副标题前用破折号“——”，不用单个“—” / a subtitle follows ——, not a single dash',
    find: (text, { connectors = [] }) =>
      matches(/(?<![—–-])[—–](?![—–-])/gu)(text).filter(({ index }) => {
        if (!HAN.test(text.charAt(index - 1)) || !HAN.test(text.charAt(index + 1))) return false
        return !connectors.some((name) => {
          const at = name.search(/[—–]/u)
          return at >= 0 && text.slice(index - at, index - at + name.length) === name
        })
      }),
  },
  {
    rule: 'publication-title',
    message: '书名、刊名应加书名号《》 / a publication title stands in 《》',
    find: (text, { publications = [] }) =>
      publications.flatMap((title) =>
        [...text.matchAll(new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu'))]
          .filter((m) => !insideTitleMarks(text, m.index))
          .map((m) => ({ index: m.index, length: title.length })),
      ),
  },
]

/** Whether the position lies between a 《 and its 》 (a longer title may hold a shorter one). */
const insideTitleMarks = (text: string, index: number) => text.lastIndexOf('《', index) > text.lastIndexOf('》', index - 1) && text.indexOf('》', index) >= 0

// A figure or table number is followed by one space, then the caption (GB/T 7713.1: 图序与图题间
// 空一字), also when the caption opens with a quotation mark, which zhlint would otherwise refuse.
const CAPTION_LABEL_SPACE = /(?<=[图表]\d+(?:[.-]\d+)*) (?=[“‘《])/gu
const captionLabelSpaces = (text: string) => new Set([...text.matchAll(CAPTION_LABEL_SPACE)].map((m) => m.index))

const excerptAt = (text: string, index: number, length: number) => text.slice(Math.max(0, index - 8), index + length + 8)

/** Every house-style finding in a Chinese text (none for a text without Chinese). */
export function lintZh(text: string, where: string, options: ZhStyleOptions = {}): ZhFinding[] {
  if (!HAN.test(text)) return []
  const findings: ZhFinding[] = []
  const labelSpaces = captionLabelSpaces(text)
  for (const v of run(text, ZHLINT).validations) {
    // zhlint points at the token before the space it complains about.
    if (labelSpaces.has(v.index + v.length)) continue
    findings.push({ where, rule: `zhlint`, message: v.message, excerpt: excerptAt(text, v.index, v.length), at: v.index })
  }
  for (const own of OWN_RULES) {
    for (const at of own.find(text, options)) findings.push({ where, rule: own.rule, message: own.message, excerpt: excerptAt(text, at.index, at.length), at: at.index })
  }
  return findings
}

/** Findings as lines for a test failure or a report. */
export const describeFindings = (findings: ZhFinding[]) => findings.map((f) => `${f.where}: [${f.rule}] ${f.message} — “${f.excerpt}”`).join('\n')
