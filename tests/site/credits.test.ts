import fs from 'node:fs'
import path from 'node:path'
import { toHtml } from 'hast-util-to-html'
import { describe, expect, inject, it } from 'vitest'
import { pdfPageTexts } from '../../scripts/lib/pdf-text'
import { figcaption } from '../../site/src/lib/markdown'
import { page, sitePaths, text } from '../helpers/html'

/**
 * Readers see where a picture comes from: the media document's credit ("示意图（生成图像）" /
 * "Generated illustration", "插图：钱磊" / "Illustration: Qian Lei") stands in the figcaption of
 * every body figure and lead image, in the page's (or parallel column's) language, and in print.
 * Read from the built HTML and PDFs of the seed site.
 */
const { seed } = inject('sites')
type Localized = { zh?: string; en?: string }
type Media = { filename: string; caption?: Localized; credit?: Localized }
const media = JSON.parse(fs.readFileSync(path.join(seed.snapshot, 'media.json'), 'utf8')) as Media[]
const byVariant = (src: string) => media.find((m) => src.includes(`/media/${m.filename.replace(/\.[a-z]+$/, '')}-`))

describe('media credits', () => {
  it('stand under every figure and lead image that has one, in the page’s language, outside search', () => {
    const seen = { figure: 0, lead: 0, generated: new Set<string>() }
    for (const urlPath of sitePaths(seed.dist, '.html').filter((p) => /^\/(zh|en)\//.test(p))) {
      const lang = urlPath.startsWith('/zh/') ? 'zh' : 'en'
      for (const figure of page(seed.dist, urlPath).querySelectorAll('figure.figure, figure.lead-figure')) {
        const img = figure.querySelector('img')!
        const doc = byVariant(img.getAttribute('src') ?? '')
        expect(doc, `${urlPath} ${img.getAttribute('src')}`).toBeDefined()
        const columnLang = (figure.closest('[data-col]')?.getAttribute('data-col') ?? lang) as 'zh' | 'en'
        const credit = figure.querySelector('figcaption .credit')
        if (!doc!.credit) {
          expect(credit, urlPath).toBeNull()
          continue
        }
        expect(text(credit), `${urlPath} ${doc!.filename}`).toBe(doc!.credit[columnLang])
        expect(credit!.hasAttribute('data-pagefind-ignore'), urlPath).toBe(true)
        seen[figure.classList.contains('lead-figure') ? 'lead' : 'figure']++
        if (doc!.credit.en === 'Generated illustration') seen.generated.add(`${columnLang} ${doc!.filename}`)
      }
    }
    expect(seen.figure).toBeGreaterThan(10)
    expect(seen.lead).toBeGreaterThan(10)
    // Every generated illustration is labelled as such in both languages somewhere on the site.
    const generated = media.filter((m) => m.credit?.en === 'Generated illustration').map((m) => m.filename)
    expect(generated.length).toBeGreaterThan(10)
    for (const file of generated) for (const lang of ['zh', 'en']) expect([...seen.generated], `${lang} ${file}`).toContain(`${lang} ${file}`)
  })

  it('a branch’s lead image says it is a generated illustration, with its caption, in both languages', () => {
    const zh = page(seed.dist, '/zh/branches/buddhist-culture/').querySelector('figure.lead-figure figcaption')
    expect(text(zh)).toBe('天竺山麓的佛学分馆（示意） 示意图（生成图像）')
    const en = page(seed.dist, '/en/branches/buddhist-culture/').querySelector('figure.lead-figure figcaption')
    expect(text(en.querySelector('.caption'))).toBe('The Buddhist Culture Branch at the foot of the Tianzhu hills (illustration)')
    expect(text(en.querySelector('.credit'))).toBe('Generated illustration')
  })

  it('are text, whatever an editor types', () => {
    expect(toHtml(figcaption('图1 <i>', '<img src=x onerror=alert(1)>'))).toBe(
      '<figcaption><span class="caption">图1 &#x3C;i></span> <span class="credit" data-pagefind-ignore="">&#x3C;img src=x onerror=alert(1)></span></figcaption>',
    )
    expect(figcaption('', '')).toEqual([])
  })

  it('are printed under the figures in both languages', async () => {
    const pdfs = fs.readdirSync(path.join(seed.snapshot, 'print')).filter((f) => f.endsWith('.pdf'))
    let all = ''
    for (const file of pdfs) all += (await pdfPageTexts(fs.readFileSync(path.join(seed.snapshot, 'print', file)))).join('\n')
    const flat = all.replace(/\s+/g, '')
    expect(flat).toContain('插图：钱磊')
    expect(flat).toContain('Illustration:QianLei')
  })
})
