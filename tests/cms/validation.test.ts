import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../cms/src/content/seed'
import { FIXTURE_CONTENT, freshCms } from '../helpers/cms'

let payload: Payload
let festival: number
let chess: number

/** The field paths and messages of a refused save. */
async function problems(save: () => Promise<unknown>) {
  try {
    await save()
  } catch (error) {
    const errors = (error as { data?: { errors?: Array<{ path: string; message: string }> } }).data?.errors
    if (errors) return errors
    throw error
  }
  throw new Error('the save was accepted')
}

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  const find = async (collection: string, slug: string) =>
    (await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, draft: true })).docs[0].id as number
  festival = await find('festivals', 'fx-festival')
  chess = await find('branches', 'fx-chess')
})

const event = (over: Record<string, unknown>) => ({
  slug: 'fx-val-event',
  festival,
  title: '测试活动',
  startsAt: '2013-10-12T06:00:00.000Z',
  endsAt: '2013-10-12T08:00:00.000Z',
  branch: chess,
  ...over,
})

describe('validation refuses bad input with a message naming the field', () => {
  it('an event that ends before it starts', async () => {
    const errors = await problems(() => payload.create({ collection: 'events', data: event({ endsAt: '2013-10-12T05:00:00.000Z' }) as never }))
    expect(errors).toEqual([expect.objectContaining({ path: 'endsAt', message: expect.stringContaining('"Ends" must be later than "Starts"') })])
  })

  it('an event with no venue', async () => {
    const errors = await problems(() => payload.create({ collection: 'events', data: event({ branch: null }) as never }))
    expect(errors).toEqual([expect.objectContaining({ path: 'place', message: expect.stringContaining('An event needs a venue') })])
  })

  it('an ORCID with a wrong check digit', async () => {
    const errors = await problems(() =>
      payload.create({ collection: 'contributors', data: { slug: 'fx-bad-orcid', name: '某人', orcid: '0000-0002-1825-0098' } }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'orcid', message: expect.stringContaining('"0000-0002-1825-0098" is not valid') })])
    await expect(
      payload.create({ collection: 'contributors', data: { slug: 'fx-good-orcid', name: '某人', orcid: '0000-0002-1694-233X' } }),
    ).resolves.toMatchObject({ orcid: '0000-0002-1694-233X' })
  })

  it('an image without alt text', async () => {
    const filePath = path.join(FIXTURE_CONTENT, 'media/fx-reading-room.jpg')
    const errors = await problems(() => payload.create({ collection: 'media', data: { credit: 'x' } as never, filePath }))
    expect(errors.map((e) => e.path)).toEqual(['alt'])
  })

  it('a duplicate slug', async () => {
    const errors = await problems(() => payload.create({ collection: 'branches', data: { slug: 'fx-chess', name: '重复', kind: 'district' } }))
    expect(errors).toEqual([expect.objectContaining({ path: 'slug' })])
  })

  it('a slug that is not URL-safe', async () => {
    const errors = await problems(() => payload.create({ collection: 'pages', data: { slug: '数字 图书馆', title: 'x' } }))
    expect(errors).toEqual([expect.objectContaining({ path: 'slug', message: expect.stringContaining('lower-case letters, digits and hyphens') })])
  })

  it('opening hours that close before they open', async () => {
    const errors = await problems(() =>
      payload.update({ collection: 'branches', id: chess, data: { openingHours: [{ day: 'mon', opens: '18:00', closes: '09:00' }] } as never }),
    )
    expect(errors).toEqual([expect.objectContaining({ path: 'openingHours.0.closes', message: expect.stringContaining('must be after opening time 18:00') })])
  })
})

describe('localized reads', () => {
  const read = (locale: 'zh' | 'en' | 'all', fallbackLocale?: false) =>
    payload.find({ collection: 'pages', where: { slug: { equals: 'fx-digital-library' } }, locale, fallbackLocale, depth: 0 }).then((r) => r.docs[0])

  it('read zh, en, and all locales', async () => {
    expect((await read('zh')).title).toBe('数字图书馆')
    expect((await read('en')).title).toBe('Digital library')
    expect((await read('all')).title).toEqual({ zh: '数字图书馆', en: 'Digital library' })
  })

  it('falls back to Chinese where English is missing, unless asked not to', async () => {
    const zhBody = JSON.stringify((await read('zh')).body)
    expect(JSON.stringify((await read('en')).body)).toBe(zhBody)
    expect((await read('en', false)).body ?? null).toBeNull()
  })

  it('marks documents that lack a translation', async () => {
    expect((await read('zh')).translationStatus).toBe('partial')
    const fresh = await payload.create({ collection: 'pages', data: { slug: 'fx-zh-only', title: '只有中文' }, locale: 'zh' })
    expect(fresh.translationStatus).toBe('missing-en')
    const done = await payload.update({ collection: 'pages', id: fresh.id, data: { title: 'English too' }, locale: 'en' })
    expect(done.translationStatus).toBe('complete')
  })
})

it('the fixture content is what these tests assume', () => {
  expect(fs.existsSync(path.join(FIXTURE_CONTENT, 'pages/fx-digital-library.body.en.md'))).toBe(false)
})
