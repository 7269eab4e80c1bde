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
 * Print PDFs of the snapshot's issues into <snapshot>/print. Only issues whose content changed since
 * they were last printed are printed again; the others come from the print cache at once.
 *
 * The reprints of changed issues run beside the site build and may finish after it has gone live
 * (Chromium's two-pass pagination takes longer than the build): until then the issue page links the
 * previous PDF, then `install(dist)` replaces it in place. An issue never printed before is printed first
 * (`await`ed here), so its page gets its link. An issue that cannot be printed, or no Chromium,
 * costs its PDF, not the site update.
 */
export async function printChangedIssues(snapshot: string, set: ContentSet, cacheDir: string, log: (line: string) => void) {
  const outDir = path.join(snapshot, PRINT_URL_DIR)
  fs.mkdirSync(outDir, { recursive: true })
  fs.mkdirSync(cacheDir, { recursive: true })
  const cachedOf = (slug: string) => fs.readdirSync(cacheDir).filter((f) => f.startsWith(`${slug}.`) && f.endsWith('.pdf'))
  const changed: Array<{ slug: string; hash: string }> = []
  for (const issue of set.get('issues') ?? []) {
    const slug = String(issue.slug)
    const hash = issueHash(set, issue, snapshot)
    const current = path.join(cacheDir, `${slug}.${hash}.pdf`)
    if (fs.existsSync(current)) fs.copyFileSync(current, path.join(outDir, `${slug}.pdf`))
    else changed.push({ slug, hash })
  }
  const print = async (issues: Array<{ slug: string; hash: string }>) => {
    if (!issues.length) return []
    // Printed aside, so the snapshot keeps the previous PDFs while the site builds from it.
    const aside = path.join(path.dirname(snapshot), `.print-${process.pid}`)
    fs.rmSync(aside, { recursive: true, force: true })
    fs.cpSync(snapshot, aside, { recursive: true })
    try {
      await printIssues(aside, { issues: issues.map((c) => c.slug) })
    } catch (error) {
      log(`print: ${(error as Error).message}`)
    }
    const printed: string[] = []
    for (const { slug, hash } of issues) {
      const pdf = path.join(aside, PRINT_URL_DIR, `${slug}.pdf`)
      if (!fs.existsSync(pdf)) continue
      for (const old of cachedOf(slug)) fs.rmSync(path.join(cacheDir, old))
      fs.copyFileSync(pdf, path.join(cacheDir, `${slug}.${hash}.pdf`))
      printed.push(slug)
    }
    fs.rmSync(aside, { recursive: true, force: true })
    return printed
  }
  const firstTime = changed.filter((c) => !cachedOf(c.slug).length)
  const reprint = changed.filter((c) => cachedOf(c.slug).length)
  const printedFirst = await print(firstTime)
  for (const slug of printedFirst) fs.copyFileSync(path.join(cacheDir, cachedOf(slug)[0]), path.join(outDir, `${slug}.pdf`))
  for (const { slug } of reprint) fs.copyFileSync(path.join(cacheDir, cachedOf(slug)[0]), path.join(outDir, `${slug}.pdf`))
  let reprinted: string[] = []
  return {
    reused: (set.get('issues') ?? []).length - changed.length,
    /** Every issue printed in this update, once the reprints are done. */
    done: print(reprint).then(
      (printed) => {
        reprinted = printed
        return [...printedFirst, ...printed]
      },
      (error: Error) => {
        log(`print: ${error.message}`)
        return printedFirst
      },
    ),
    /**
     * After `done`: the reprinted PDFs into a built site, which may already be live (each file is
     * written aside and renamed over the previous PDF: a reader downloads one or the other, whole).
     */
    install: (dist: string) => {
      for (const slug of reprinted) {
        const target = path.join(dist, PRINT_URL_DIR, `${slug}.pdf`)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.copyFileSync(path.join(cacheDir, cachedOf(slug)[0]), `${target}.partial`)
        fs.renameSync(`${target}.partial`, target)
      }
    },
  }
}
