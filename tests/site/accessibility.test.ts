import fs from 'node:fs'
import { createRequire } from 'node:module'
import { expect, inject, it } from 'vitest'
import { useServedSite } from '../helpers/browser'

/** axe-core's WCAG 2.0–2.2 A/AA rules on every page type, both languages, phone and desktop widths. */
const { seed } = inject('sites')
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const PAGES = [
  '/zh/',
  '/zh/journals/',
  '/zh/journals/urban-library-research/',
  '/zh/issues/urban-library-research-2013-1/',
  '/zh/articles/central-branch-model/',
  '/zh/articles/chess-club/',
  '/zh/branches/',
  '/zh/branches/city-life/',
  '/zh/festival/hangzhou-learning-festival-2013/',
  '/zh/series/joyful-reading/',
  '/zh/events/flash-mob-wulin-square/',
  '/zh/pages/about/',
  '/zh/search/',
  '/zh/archive/',
  '/zh/accessibility/',
]
const served = useServedSite(seed.dist)

it.each(PAGES.flatMap((p) => [p, p.replace('/zh/', '/en/')]))('%s has no WCAG A/AA violations', async (path) => {
  for (const width of [390, 1280]) {
    // axe is the auditor's script, injected inline: the site's policy, which forbids inline scripts, is not audited here.
    const page = await served.browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true })
    await page.goto(`${served.origin}${path}`)
    await page.addScriptTag({ content: AXE })
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    })
    expect(violations, `${path} at ${width}px`).toEqual([])
    await page.close()
  }
})
