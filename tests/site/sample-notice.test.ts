import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { pdfPageTexts } from '../../scripts/lib/pdf-text'
import { exists, page, sitePaths, text } from '../helpers/html'

/**
 * Sample content is never taken for fact: every page built from a document marked `illustrative`
 * shows the notice, linking to the statement in its language; pages built from real content do
 * not; the printed issues say so on their masthead page. Read from the built HTML and PDFs.
 */
const { fixture, seed } = inject('sites')
const LANGS = ['zh', 'en'] as const
const NOTICE = { zh: '本页含有为演示本出版系统而虚构的内容', en: 'This page holds content invented to demonstrate this publishing system' }

const notice = (dist: string, urlPath: string) => page(dist, urlPath).querySelector('aside.sample-notice')
const snapshotDocs = (dir: string, collection: string) =>
  JSON.parse(fs.readFileSync(path.join(dir, `${collection}.json`), 'utf8')) as Array<{ slug: string; illustrative?: boolean }>

/** The page of each document (collection → its URL folder). */
const DOC_PAGES: Record<string, string> = {
  journals: 'journals',
  issues: 'issues',
  articles: 'articles',
  branches: 'branches',
  festivals: 'festival',
  series: 'series',
  events: 'events',
  pages: 'pages',
}

function expectNotice(dist: string, urlPath: string, lang: 'zh' | 'en') {
  const aside = notice(dist, urlPath)
  expect(aside, urlPath).not.toBeNull()
  expect(text(aside), urlPath).toContain(NOTICE[lang])
  expect(aside!.querySelector('a')!.getAttribute('href'), urlPath).toBe(`/${lang}/sample-content/`)
  // Outside <main>'s search body: the notice must not become every page's search excerpt.
  expect(aside!.closest('[data-pagefind-body]'), urlPath).toBeNull()
}

describe('the sample-content notice on the seed site', () => {
  it('is on the page of every illustrative document, in the page language', () => {
    let checked = 0
    for (const [collection, folder] of Object.entries(DOC_PAGES)) {
      for (const doc of snapshotDocs(seed.snapshot, collection).filter((d) => d.illustrative)) {
        for (const lang of LANGS) {
          expectNotice(seed.dist, `/${lang}/${folder}/${doc.slug}/`, lang)
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(100) // the seed is sample content through and through
  })

  it('is on every page built from content, and only the static pages go without', () => {
    const without = sitePaths(seed.dist, '.html')
      .filter((p) => /^\/(zh|en)\//.test(p))
      .filter((p) => !notice(seed.dist, p))
    expect(without.sort()).toEqual(
      ['/en/accessibility/', '/en/sample-content/', '/en/search/', '/zh/accessibility/', '/zh/sample-content/', '/zh/search/'].sort(),
    )
  })

  it('links to a statement in each language that says what is invented and what comes from the plan', () => {
    const zh = page(seed.dist, '/zh/sample-content/')
    const en = page(seed.dist, '/en/sample-content/')
    expect(text(zh.querySelector('h1'))).toBe('关于示例内容')
    expect(text(en.querySelector('h1'))).toBe('About the sample content')
    expect(zh.querySelectorAll('main h2').map(text)).toEqual(['出自工作计划的内容', '虚构的内容'])
    expect(en.querySelectorAll('main h2').map(text)).toEqual(['What comes from the plan', 'What is invented'])
    expect(text(en.querySelector('main'))).toContain('Example University')
    for (const lang of LANGS) {
      const footer = page(seed.dist, `/${lang}/`).querySelector('footer')!
      expect(footer.querySelector(`a[href="/${lang}/sample-content/"]`), `${lang} footer`).not.toBeNull()
    }
  })

  it('no invented person stands under a real university: affiliations are fictional or marked', () => {
    const people = JSON.parse(fs.readFileSync(path.join(seed.snapshot, 'contributors.json'), 'utf8')) as Array<{ slug: string; affiliation?: { zh?: string; en?: string } }>
    for (const person of people) {
      const zh = person.affiliation?.zh ?? ''
      expect(zh, person.slug).not.toMatch(/浙江大学|浙江外国语学院|杭州师范大学|浙江图书馆/)
      if (zh.includes('杭州')) expect(zh, person.slug).toContain('（虚构人物）')
    }
    const article = page(seed.dist, '/en/articles/third-cultural-space/')
    expect(text(article.querySelector('main'))).not.toMatch(/Zhejiang University/)
  })

  it('says so on the masthead page of every printed issue', async () => {
    const pdfs = fs.readdirSync(path.join(seed.snapshot, 'print')).filter((f) => f.endsWith('.pdf'))
    expect(pdfs.length).toBe(4)
    for (const file of pdfs) {
      const pages = await pdfPageTexts(fs.readFileSync(path.join(seed.snapshot, 'print', file)))
      const masthead = pages.map((p) => p.replace(/\s+/g, '')).find((p) => p.includes('编辑HangzhouLibrary') || p.includes('Editedby'))
      expect(masthead, file).toBeDefined()
      expect(masthead, file).toContain('本刊为示例版')
      expect(masthead, file).toContain('Thisisasampleedition')
    }
  })
})

describe('pages built from real content carry no notice (fixture: only the Chess branch is illustrative)', () => {
  it('shows it where the illustrative branch is shown, and nowhere else', () => {
    for (const lang of LANGS) {
      expectNotice(fixture.dist, `/${lang}/branches/fx-chess/`, lang)
      expectNotice(fixture.dist, `/${lang}/branches/`, lang)
      for (const plain of ['/articles/fx-third-space/', '/journals/fx-research/', '/events/fx-flash-mob/', '/pages/fx-digital-library/']) {
        expect(exists(fixture.dist, `/${lang}${plain}`), plain).toBe(true)
        expect(notice(fixture.dist, `/${lang}${plain}`), `${lang}${plain}`).toBeNull()
      }
    }
  })
})
