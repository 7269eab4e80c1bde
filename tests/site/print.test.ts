import fs from 'node:fs'
import path from 'node:path'
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { snapshotFromContent } from '../../cms/src/content/fromContent'
import { launchChromium } from '../../scripts/lib/browser'
import { pdfPageTexts } from '../../scripts/lib/pdf-text'
import { printIssues, type PrintedIssue } from '../../scripts/lib/print-pdf'
import { FIXTURE_CONTENT, REPO } from '../helpers/cms'
import { page as htmlPage } from '../helpers/html'
import { tempDir } from '../helpers/temp'

/**
 * The print export on the seed content (printed once by the site tests' global setup, then built
 * into the site), read back with PDF.js and pdf-lib: geometry, document information, contents
 * with the right page numbers, text that copies as written; and bad input that must stop it.
 */
const MM = 72 / 25.4
const squeeze = (s: string) => s.replace(/\s+/g, '')
const seed = () => inject('sites').seed
const manifest = (slug: string): PrintedIssue =>
  JSON.parse(fs.readFileSync(path.join(seed().snapshot, 'print', `${slug}.json`), 'utf8'))
const ISSUES = ['city-library-2013-1', 'city-library-2013-2', 'urban-library-research-2013-1', 'urban-library-research-2013-2']
const snapshotDocs = (name: string) => JSON.parse(fs.readFileSync(path.join(seed().snapshot, `${name}.json`), 'utf8')) as Array<Record<string, any>>

describe('print export of the seed issues', () => {
  const texts = new Map<string, string[]>()
  const pdfs = new Map<string, PDFDocument>()
  beforeAll(async () => {
    for (const slug of ISSUES) {
      const bytes = fs.readFileSync(path.join(seed().snapshot, 'print', `${slug}.pdf`))
      texts.set(slug, await pdfPageTexts(bytes))
      pdfs.set(slug, await PDFDocument.load(bytes))
    }
  })

  it('prints every published issue, and the site links each PDF from both issue pages', () => {
    expect(fs.readdirSync(path.join(seed().snapshot, 'print')).filter((f) => f.endsWith('.pdf')).sort()).toEqual(ISSUES.map((s) => `${s}.pdf`))
    expect(fs.readdirSync(path.join(seed().dist, 'print')).sort(), 'the PDFs only, not the reports').toEqual(ISSUES.map((s) => `${s}.pdf`))
    for (const slug of ISSUES) {
      for (const lang of ['zh', 'en']) {
        const link = htmlPage(seed().dist, `/${lang}/issues/${slug}/`).querySelector(`a[href="/print/${slug}.pdf"]`)
        expect(link, `${lang} ${slug}`).not.toBeNull()
        expect(link!.text).toMatch(lang === 'zh' ? /印刷版 PDF（\d+\.\d MB）/ : /PDF/)
      }
    }
  })

  it.each(ISSUES)('%s: A4 trim with 3 mm bleed on every page, tagged, with an outline and document information', (slug) => {
    const doc = pdfs.get(slug)!
    for (const page of doc.getPages()) {
      const media = page.getMediaBox()
      expect(media.width / MM).toBeCloseTo(216, 0)
      expect(media.height / MM).toBeCloseTo(303, 0)
      const trim = page.getTrimBox()
      expect(trim.width / MM).toBeCloseTo(210, 1)
      expect(trim.height / MM).toBeCloseTo(297, 1)
      expect(trim.x / MM).toBeCloseTo((media.width - trim.width) / 2 / MM, 2)
      const bleed = page.getBleedBox()
      expect(bleed.width).toBeGreaterThan(trim.width)
    }
    const catalog = doc.catalog
    expect(catalog.get(PDFName.of('StructTreeRoot')), 'tagged PDF').toBeDefined()
    expect(catalog.get(PDFName.of('Outlines')), 'bookmarks').toBeDefined()
    expect((catalog.lookup(PDFName.of('MarkInfo')) as PDFDict | undefined)?.get(PDFName.of('Marked'))?.toString()).toBe('true')
    expect(String(catalog.get(PDFName.of('Lang')))).toContain('zh-CN')
    const journal = slug.startsWith('city-library') ? ['城市图书馆', 'City Library'] : ['城市图书馆研究', 'Urban Library Research']
    for (const name of journal) expect(doc.getTitle()).toContain(name)
  })

  it.each(ISSUES)('%s: the contents give each article the page it starts on', (slug) => {
    const pages = texts.get(slug)!
    const { articles, pages: count } = manifest(slug)
    expect(count).toBe(pages.length)
    const issue = snapshotDocs('issues').find((i) => i.slug === slug)!
    const expected = issue.toc.flatMap((s: { articles: string[] }) => s.articles)
    expect(articles.map((a) => a.slug)).toEqual(expected)
    const contents = pages[2]
    expect(contents).toContain('目次')
    const lines = contents.split('\n').map((l) => l.trim())
    for (const [i, article] of articles.entries()) {
      // The article opens on its page, after the cover, masthead and contents.
      expect(article.pageStart).toBeGreaterThan(3)
      expect(squeeze(pages[article.pageStart - 1]), `${article.slug} on page ${article.pageStart}`).toContain(squeeze(article.title))
      if (article.pageStart > 4) expect(squeeze(pages[article.pageStart - 2])).not.toContain(squeeze(article.title))
      expect(article.pageEnd).toBe(i + 1 < articles.length ? articles[i + 1].pageStart - 1 : pages.length)
      // In the contents, the title's entry ends with that page number.
      const at = lines.findIndex((l) => squeeze(l).startsWith(squeeze(article.title).slice(0, 8)))
      expect(at, `${article.title} in the contents`).toBeGreaterThanOrEqual(0)
      const folio = lines.slice(at).find((l) => /^\d+$/.test(l))
      expect(folio, `page number after ${article.title}`).toBe(String(article.pageStart))
    }
  })

  it.each(ISSUES)('%s: cover, running heads and page numbers', (slug) => {
    const pages = texts.get(slug)!
    const cover = pages[0]
    const [zh, en] = slug.startsWith('city-library') ? ['城市图书馆', 'City Library'] : ['城市图书馆研究', 'Urban Library Research']
    expect(cover).toContain(zh)
    expect(cover).toContain(en)
    expect(squeeze(cover)).toContain(slug.endsWith('-1') ? '2013年第1期' : '2013年第2期')
    for (let n = 3; n <= pages.length; n++) {
      const lines = pages[n - 1].split('\n').map((l) => l.trim())
      expect(lines, `page ${n} number`).toContain(String(n))
      expect(squeeze(pages[n - 1]), `page ${n} running head`).toContain(`${zh}2013年第`)
    }
    expect(pages[0].split('\n').map((l) => l.trim())).not.toContain('1')
  })

  it('prints text that copies as written: no radical or shared-glyph stand-ins, the bodies as the content says', () => {
    for (const slug of ISSUES) {
      const all = texts.get(slug)!.join('\n')
      expect(all.match(/[\u2e80-\u2fdf\u2012\u2015]/gu) ?? [], slug).toEqual([])
    }
    const find = (slug: string, needle: string) => squeeze(texts.get(slug)!.join('')).includes(squeeze(needle))
    // The academic journal: Chinese body, English front matter, GB/T 7714 references.
    const academic = fs.readFileSync(path.join(REPO, 'content', 'articles', 'central-branch-model.body.zh.md'), 'utf8')
    const sentence = academic.split('\n').find((l) => l.startsWith('建设覆盖全社会'))!.split('。')[0]
    expect(find('urban-library-research-2013-1', sentence)).toBe(true)
    expect(find('urban-library-research-2013-1', '“中心馆——总分馆”：地市级公共图书馆服务体系建设模式探析')).toBe(true)
    expect(find('urban-library-research-2013-1', 'Abstract:')).toBe(true)
    expect(find('urban-library-research-2013-1', '参考文献')).toBe(true)
    expect(find('urban-library-research-2013-1', '[J]')).toBe(true)
    // The magazine: both languages of the same paragraph.
    expect(find('city-library-2013-2', 'At two o’clock on a Saturday afternoon, the activity room of the Chess Branch is already full.')).toBe(true)
    const zhChess = fs.readFileSync(path.join(REPO, 'content', 'articles', 'chess-club.body.zh.md'), 'utf8').split('\n')[0].split('。')[0]
    expect(find('city-library-2013-2', zhChess)).toBe(true)
  })

  it('warns of images that would print below 300 ppi, and of page numbers that differ from the CMS', () => {
    const { warnings, articles } = manifest('urban-library-research-2013-1')
    expect(warnings.some((w) => /^j-fig-central-branch-1\.jpg: \d+ ppi at its printed size/.test(w))).toBe(true)
    // The seed records third-cultural-space at pages 1–9 of the printed journal; this edition differs.
    const third = articles.find((a) => a.slug === 'third-cultural-space')!
    expect(warnings).toContain(`articles → third-cultural-space: the CMS gives pages 1–9, this print edition ${third.pageStart}–${third.pageEnd} (citations on the site use the CMS pages)`)
  })
})

describe('print export: bad input stops it, naming the document and field', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  const fixtureSnapshot = () => {
    const dir = path.join(tempDir('print'), 'snapshot')
    snapshotFromContent(FIXTURE_CONTENT, dir)
    return dir
  }
  const edit = (dir: string, collection: string, slug: string, change: (doc: Record<string, any>) => void) => {
    const file = path.join(dir, `${collection}.json`)
    const docs = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, any>>
    change(docs.find((d) => d.slug === slug)!)
    fs.writeFileSync(file, JSON.stringify(docs))
  }

  it('the fixture issues print', async () => {
    const printed = await printIssues(fixtureSnapshot(), { browser })
    expect(printed.map((p) => p.issue).sort()).toEqual(['fx-magazine-2013-1', 'fx-research-2013-1'])
    for (const p of printed) expect(p.articles.length).toBeGreaterThan(0)
  })

  it('an academic article without its Chinese text: that issue fails, and its stale PDF goes; the other issue prints', async () => {
    const dir = fixtureSnapshot()
    await printIssues(dir, { browser })
    expect(fs.existsSync(path.join(dir, 'print', 'fx-research-2013-1.pdf'))).toBe(true)
    fs.rmSync(path.join(dir, 'print', 'fx-magazine-2013-1.pdf'))
    edit(dir, 'articles', 'fx-third-space', (a) => delete a.body.zh)
    await expect(printIssues(dir, { browser })).rejects.toThrow(/articles → fx-third-space: body\.zh: .*Chinese text/)
    expect(fs.existsSync(path.join(dir, 'print', 'fx-research-2013-1.pdf'))).toBe(false)
    expect(fs.existsSync(path.join(dir, 'print', 'fx-research-2013-1.json'))).toBe(false)
    expect(fs.existsSync(path.join(dir, 'print', 'fx-magazine-2013-1.pdf'))).toBe(true)
  })

  it('a figure whose image file is missing', async () => {
    const dir = fixtureSnapshot()
    edit(dir, 'articles', 'fx-chess-club', (a) => (a.body.en = `${a.body.en}\n\n![A missing picture](media:not-there.jpg)\n`))
    await expect(printIssues(dir, { browser, issues: ['fx-magazine-2013-1'] })).rejects.toThrow(/articles → fx-chess-club: body\.en: .*not-there\.jpg/)
  })

  it('a document that breaks the content contract', async () => {
    const dir = fixtureSnapshot()
    edit(dir, 'issues', 'fx-research-2013-1', (i) => (i.number = 'one'))
    await expect(printIssues(dir, { browser })).rejects.toThrow(/issues → fx-research-2013-1: number: /)
  })
})
