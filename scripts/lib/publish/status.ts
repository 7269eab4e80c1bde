import type { Payload } from 'payload'
import { ContentError, ContentErrors } from '../../../cms/src/content/errors'
import type { HeldBack } from '../../../cms/src/content/export'
import { UPDATE_SITE_TASK } from '../../../cms/src/jobs'
import { SiteBuildError } from './build'

/** One row of site-status `problems` / `heldBack`. */
export type Problem = { collection: string; slug: string; field: string; messageZh: string; messageEn: string }

/**
 * Chinese for the export's common refusals; anything else keeps the English text after a Chinese
 * prefix (both languages always say which document and field).
 */
const TRANSLATIONS: Array<[RegExp, (...m: string[]) => string]> = [
  [/^refers to (\S+), which is held back$/, (ref) => `引用的 ${ref} 暂缓上线`],
  [/^refers to (\S+) #(\S+), which is not published$/, (collection, id) => `引用的 ${collection} #${id} 未发布`],
  [/^parallel text does not align: (\d+) Chinese blocks but (\d+) English blocks$/, (zh, en) => `对照文本未对齐：中文 ${zh} 段，英文 ${en} 段`],
  [/^a parallel-text article needs both the Chinese and the English body$/, () => '对照文本文章需要中英文正文'],
  [/^is not in the table of contents of issue "(.+)"$/, (issue) => `不在期次“${issue}”的目录中`],
  [/^article "(.+)" is listed twice \(also in (.+)\)$/, (a, other) => `文章“${a}”在目录中出现两次（亦见于 ${other}）`],
]

export function inChinese(problem: string) {
  for (const [pattern, say] of TRANSLATIONS) {
    const match = pattern.exec(problem)
    if (match) return say(...match.slice(1))
  }
  return `导出拒绝此内容（原文）：${problem}`
}

export const heldBackRow = (h: HeldBack): Problem => ({
  collection: h.collection,
  slug: h.slug,
  field: h.field ?? '',
  messageZh: inChinese(h.problem),
  messageEn: h.problem,
})

const located = (e: ContentError): Problem => {
  const at = /^([a-z-]+)\/(\S+)/.exec(e.where)
  return { collection: at?.[1] ?? '', slug: at?.[2] ?? e.where, field: e.field ?? '', messageZh: inChinese(e.problem), messageEn: e.problem }
}

/**
 * Why an update failed, as rows an editor can act on. The site build names the document as
 * `<collection> → <slug>` and the field path after it (site/src/content.config.ts).
 */
export function problemsOf(error: unknown): Problem[] {
  if (error instanceof ContentErrors) return error.errors.map(located)
  if (error instanceof ContentError) return [located(error)]
  if (error instanceof SiteBuildError) {
    const rows = siteBuildRefusals(error.log).map(({ collection, slug, field, message }) => ({
      collection,
      slug,
      field,
      messageZh: `网站构建拒绝此文档：${message}`,
      messageEn: `the site build refuses this document: ${message}`,
    }))
    const unique = [...new Map(rows.map((r) => [`${r.collection}/${r.slug}/${r.field}`, r])).values()]
    if (unique.length) return unique
    const tail = error.log.trim().split('\n').slice(-5).join('\n')
    return [{ collection: '', slug: '', field: '', messageZh: `网站构建失败：${tail}`, messageEn: `site build failed: ${tail}` }]
  }
  const message = (error as Error)?.message ?? String(error)
  return [{ collection: '', slug: '', field: '', messageZh: `网站更新失败：${message}`, messageEn: `site update failed: ${message}` }]
}

/**
 * The site's schema errors, as Astro prints them:
 *   [InvalidContentEntryDataError] pages → Broken_Slug data does not match collection schema.
 *     slug: slug: lower-case letters, digits and hyphens
 *     Hint: …
 */
function siteBuildRefusals(log: string) {
  const found: Array<{ collection: string; slug: string; field: string; message: string }> = []
  const lines = log.split('\n')
  lines.forEach((line, i) => {
    const head = /\b([a-z-]+) → (\S+) (.*)$/.exec(line)
    if (!head) return
    let fields = 0
    for (const next of lines.slice(i + 1)) {
      if (!next.trim()) continue
      const detail = /^\s+([\w.[\]]+): (.+)$/.exec(next)
      if (!detail || detail[1] === 'Hint') break
      found.push({ collection: head[1], slug: head[2], field: detail[1], message: detail[2] })
      fields++
    }
    if (!fields) found.push({ collection: head[1], slug: head[2], field: '', message: head[3] })
  })
  return found
}

export async function writeStatus(payload: Payload, data: Record<string, unknown>) {
  await payload.updateGlobal({ slug: 'site-status', data: data as never, depth: 0, overrideAccess: true })
}

/** A change queued while this update ran: the site is not up to date yet. */
export async function updateWaiting(payload: Payload) {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: UPDATE_SITE_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs > 0
}
