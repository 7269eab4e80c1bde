import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useServedSite } from '../helpers/browser'

/**
 * Chinese on screen (W3C CLREQ): punctuation set by a CJK font (full-width “ ” — ·), spacing between
 * Han and Latin where the browser can, and a comfortable measure: 30–40 characters a line for
 * Chinese prose, 60–75 for English. Measured in Chromium on the seed site at desktop width, with
 * Debian's fonts (fonts-noto-cjk: Noto Sans/Serif CJK SC; DejaVu is its system-ui).
 */
const { seed } = inject('sites')
const served = useServedSite(seed.dist)
const ARTICLE = '/articles/central-branch-model/'

async function open(path: string, width = 1280): Promise<Page> {
  const page = await served.browser.newPage({ viewport: { width, height: 900 } })
  await page.goto(`${served.origin}${path}`)
  return page
}

/** The fonts Chromium really used for an element's own text (DevTools protocol). */
async function fontsOf(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  const { root } = await cdp.send('DOM.getDocument')
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
  await cdp.detach()
  return fonts.map((f) => f.familyName)
}

/** Characters per full line of the longest paragraphs of the article body (the last line of each left out). */
function charactersPerLine(page: Page) {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose > p')].sort((a, b) => b.textContent!.length - a.textContent!.length).slice(0, 3)
    return paragraphs.map((p) => {
      const range = document.createRange()
      range.selectNodeContents(p)
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
      const text = p.textContent!.replace(/\s+/g, ' ').trim()
      const [first] = [...lines].sort((a, b) => a - b)
      // Characters on the first line: walk the text until a character sits lower.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT)
      let count = 0
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.textContent!.length; i++) {
          const r = document.createRange()
          r.setStart(node, i)
          r.setEnd(node, i + 1)
          const rect = r.getClientRects()[0]
          if (rect && Math.round(rect.top) > first + 2) return { lines: lines.size, first: count, length: text.length }
          count++
        }
      }
      return { lines: lines.size, first: count, length: text.length }
    })
  })
}

describe('Chinese on screen', () => {
  it('sets Chinese punctuation with a CJK font, in text and in headings', async () => {
    const page = await open(`/zh${ARTICLE}`)
    // The title opens and closes with “ ” and holds a dash: “中心馆—总分馆”：…
    expect(await page.locator('h1').textContent()).toMatch(/“.*—.*”/)
    const fonts = await fontsOf(page, 'h1')
    expect(fonts.length).toBeGreaterThan(0)
    expect(fonts.filter((f) => !/CJK/.test(f)), `fonts used: ${fonts.join(', ')}`).toEqual([])
    // A paragraph of the body whose own text holds quotes, marked so the protocol can find it.
    const marked = await page.evaluate(() => {
      const found = [...document.querySelectorAll('.prose > p')].find((el) => [...el.childNodes].some((n) => n.nodeType === 3 && /[“”]/.test(n.textContent!)))
      found?.setAttribute('data-test-quoted', '')
      return Boolean(found)
    })
    expect(marked).toBe(true)
    const proseFonts = await fontsOf(page, '[data-test-quoted]')
    expect(proseFonts.filter((f) => !/CJK/.test(f)), `fonts used: ${proseFonts.join(', ')}`).toEqual([])
    await page.close()
  })

  it('keeps English pages in Latin fonts, quotes included', async () => {
    const page = await open(`/en${ARTICLE}`)
    expect(await page.locator('h1').textContent()).toContain('“')
    const fonts = await fontsOf(page, 'h1')
    expect(fonts.filter((f) => /CJK/.test(f)), `fonts used: ${fonts.join(', ')}`).toEqual([])
    await page.close()
  })

  it('spaces Han and Latin and trims doubled punctuation in Chinese', async () => {
    const page = await open(`/zh${ARTICLE}`)
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.prose p')!)
      return { autospace: s.getPropertyValue('text-autospace'), trim: s.getPropertyValue('text-spacing-trim') }
    })
    expect(style).toEqual({ autospace: 'normal', trim: 'normal' })
    await page.close()
  })

  it('sets headings in one family: page title, template headings and prose headings', async () => {
    for (const lang of ['zh', 'en']) {
      const page = await open(`/${lang}${ARTICLE}`)
      const families = await page.evaluate(() =>
        ['h1', '.abstract h2', '.prose h2', '.prose p'].map((s) => getComputedStyle(document.querySelector(s)!).fontFamily),
      )
      expect(new Set(families).size, `${lang}: ${families.join(' | ')}`).toBe(1)
      await page.close()
    }
  })

  it('sets Chinese prose 30–40 characters a line and English 60–75', async () => {
    for (const [lang, min, max] of [['zh', 30, 40], ['en', 60, 75]] as const) {
      for (const width of [1280, 1024]) {
        const page = await open(`/${lang}${ARTICLE}`, width)
        const measured = await charactersPerLine(page)
        expect(measured.length).toBe(3)
        for (const m of measured) {
          expect(m.lines, `${lang} at ${width}px`).toBeGreaterThan(2)
          expect(m.first, `${lang} at ${width}px: ${JSON.stringify(m)}`).toBeGreaterThanOrEqual(min)
          expect(m.first, `${lang} at ${width}px: ${JSON.stringify(m)}`).toBeLessThanOrEqual(max)
        }
        await page.close()
      }
    }
  })
})
