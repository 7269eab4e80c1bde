import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ContentDoc, ContentSet } from '../../../cms/src/content/model'
import { PRINT_URL_DIR } from '../../../site/src/lib/print'
import { printIssues } from '../print-pdf'

/**
 * The content an issue's PDF is made of: the issue, its journal, its articles, their contributors
 * and every image document named in them (with the image file's size and time, cheap to read).
 * Same hash → the cached PDF is still right.
 */
export function issueHash(set: ContentSet, issue: ContentDoc, snapshot: string) {
  const bySlug = (collection: string) => new Map((set.get(collection) ?? []).map((d) => [String(d.slug), d]))
  const articles = (set.get('articles') ?? []).filter((a) => a.issue === issue.slug)
  const contributors = bySlug('contributors')
  const used = [issue, bySlug('journals').get(String(issue.journal)), ...articles]
  for (const article of articles) {
    for (const c of (article.contributors as Array<{ contributor?: string }> | undefined) ?? []) used.push(contributors.get(String(c.contributor)))
  }
  const text = JSON.stringify(used)
  const media = (set.get('media') ?? []).filter((m) => text.includes(String(m.filename)))
  const files = media.map((m) => {
    const stat = fs.statSync(path.join(snapshot, 'media', String(m.filename)), { throwIfNoEntry: false })
    return [m, stat?.size, stat?.mtimeMs]
  })
  return createHash('sha256').update(text).update(JSON.stringify(files)).digest('hex').slice(0, 32)
}

/**
 * Print PDFs of the snapshot's issues into <snapshot>/print, reprinting only the issues whose
 * content changed since they were last printed (the others come from the print cache). An issue
 * that cannot be printed, or no Chromium, costs its PDF, not the site update.
 */
export async function printChangedIssues(snapshot: string, set: ContentSet, cacheDir: string, log: (line: string) => void) {
  const outDir = path.join(snapshot, PRINT_URL_DIR)
  fs.mkdirSync(outDir, { recursive: true })
  fs.mkdirSync(cacheDir, { recursive: true })
  const changed: Array<{ slug: string; hash: string }> = []
  for (const issue of set.get('issues') ?? []) {
    const slug = String(issue.slug)
    const hash = issueHash(set, issue, snapshot)
    const cached = path.join(cacheDir, `${slug}.${hash}.pdf`)
    if (fs.existsSync(cached)) fs.copyFileSync(cached, path.join(outDir, `${slug}.pdf`))
    else changed.push({ slug, hash })
  }
  if (!changed.length) return { printed: [], reused: (set.get('issues') ?? []).length }
  try {
    await printIssues(snapshot, { issues: changed.map((c) => c.slug) })
  } catch (error) {
    log(`print: ${(error as Error).message}`)
  }
  const printed: string[] = []
  for (const { slug, hash } of changed) {
    const pdf = path.join(outDir, `${slug}.pdf`)
    if (!fs.existsSync(pdf)) continue
    // One cached PDF per issue: the one of its current content.
    for (const old of fs.readdirSync(cacheDir).filter((f) => f.startsWith(`${slug}.`))) fs.rmSync(path.join(cacheDir, old))
    fs.copyFileSync(pdf, path.join(cacheDir, `${slug}.${hash}.pdf`))
    printed.push(slug)
  }
  return { printed, reused: (set.get('issues') ?? []).length - changed.length }
}
