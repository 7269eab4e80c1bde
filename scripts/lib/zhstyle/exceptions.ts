import fs from 'node:fs'
import { z } from 'zod'
import type { ZhFinding } from './index'

/**
 * Passages the Chinese house style leaves alone, such as a cited work's own title
 * (content/zhstyle-exceptions.json). Each exception names where (as the linter prints it), the
 * exact passage and why; it silences only findings that start inside that passage, and one that
 * no longer matches or silences nothing is reported, so stale exceptions do not pile up.
 */
export const EXCEPTIONS_FILE = 'zhstyle-exceptions.json'

const Exceptions = z.object({
  exceptions: z.array(z.object({ where: z.string().min(1), text: z.string().min(1), reason: z.string().min(1) })),
})
export type ZhException = z.infer<typeof Exceptions>['exceptions'][number]

export function readExceptions(file: string): ZhException[] {
  if (!fs.existsSync(file)) return []
  const parsed = Exceptions.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
  if (parsed.success) return parsed.data.exceptions
  const issue = parsed.error.issues[0]
  throw new Error(`${file} → ${issue.path.join('.')}: 例外须写明 where、text、reason / each exception needs where, text and reason (${issue.message})`)
}

/** The findings in one field's text that no exception covers. */
export function withoutExceptions(findings: ZhFinding[], text: string, where: string, exceptions: ZhException[], used: Set<ZhException>): ZhFinding[] {
  const passages = exceptions.filter((e) => e.where === where).flatMap((e) => spansOf(text, e.text).map((span) => ({ e, ...span })))
  return findings.filter((finding) => {
    const cover = passages.find(({ start, end }) => finding.at !== undefined && finding.at >= start && finding.at < end)
    if (cover) used.add(cover.e)
    return !cover
  })
}

const spansOf = (text: string, passage: string) => {
  const spans: Array<{ start: number; end: number }> = []
  for (let at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) spans.push({ start: at, end: at + passage.length })
  return spans
}

/** Exceptions that silenced nothing, as findings naming the exceptions file. */
export const unusedExceptions = (exceptions: ZhException[], used: Set<ZhException>): ZhFinding[] =>
  exceptions
    .filter((e) => !used.has(e))
    .map((e) => ({
      where: `${EXCEPTIONS_FILE} → ${e.where}`,
      rule: 'exception-unused',
      message: '例外未匹配任何问题，请删除或更正 / the exception matches no finding: remove or correct it',
      excerpt: e.text,
    }))
