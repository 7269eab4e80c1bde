import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import { seedContent } from '../../cms/src/content/seed'
import { dayInShanghai } from '../../cms/src/lib/time'
import { FIXTURE_CONTENT, freshCms } from '../helpers/cms'

let payload: Payload
let admin: Record<string, unknown>

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const idOf = async (collection: string, slug: string) =>
  (await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, draft: true, depth: 0 })).docs[0].id as number
/** What a visitor sees: only published documents. */
const visibleToVisitors = async (collection: string, id: number) =>
  (await payload.find({ collection: collection as never, where: { id: { equals: id } }, overrideAccess: false, depth: 0 })).totalDocs === 1

/** Schedules a publish the way the admin's schedule drawer does (its own server handler). */
async function schedule(collection: string, id: number, date: Date) {
  const req = await createLocalReq({ user: admin as never }, payload)
  const result = await schedulePublishHandler({ type: 'publish', date, doc: { relationTo: collection as never, value: String(id) }, req, timezone: 'Asia/Shanghai' } as never)
  expect(result).not.toHaveProperty('error')
}

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  const user = await payload.create({ collection: 'users', data: { email: 'schedule-admin@test.local', password: 'schedule-pass', roles: ['admin'] } as never })
  admin = { ...user, collection: 'users' }
})

describe('scheduled publishing', () => {
  it('publishes a page when its time has come, not before', async () => {
    const page = await payload.create({ collection: 'pages', data: { slug: 'fx-scheduled-page', title: '定时发布', _status: 'draft' }, draft: true })
    const at = new Date(Date.now() + 1500)
    await schedule('pages', page.id, at)
    const { docs: jobs } = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } }, depth: 0 })
    expect(jobs.map((j) => new Date(String(j.waitUntil)).toISOString())).toEqual([at.toISOString()])

    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'pages', id: page.id, draft: false, depth: 0 }))._status).toBe('draft')
    expect(await visibleToVisitors('pages', page.id)).toBe(false)

    await sleep(at.getTime() - Date.now() + 100)
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'pages', id: page.id, draft: false, depth: 0 }))._status).toBe('published')
    expect(await visibleToVisitors('pages', page.id)).toBe(true)
  })

  it('applies the publishing rules: a scheduled article outside its issue stays a draft and the job records why', async () => {
    const issue = await idOf('issues', 'fx-research-2013-1')
    const article = await payload.create({ collection: 'articles', data: { slug: 'fx-scheduled-unlisted', issue, title: '未列入目录', _status: 'draft' }, draft: true })
    await schedule('articles', article.id, new Date(Date.now() + 200))
    await sleep(300)
    await payload.jobs.run()
    expect((await payload.findByID({ collection: 'articles', id: article.id, draft: false, depth: 0 }))._status).toBe('draft')
    const { docs } = await payload.find({ collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(article.id) } }, depth: 0 })
    expect(JSON.stringify(docs[0].log)).toMatch(/does not list this article|目录中没有这篇文章/)
  })

  it('is offered for issues, articles, events and pages only', () => {
    const scheduled = payload.config.collections.filter((c) => typeof c.versions?.drafts === 'object' && c.versions.drafts.schedulePublish).map((c) => c.slug)
    expect(scheduled.sort()).toEqual(['articles', 'events', 'issues', 'pages'])
  })
})

describe('autosave', () => {
  it('keeps autosaved drafts as versions without touching the published document', async () => {
    const id = await idOf('pages', 'fx-digital-library')
    await payload.update({ collection: 'pages', id, data: { title: '自动保存中' }, draft: true, autosave: true })
    const { docs } = await payload.findVersions({ collection: 'pages', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, depth: 0 })
    expect(docs[0]).toMatchObject({ autosave: true, version: { title: '自动保存中', _status: 'draft' } })
    expect((await payload.findByID({ collection: 'pages', id, draft: false, depth: 0 })).title).toBe('数字图书馆')
    for (const c of payload.config.collections.filter((c) => c.versions?.drafts)) {
      expect((c.versions.drafts as { autosave?: { interval?: number } }).autosave?.interval, c.slug).toBeGreaterThan(0)
    }
  })
})

describe('Shanghai time', () => {
  it('the admin offers Shanghai time only, by default', () => {
    expect(payload.config.admin.timezones.defaultTimezone).toBe('Asia/Shanghai')
    expect(payload.config.admin.timezones.supportedTimezones.map((t) => t.value)).toEqual(['Asia/Shanghai'])
  })

  it('stores an event entered in Beijing time as its UTC instant, with its zone', async () => {
    const festival = await idOf('festivals', 'fx-festival')
    const branch = await idOf('branches', 'fx-chess')
    const event = await payload.create({
      collection: 'events',
      data: { slug: 'fx-time-event', festival, branch, title: '晚间讲座', startsAt: '2013-10-12T19:30:00+08:00', endsAt: '2013-10-12T21:00:00+08:00', _status: 'published' },
    })
    expect(event).toMatchObject({ startsAt: '2013-10-12T11:30:00.000Z', endsAt: '2013-10-12T13:00:00.000Z', startsAt_tz: 'Asia/Shanghai', endsAt_tz: 'Asia/Shanghai' })
  })

  it('keeps a day-only date on its day, whichever zone the picker ran in', async () => {
    const id = await idOf('issues', 'fx-research-2013-1')
    // 20 April picked: in Shanghai time (Payload's picker with timezone, noon there), at the UTC
    // noon the plain picker sends, and at Shanghai midnight (the day before, in UTC).
    for (const picked of ['2013-04-20T04:00:00.000Z', '2013-04-20T12:00:00.000Z', '2013-04-19T16:00:00.000Z']) {
      const saved = await payload.update({ collection: 'issues', id, data: { publishedAt: picked } })
      expect(saved.publishedAt, picked).toBe('2013-04-20T00:00:00.000Z')
    }
    expect(dayInShanghai('2013-04-20T00:00:00.000Z')).toBe('2013-04-20T00:00:00.000Z')
    expect(dayInShanghai(null)).toBeNull()
  })
})
