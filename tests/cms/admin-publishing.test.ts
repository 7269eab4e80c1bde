import type { Browser, BrowserContext } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seededAdmin } from '../helpers/admin'

// The admin runs as in production: its schema comes from the committed migrations.
process.env.NODE_ENV = 'production'

const PASSWORD = 'admin-test-pass'
let payload: Payload
let browser: Browser
let admin: { origin: string; stop: () => void }
let ids: Record<string, number>

/** A logged-in admin session in a browser whose clock is in `timezoneId`, UI in Chinese. */
async function session(timezoneId: string): Promise<BrowserContext> {
  const context = await browser.newContext({ timezoneId, locale: 'zh-CN' })
  const login = await context.request.post(`${admin.origin}/api/users/login`, { data: { email: 'admin-ui@test.local', password: PASSWORD } })
  expect(login.status()).toBe(200)
  return context
}

beforeAll(async () => {
  ;({ payload, ids, admin, browser } = await seededAdmin('admin-ui@test.local', PASSWORD, [
    ['articles', 'fx-chess-club'],
    ['events', 'fx-flash-mob'],
    ['issues', 'fx-research-2013-1'],
  ]))
}, 900_000)

afterAll(async () => {
  await browser?.close()
  admin?.stop()
})

describe('the admin, in a real browser', () => {
  it('counts the parallel-text blocks of an article live, as the editor types', async () => {
    const context = await session('Asia/Shanghai')
    const page = await context.newPage()
    await page.goto(`${admin.origin}/admin/collections/articles/${ids['fx-chess-club']}`)
    const counts = page.locator('[data-block-counts]')
    await expect.poll(() => counts.textContent(), { timeout: 30_000 }).toBe('中文 2 段 · 英文 2 段：已对齐')
    const editor = page.locator('[data-lexical-editor="true"]').first()
    await editor.locator('p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.press('Enter')
    await page.keyboard.type('多出来的一段。')
    await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toBe('中文 3 段 · 英文 2 段：未对齐，发布前须相同')
    expect(await counts.getAttribute('data-block-counts')).toBe('misaligned')
    await context.close()
  })

  it('shows a refused publish on the field, in the admin language', async () => {
    const issue = (await payload.find({ collection: 'issues', where: { slug: { equals: 'fx-research-2013-1' } }, depth: 0 })).docs[0].id
    const draft = await payload.create({ collection: 'articles', data: { slug: 'fx-admin-unlisted', issue, title: '未列入目录', _status: 'draft' }, draft: true })
    for (const [locale, message] of [
      ['zh-CN', '期次“fx-research-2013-1”已发布的目录中没有这篇文章'],
      ['en-US', 'The published table of contents of issue "fx-research-2013-1" does not list this article'],
    ]) {
      const context = await session('Asia/Shanghai')
      const page = await context.newPage()
      // The admin language an editor chose (Payload keeps it in this cookie).
      await context.addCookies([{ name: 'payload-lng', value: locale.slice(0, 2), url: admin.origin }])
      await page.goto(`${admin.origin}/admin/collections/articles/${draft.id}`)
      await page.locator('#action-save').click()
      await expect.poll(() => page.locator('#field-issue').textContent(), { timeout: 15_000 }).toContain(message)
      await context.close()
    }
    expect((await payload.findByID({ collection: 'articles', id: draft.id, depth: 0, draft: false }))._status).toBe('draft')
  })

  it('shows date-times and days in Shanghai time to an editor whose clock is in New York: forms, list, schedule drawer', async () => {
    const context = await session('America/New_York')
    const page = await context.newPage()
    // Stored 2013-10-12T06:00Z: 14:00 in Shanghai (02:00 on a New York clock).
    await page.goto(`${admin.origin}/admin/collections/events/${ids['fx-flash-mob']}`)
    await expect.poll(() => page.locator('#field-startsAt input').first().inputValue(), { timeout: 30_000 }).toBe('2013-10-12 14:00')
    // Stored as the day 2013-03-25 (midnight UTC: the evening before, in New York).
    await page.goto(`${admin.origin}/admin/collections/issues/${ids['fx-research-2013-1']}`)
    await expect.poll(() => page.locator('#field-publishedAt input').first().inputValue(), { timeout: 30_000 }).toBe('2013-03-25')
    // The events list shows the same Beijing time.
    await page.goto(`${admin.origin}/admin/collections/events`)
    await expect.poll(() => page.locator('table').first().innerText(), { timeout: 30_000 }).toContain('2013-10-12 14:00')
    // The schedule drawer of a scheduled collection offers Beijing time only.
    await page.goto(`${admin.origin}/admin/collections/issues/${ids['fx-research-2013-1']}`)
    await page.locator('#action-save-popup .popup-button').click()
    await page.locator('#schedule-publish').click()
    await expect.poll(() => page.locator('.timezone-picker').first().innerText(), { timeout: 15_000 }).toBe('北京时间 Beijing time (UTC+08:00)')
    await context.close()
  })
})
