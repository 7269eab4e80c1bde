import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import type { Browser, Page } from 'playwright-core'
import { text } from '../../site/src/lib/localize'
import { PRINT_URL_DIR } from '../../site/src/lib/print'
import type { Article, Issue } from '../../site/src/lib/schemas'
import { siteFromDocs, type Site } from '../../site/src/lib/site'
import { readSnapshotDocs } from '../../site/src/lib/snapshotDocs'
import { issueDocument, issueLabel, startMarker } from '../../site/src/print/issueDocument'
import { BLEED, TEXT_WIDTH, TRIM } from '../../site/src/print/styles'
import { launchChromium } from './browser'
import { pdfPageTexts } from './pdf-text'
import { mendToUnicode, readableText } from './pdf-unicode'

/**
 * The print export: each published journal issue of a snapshot as a print-ready PDF,
 * `<snapshot>/print/<issue>.pdf`, with `<issue>.json` beside it (pages per article, preflight
 * warnings). The site build copies the PDFs to /print/ and links them from the issue pages.
 * Issues whose content cannot be printed are reported together, after the others are written.
 *
 * Chromium paginates site/src/print/issueDocument.ts twice: the first rendering carries an
 * invisible marker at each article's start, found in the PDF's text to learn the page numbers;
 * the second prints them in the contents and is checked against the first. pdf-lib then sets the
 * document information and the trim and bleed boxes.
 */
export interface PrintedIssue {
  issue: string
  file: string
  pages: number
  articles: Array<{ slug: string; title: string; pageStart: number; pageEnd: number }>
  /** What the editors and the print shop should know: images below 300 ppi at their printed size, page numbers that differ from the CMS's. */
  warnings: string[]
}

const MIN_PPI = 300
const MM_TO_PT = 72 / 25.4

export async function printIssues(snapshot: string, { issues, browser }: { issues?: string[]; browser?: Browser } = {}): Promise<PrintedIssue[]> {
  const site = siteFromDocs(readSnapshotDocs(snapshot))
  const chosen = issues?.length ? issues.map((slug) => site.issue(slug)) : site.issues
  const outDir = path.join(snapshot, PRINT_URL_DIR)
  fs.mkdirSync(outDir, { recursive: true })
  const ownBrowser = browser ? undefined : await launchChromium()
  try {
    // Second line behind the escaping of issueDocument: the print HTML runs no script of its own.
    const context = await (browser ?? ownBrowser!).newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const printed: PrintedIssue[] = []
    const failed: string[] = []
    // One issue's bad content does not hold back the others; its old PDF, now stale, goes.
    for (const issue of chosen) {
      try {
        printed.push(await printIssue(page, site, issue, snapshot, outDir))
      } catch (error) {
        failed.push((error as Error).message)
        for (const ext of ['pdf', 'json']) fs.rmSync(path.join(outDir, `${issue.slug}.${ext}`), { force: true })
      }
    }
    await context.close()
    if (failed.length) throw new Error(failed.join('\n'))
    return printed
  } finally {
    await ownBrowser?.close()
  }
}

async function printIssue(page: Page, site: Site, issue: Issue, snapshot: string, outDir: string): Promise<PrintedIssue> {
  const articles = site.issueArticles(issue).map(({ article }) => article)
  if (!articles.length) throw new Error(`issues → ${issue.slug}: toc: an issue with no articles cannot be printed`)
  const htmlFile = path.join(outDir, `.${issue.slug}.html`)
  try {
    // 1. With markers, to learn where each article starts.
    const first = await render(page, htmlFile, await issueDocument(site, issue, { snapshot, markers: true }))
    const texts = await pdfPageTexts(first.pdf)
    const folios = new Map(articles.map((a) => [a.slug, pageOf(texts, startMarker(a.slug), `issues → ${issue.slug}: article ${a.slug}`)]))
    // 2. With the page numbers in the contents; pagination must not have moved.
    const second = await render(page, htmlFile, await issueDocument(site, issue, { snapshot, folios }))
    const pages = await pdfPageTexts(second.pdf)
    if (pages.length !== texts.length) throw new Error(`issues → ${issue.slug}: the second rendering has ${pages.length} pages, the first ${texts.length}`)
    const starts = articles.map((a) => folios.get(a.slug)!)
    const squeeze = (s: string) => s.replace(/\s+/g, '')
    for (const [i, a] of articles.entries()) {
      // (The ToUnicode maps are not mended yet: read shared glyphs as running text means them.)
      if (!squeeze(readableText(pages[starts[i] - 1])).includes(squeeze(text(a.title, 'zh')))) {
        throw new Error(`issues → ${issue.slug}: article ${a.slug} moved from page ${starts[i]} when the contents got their page numbers`)
      }
    }
    const entries = articles.map((a, i) => ({ slug: a.slug, title: text(a.title, 'zh'), pageStart: starts[i], pageEnd: lastPage(starts, i, pages.length) }))
    const file = path.join(outDir, `${issue.slug}.pdf`)
    fs.writeFileSync(file, await finish(second.pdf, site, issue))
    const report: PrintedIssue = { issue: issue.slug, file, pages: pages.length, articles: entries, warnings: [...first.warnings, ...pageWarnings(articles, entries)] }
    fs.writeFileSync(path.join(outDir, `${issue.slug}.json`), `${JSON.stringify({ ...report, file: path.basename(file) }, null, 2)}\n`)
    return report
  } finally {
    fs.rmSync(htmlFile, { force: true })
  }
}

/** The site cites the pages the CMS records: say where they differ from this edition's. */
function pageWarnings(articles: Article[], printed: PrintedIssue['articles']): string[] {
  return articles.flatMap((a, i) => {
    const { pageStart, pageEnd } = printed[i]
    if (a.pageStart === undefined || (a.pageStart === pageStart && (a.pageEnd ?? a.pageStart) === pageEnd)) return []
    return [`articles → ${a.slug}: the CMS gives pages ${a.pageStart}–${a.pageEnd ?? a.pageStart}, this print edition ${pageStart}–${pageEnd} (citations on the site use the CMS pages)`]
  })
}

/** The PDF page (1-based) whose text holds `marker`. */
function pageOf(texts: string[], marker: string, what: string): number {
  const index = texts.findIndex((t) => t.includes(marker))
  if (index < 0) throw new Error(`${what}: its start was not found in the rendered PDF`)
  return index + 1
}

/** An article ends on the page before the next one begins (each opens a new page). */
const lastPage = (starts: number[], i: number, pageCount: number) => (i + 1 < starts.length ? starts[i + 1] - 1 : pageCount)

async function render(page: Page, htmlFile: string, html: string) {
  fs.writeFileSync(htmlFile, html)
  // Laid out on screen as wide as the printed text block, so that images measure as printed.
  await page.setViewportSize({ width: Math.round((TEXT_WIDTH / 25.4) * 96), height: 1000 })
  // From a file: URL, so that the page may load the snapshot's images (file: URLs too).
  await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' })
  await page.evaluate(() => document.fonts.ready)
  const warnings = await page.evaluate((minPpi) => {
    const out: string[] = []
    for (const img of [...document.querySelectorAll('img')]) {
      const file = decodeURIComponent(img.src.split('/').pop() ?? '')
      if (!img.complete || !img.naturalWidth) out.push(`${file}: the image could not be loaded`)
      else {
        const ppi = img.naturalWidth / (img.getBoundingClientRect().width / 96)
        if (ppi < minPpi) out.push(`${file}: ${Math.round(ppi)} ppi at its printed size (print wants ${minPpi})`)
      }
    }
    return out
  }, MIN_PPI)
  const broken = warnings.filter((w) => w.endsWith('could not be loaded'))
  if (broken.length) throw new Error(`images: ${broken.join('; ')}`)
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: true })
  return { pdf, warnings }
}

/** Text that copies as written, document information, and the trim and bleed boxes a print shop's preflight looks for. */
async function finish(bytes: Buffer, site: Site, issue: Issue): Promise<Uint8Array> {
  const journal = site.journal(issue.journal)
  const doc = await PDFDocument.load(bytes)
  mendToUnicode(doc)
  const title = `${text(journal.title, 'zh')} ${issueLabel(issue, 'zh')} · ${text(journal.title, 'en')} ${issueLabel(issue, 'en')}`
  doc.setTitle(title, { showInWindowTitleBar: true })
  doc.setAuthor(text(journal.publisher, 'zh') || '杭州图书馆')
  if (issue.title) doc.setSubject(`${text(issue.title, 'zh')} · ${text(issue.title, 'en')}`)
  doc.setKeywords(site.issueArticles(issue).flatMap(({ article }) => article.keywords?.zh ?? []))
  doc.setLanguage('zh-CN')
  doc.setCreator('Hangzhou Library publishing system (print export)')
  doc.setProducer('Chromium, pdf-lib')
  // Reproducible files: the dates are the issue's publication date, not the time of the export.
  const date = new Date(issue.publishedAt ?? `${issue.year}-01-01T00:00:00Z`)
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  // The trim is exactly A4, centred on the page Chromium made (whose size it rounds slightly).
  const trim = { width: TRIM.width * MM_TO_PT, height: TRIM.height * MM_TO_PT }
  const bleed = BLEED * MM_TO_PT
  for (const page of doc.getPages()) {
    const { width, height } = page.getSize()
    const x = (width - trim.width) / 2
    const y = (height - trim.height) / 2
    page.setTrimBox(x, y, trim.width, trim.height)
    page.setBleedBox(Math.max(0, x - bleed), Math.max(0, y - bleed), Math.min(width, trim.width + 2 * bleed), Math.min(height, trim.height + 2 * bleed))
  }
  return doc.save()
}
