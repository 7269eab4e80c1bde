import { describe, expect, inject, it } from 'vitest'
import { useServedSite } from '../helpers/browser'

/** The small islands of client code, run in headless Chromium against the built seed site. */
const { seed } = inject('sites')
const served = useServedSite(seed.dist)

const open = async (path: string, options: { javaScriptEnabled?: boolean; width?: number; timezoneId?: string } = {}) => {
  const context = await served.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, viewport: { width: options.width ?? 390, height: 800 }, timezoneId: options.timezoneId })
  const page = await context.newPage()
  await page.goto(`${served.origin}${path}`)
  return page
}

describe('festival programme filters', () => {
  it('narrow the events by venue, audience and day without a reload, and say how many are left', async () => {
    const page = await open('/en/festival/hangzhou-learning-festival-2013/')
    const visible = () => page.locator('[data-view="series"] .event-item:visible').count()
    const all = await visible()
    expect(all).toBeGreaterThanOrEqual(15)
    await page.selectOption('select[name="venue"]', 'chess')
    const atChess = await visible()
    expect(atChess).toBeGreaterThan(0)
    expect(atChess).toBeLessThan(all)
    for (const item of await page.locator('[data-view="series"] .event-item:visible').all()) expect(await item.getAttribute('data-venue')).toBe('chess')
    await expect.poll(() => page.locator('.filter-count').textContent()).toMatch(new RegExp(`^${atChess} events?$`))
    await page.selectOption('select[name="venue"]', '')
    await page.selectOption('select[name="audience"]', 'children')
    for (const item of await page.locator('[data-view="series"] .event-item:visible').all()) {
      expect((await item.getAttribute('data-audience'))!.split(' ')).toEqual(expect.arrayContaining([expect.stringMatching(/^(children|all)$/)]))
    }
    await page.check('input[name="view"][value="day"]')
    expect(await page.locator('[data-view="series"]').isVisible()).toBe(false)
    expect(await page.locator('[data-view="day"] .event-item:visible').count()).toBe(await page.locator('[data-view="day"] .event-item[data-audience~="children"], [data-view="day"] .event-item[data-audience~="all"]').count())
    await page.context().close()
  })

  it('show the whole programme without JavaScript', async () => {
    const page = await open('/zh/festival/hangzhou-learning-festival-2013/', { javaScriptEnabled: false })
    expect(await page.locator('[data-programme-filters]').isVisible()).toBe(false)
    expect(await page.locator('[data-view="series"] .event-item').count()).toBeGreaterThanOrEqual(15)
    await page.context().close()
  })
})

describe('open now', () => {
  it('computes the state from the structured hours, in Shanghai time', async () => {
    const page = await open('/en/branches/central/', { timezoneId: 'America/New_York' })
    const line = page.locator('.open-now')
    await expect.poll(() => line.isVisible()).toBe(true)
    expect(await line.textContent()).toMatch(/^(Open now, closes at \d\d:\d\d|Closed now, opens (today|\w+day) at \d\d:\d\d|Closed now)$/)
    await page.context().close()
  })
})

describe('parallel reading', () => {
  it('switches to one language and back', async () => {
    const page = await open('/zh/articles/chess-club/', { width: 1280 })
    const en = page.locator('.parallel .col[data-col="en"]').first()
    expect(await en.isVisible()).toBe(true)
    await page.click('button[data-show-choice="zh"]')
    expect(await en.isVisible()).toBe(false)
    expect(await page.locator('button[data-show-choice="zh"]').getAttribute('aria-pressed')).toBe('true')
    await page.click('button[data-show-choice="both"]')
    expect(await en.isVisible()).toBe(true)
    await page.context().close()
  })

  it('puts Chinese and English side by side on wide screens and stacks them on phones', async () => {
    for (const [width, sideBySide] of [[1280, true], [390, false]] as const) {
      const page = await open('/en/articles/chess-club/', { width })
      const [first, second] = await page.locator('.parallel .pair').first().locator('.col').all()
      const a = (await first.boundingBox())!
      const b = (await second.boundingBox())!
      expect(Math.abs(a.y - b.y) < 2, `width ${width}`).toBe(sideBySide)
      await page.context().close()
    }
  })
})

describe('keyboard and layout', () => {
  it('focuses the search box with "/"', async () => {
    const page = await open('/en/')
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search')
    await page.context().close()
  })

  it('fits a 320 px screen without horizontal scrolling on every page type', async () => {
    for (const path of ['/zh/', '/zh/articles/chess-club/', '/zh/issues/urban-library-research-2013-1/', '/zh/branches/', '/zh/branches/city-life/', '/zh/festival/hangzhou-learning-festival-2013/', '/en/events/flash-mob-wulin-square/', '/en/search/']) {
      const page = await open(path, { width: 320 })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, path).toBeLessThanOrEqual(0)
      await page.context().close()
    }
  })
})
