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

describe('every field refuses broken input, drafts included', () => {
  const article = async () => (await payload.find({ collection: 'articles', where: { slug: { equals: 'fx-third-space' } }, draft: true })).docs[0]
  const draftUpdate = (collection: string, id: number | string, data: Record<string, unknown>, locale: 'zh' | 'en' = 'zh') => () =>
    payload.update({ collection: collection as never, id, data: data as never, draft: true, locale })
  const bigDraftText = 'x'.repeat(60 * 1024 * 1024)

  it('a date that does not exist is refused, not rolled over into March', async () => {
    const errors = await problems(() => payload.create({ collection: 'events', data: event({ slug: 'fx-feb-30', startsAt: '2013-02-30T06:00:00.000Z', endsAt: '2013-03-05T06:00:00.000Z' }) as never }))
    expect(errors).toEqual([{ path: 'startsAt', message: '“开始（北京时间）”（startsAt）“2013-02-30T06:00:00.000Z”不是存在的日期（2013年2月没有30日）' }])
    const { id } = await article()
    const draft = await problems(draftUpdate('articles', id, { references: [{ type: 'EB/OL', title: 'x', accessed: '2013-02-30' }] }))
    expect(draft).toEqual([expect.objectContaining({ path: 'references.0.accessed', message: expect.stringContaining('“2013-02-30”不是存在的日期') })])
    const hours = await problems(draftUpdate('branches', chess, { hoursExceptions: [{ date: '2013-04-31', closed: true }] }))
    expect(hours).toEqual([expect.objectContaining({ path: 'hoursExceptions.0.date' })])
    await expect(payload.update({ collection: 'branches', id: chess, data: { hoursExceptions: [{ date: '2012-02-29', closed: true }] } as never })).resolves.toBeTruthy()
  })

  it('year −1 is refused in a date and in a year number, also in a draft', async () => {
    const errors = await problems(() => payload.create({ collection: 'festivals', draft: true, data: { slug: 'fx-year', name: 'x', year: -1, startsOn: '-000001-05-01T00:00:00.000Z' } as never }))
    expect(errors.map((e) => e.path).sort()).toEqual(['startsOn', 'year'])
    expect(errors.find((e) => e.path === 'year')!.message).toBe('“年份”（year）超出范围：-1年，应在1900～2100年之间')
  })

  it('NUL bytes and lone surrogates are refused in text, textarea, hasMany text and rich text', async () => {
    const { id } = await article()
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ title: 'a\u0000b' }, 'title'],
      [{ abstract: 'ok\ud800 then' }, 'abstract'],
      [{ keywords: ['fine', 'bad\udc00'] }, 'keywords'],
      [{ references: [{ type: 'J', title: 'x\u0000' }] }, 'references.0.title'],
      [{ body: { root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', text: 'nul\u0000', version: 1 }] }] } } }, 'body'],
    ]
    for (const [data, path] of cases) {
      const errors = await problems(draftUpdate('articles', id, data))
      expect(errors, path).toEqual([expect.objectContaining({ path, message: expect.stringMatching(/空字符|孤立代理项/) })])
    }
    const stored = await payload.findByID({ collection: 'articles', id, draft: true, locale: 'zh' })
    expect(JSON.stringify(stored)).not.toMatch(/\\u0000|\\ud800|\\udc00/)
  })

  it('a 60 MB string in a draft is refused, naming the field and the limit', async () => {
    const { id } = await article()
    const errors = await problems(draftUpdate('articles', id, { abstract: bigDraftText }, 'en'))
    expect(errors).toEqual([{ path: 'abstract', message: expect.stringContaining('过长：62,914,560 个字符，最多 50,000 个') }])
    const title = await problems(draftUpdate('articles', id, { title: 'y'.repeat(10_001) }))
    expect(title[0].message).toContain('最多 10,000 个')
  })

  it('REST answers in the editor’s language', async () => {
    const { handleEndpoints } = await import('payload')
    const config = (await import('../../cms/src/payload.config')).default
    await payload.create({ collection: 'users', data: { email: 'val-admin@test.local', password: 'val-pass-1', roles: ['admin'] } as never })
    const send = async (url: string, body: unknown, headers: Record<string, string> = {}) =>
      handleEndpoints({ config, request: new Request(`http://localhost/api${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }) })
    const { token } = (await (await send('/users/login', { email: 'val-admin@test.local', password: 'val-pass-1' })).json()) as { token: string }
    const response = await send('/contributors?draft=true', { slug: 'fx-nul', name: 'a\u0000' }, { authorization: `JWT ${token}`, 'accept-language': 'en' })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { errors: Array<{ data: { errors: Array<{ path: string; message: string }> } }> }
    expect(body.errors[0].data.errors).toEqual([{ path: 'name', message: '"Name" (name) contains a NUL character (at character 2); remove it' }])
  })
})

it('a document keeps its last 20 versions', async () => {
  const page = await payload.create({ collection: 'pages', data: { slug: 'fx-versions', title: 'v0' }, draft: true })
  for (let i = 1; i <= 25; i++) await payload.update({ collection: 'pages', id: page.id, data: { title: `v${i}` }, draft: true })
  const { totalDocs, docs } = await payload.findVersions({ collection: 'pages', where: { parent: { equals: page.id } }, sort: '-updatedAt', limit: 100 })
  expect(totalDocs).toBe(20)
  expect((docs[0].version as { title: string }).title).toBe('v25')
})
