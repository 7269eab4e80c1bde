import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../cms/src/content/export'
import { readSnapshot } from '../../cms/src/content/snapshot'
import { seedContent } from '../../cms/src/content/seed'
import { FIXTURE_CONTENT, freshCms, tempDir } from '../helpers/cms'

let payload: Payload
const ids: Record<string, number> = {}
const users: Record<string, Record<string, unknown>> = {}
const PASSWORD = 'media-test-pass'
const config = async () => (await import('../../cms/src/payload.config')).default

const find = async (collection: string, slug: string) =>
  (await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, draft: true, depth: 0 })).docs[0].id as number

/** An upload under a name of its own (a copy of the fixture photo). */
async function upload(filename: string) {
  const file = path.join(tempDir('uploads'), filename)
  fs.copyFileSync(path.join(FIXTURE_CONTENT, 'media/fx-reading-room.jpg'), file)
  const doc = await payload.create({ collection: 'media', data: { alt: filename } as never, filePath: file })
  ids[filename] = doc.id as number
}

const media = async (filename: string) =>
  (await payload.findByID({ collection: 'media', id: ids[filename], depth: 0 })) as unknown as { public: boolean; editScope: string; sizes: { thumbnail: { filename: string } } }

async function rest(method: string, url: string, body?: unknown, token?: string) {
  const request = new Request(`http://localhost/api${url}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const response = await handleEndpoints({ config: await config(), request })
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) }
}
const json = (body: Buffer) => JSON.parse(body.toString()) as Record<string, unknown>

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  for (const [c, slug] of [
    ['articles', 'fx-third-space'],
    ['articles', 'fx-unfinished'],
    ['journals', 'fx-research'],
    ['journals', 'fx-magazine'],
    ['branches', 'fx-chess'],
    ['branches', 'fx-central'],
    ['events', 'fx-flash-mob'],
    ['events', 'fx-tbc'],
    ['pages', 'fx-digital-library'],
  ]) ids[slug] = await find(c, slug)
  ids['fx-reading-room.jpg'] = (await payload.find({ collection: 'media', where: { filename: { equals: 'fx-reading-room.jpg' } } })).docs[0].id as number
  for (const name of ['draft-only.jpg', 'unused.jpg', 'research-cover.jpg', 'chess-photo.jpg', 'festival.jpg', 'draft-figure.jpg']) await upload(name)
  // A figure in the body of a draft article; a cover of a published journal; photos and images.
  await payload.update({ collection: 'articles', id: ids['fx-unfinished'], draft: true, locale: 'en',
    data: { body: figureBody(ids['draft-only.jpg']) } as never })
  await payload.update({ collection: 'journals', id: ids['fx-research'], data: { cover: ids['research-cover.jpg'] } as never })
  await payload.update({ collection: 'branches', id: ids['fx-chess'], data: { photos: [ids['fx-reading-room.jpg'], ids['chess-photo.jpg']] } as never })
  await payload.update({ collection: 'events', id: ids['fx-flash-mob'], data: { images: [ids['festival.jpg']] } as never })
  // A new draft of a published article that adds an image: the live article does not show it.
  await payload.update({ collection: 'articles', id: ids['fx-third-space'], draft: true, locale: 'zh',
    data: { body: figureBody(ids['draft-figure.jpg']) } as never })
  for (const [key, roles, scope] of [
    ['admin', ['admin'], {}],
    ['journal', ['journal-editor'], { journals: [ids['fx-research']] }],
    ['branch', ['branch-editor'], { branches: [ids['fx-chess']] }],
    ['festival', ['festival-editor'], {}],
  ] as const) {
    const user = await payload.create({ collection: 'users', data: { email: `${key}@test.local`, password: PASSWORD, roles, ...scope } as never })
    users[key] = { ...user, collection: 'users' }
  }
})

function figureBody(media: number) {
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })
  const figure = { type: 'block', version: 2, format: '', fields: { id: `fig${media}`, blockName: '', blockType: 'figure', media } }
  return { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [paragraph('Text.'), figure] } }
}

describe('media visibility follows the documents that use it', () => {
  it('is worked out on save and on seed', async () => {
    expect(await media('draft-only.jpg')).toMatchObject({ public: false, editScope: `journal:${ids['fx-research']}` })
    expect(await media('draft-figure.jpg')).toMatchObject({ public: false, editScope: `journal:${ids['fx-research']}` })
    expect(await media('unused.jpg')).toMatchObject({ public: false, editScope: 'unused' })
    expect(await media('research-cover.jpg')).toMatchObject({ public: true, editScope: `journal:${ids['fx-research']}` })
    expect(await media('chess-photo.jpg')).toMatchObject({ public: true, editScope: `branch:${ids['fx-chess']}` })
    expect(await media('festival.jpg')).toMatchObject({ public: true, editScope: 'festival' })
    // The magazine's cover, a figure in a research article, a photo of a branch: three scopes.
    expect(await media('fx-reading-room.jpg')).toMatchObject({ public: true, editScope: 'shared' })
  })

  it('anonymous REST lists and reads only public media', async () => {
    const list = json((await rest('GET', '/media?limit=100&depth=0')).body)
    expect((list.docs as Array<{ filename: string }>).map((d) => d.filename).sort()).toEqual(
      ['chess-photo.jpg', 'festival.jpg', 'fx-reading-room.jpg', 'research-cover.jpg'],
    )
    expect((await rest('GET', `/media/${ids['draft-only.jpg']}`)).status).toBe(404)
    expect((await rest('GET', `/media/${ids['research-cover.jpg']}`)).status).toBe(200)
  })

  it('anonymous GraphQL lists only public media', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ allMedia(limit: 100) { docs { filename } } Media(id: ${ids['draft-only.jpg']}) { filename } }` }),
    })
    const result = (await (await GRAPHQL_POST(await config())(request)).json()) as {
      data: { allMedia: { docs: Array<{ filename: string }> }; Media: unknown }
    }
    expect(result.data.allMedia.docs.map((d) => d.filename).sort()).toEqual(['chess-photo.jpg', 'festival.jpg', 'fx-reading-room.jpg', 'research-cover.jpg'])
    expect(result.data.Media).toBeNull()
  })

  it('the file route serves public originals and sizes only', async () => {
    const served = await rest('GET', '/media/file/research-cover.jpg')
    expect(served.status).toBe(200)
    expect(served.body.subarray(0, 2).toString('hex')).toBe('ffd8') // a JPEG
    for (const name of ['draft-only.jpg', 'unused.jpg', (await media('draft-only.jpg')).sizes.thumbnail.filename]) {
      const refused = await rest('GET', `/media/file/${name}`)
      expect([403, 404], name).toContain(refused.status)
      expect(refused.body.subarray(0, 2).toString('hex'), name).not.toBe('ffd8')
    }
    const token = await login('journal')
    expect((await rest('GET', '/media/file/draft-only.jpg', undefined, token)).status).toBe(200)
  })

  it('the export takes only media that published documents use', async () => {
    const out = path.join(tempDir('snapshot'), 'snap')
    await exportSnapshot(payload, out)
    const files = readSnapshot(out).get('media')!.map((m) => m.filename).sort()
    expect(files).toEqual(['chess-photo.jpg', 'festival.jpg', 'fx-reading-room.jpg', 'research-cover.jpg'])
    expect(fs.readdirSync(path.join(out, 'media')).sort()).not.toContain('draft-only.jpg')
  })

  it('is recomputed on publish, unpublish and delete', async () => {
    // The publishing rules want an article in its issue's contents before it is published.
    const issue = (await payload.find({ collection: 'issues', where: { slug: { equals: 'fx-research-2013-1' } }, depth: 0 })).docs[0]
    const toc = (issue.toc ?? []) as Array<{ id: string; articles: number[] }>
    await payload.update({ collection: 'issues', id: issue.id, data: { toc: toc.map((row, i) => (i === 0 ? { ...row, articles: [...row.articles, ids['fx-unfinished']] } : row)) } as never })
    await payload.update({ collection: 'articles', id: ids['fx-unfinished'], data: { _status: 'published' } as never, draft: false })
    expect(await media('draft-only.jpg')).toMatchObject({ public: true })
    await payload.update({ collection: 'articles', id: ids['fx-unfinished'], data: { _status: 'draft' } as never })
    expect(await media('draft-only.jpg')).toMatchObject({ public: false })
    await payload.delete({ collection: 'articles', id: ids['fx-unfinished'] })
    expect(await media('draft-only.jpg')).toMatchObject({ public: false, editScope: 'unused' })
  })
})

const as = (key: string) => ({ overrideAccess: false, user: users[key] as never })
const changeAlt = (who: string, file: string) => () =>
  payload.update({ collection: 'media', id: ids[file], data: { alt: `by ${who}` } as never, ...as(who) })
const allowed = (attempt: () => Promise<unknown>) => expect(attempt()).resolves.toBeTruthy()
const refused = (attempt: () => Promise<unknown>) =>
  expect(attempt()).rejects.toSatisfy((error: { status?: number }) => error.status === 403 || error.status === 404)
const login = async (key: string) =>
  json((await rest('POST', '/users/login', { email: `${key}@test.local`, password: PASSWORD })).body).token as string

describe('editors change only the media of their own scope', () => {
  it('a journal editor: their journal’s images and unused ones', async () => {
    await allowed(changeAlt('journal', 'research-cover.jpg'))
    await allowed(changeAlt('journal', 'unused.jpg'))
    await refused(changeAlt('journal', 'chess-photo.jpg'))
    await refused(changeAlt('journal', 'festival.jpg'))
    await refused(changeAlt('journal', 'fx-reading-room.jpg'))
    await refused(() => payload.delete({ collection: 'media', id: ids['chess-photo.jpg'], ...as('journal') }))
  })

  it('a branch editor: their branch’s images', async () => {
    await allowed(changeAlt('branch', 'chess-photo.jpg'))
    await refused(changeAlt('branch', 'research-cover.jpg'))
    await refused(changeAlt('branch', 'fx-reading-room.jpg'))
    await refused(() => payload.delete({ collection: 'media', id: ids['research-cover.jpg'], ...as('branch') }))
  })

  it('a festival editor: the festival’s images', async () => {
    await allowed(changeAlt('festival', 'festival.jpg'))
    await refused(changeAlt('festival', 'chess-photo.jpg'))
  })

  it('the same over REST, and bulk updates touch only what is in scope', async () => {
    const token = await login('branch')
    expect((await rest('PATCH', `/media/${ids['research-cover.jpg']}`, { alt: 'no' }, token)).status).toBe(403)
    expect((await rest('PATCH', `/media/${ids['chess-photo.jpg']}`, { alt: 'yes' }, token)).status).toBe(200)
    const bulk = json((await rest('PATCH', '/media?where[alt][exists]=true', { credit: 'bulk by branch' }, token)).body)
    // Their branch's photo, and what nothing uses (draft-only.jpg since its article was deleted).
    expect((bulk.docs as Array<{ filename: string }>).map((d) => d.filename).sort()).toEqual(['chess-photo.jpg', 'draft-only.jpg', 'unused.jpg'])
    expect((await payload.findByID({ collection: 'media', id: ids['research-cover.jpg'] })).credit ?? null).not.toBe('bulk by branch')
  })

  it('editors cannot set the derived fields; every editor may upload', async () => {
    const changed = await payload.update({ collection: 'media', id: ids['unused.jpg'], data: { public: true, editScope: 'festival' } as never, ...as('festival') })
    expect(changed).toMatchObject({ public: false, editScope: 'unused' })
    const file = path.join(tempDir('uploads'), 'new-by-festival.jpg')
    fs.copyFileSync(path.join(FIXTURE_CONTENT, 'media/fx-reading-room.jpg'), file)
    await allowed(() => payload.create({ collection: 'media', data: { alt: 'new' } as never, filePath: file, ...as('festival') }))
  })

  it('admins change and delete everything', async () => {
    await allowed(changeAlt('admin', 'fx-reading-room.jpg'))
    await allowed(() => payload.delete({ collection: 'media', id: ids['unused.jpg'], ...as('admin') }))
  })
})

it('visitors do not see which images a document uses', async () => {
  const { body } = await rest('GET', `/branches/${ids['fx-chess']}?depth=1`)
  const branch = json(body)
  expect(branch.photos).toBeDefined()
  expect(branch).not.toHaveProperty('mediaUsed')
  const staff = await payload.findByID({ collection: 'branches', id: ids['fx-chess'], depth: 0 })
  expect((staff as { mediaUsed?: number[] }).mediaUsed?.sort()).toEqual([ids['fx-reading-room.jpg'], ids['chess-photo.jpg']].sort())
})

it('an editor’s save over REST updates the visibility of what it uses', async () => {
  const token = await login('journal')
  expect((await media('draft-only.jpg'))).toMatchObject({ public: false, editScope: 'unused' })
  const saved = await rest('PATCH', `/journals/${ids['fx-research']}`, { cover: ids['draft-only.jpg'] }, token)
  expect(saved.status).toBe(200)
  expect(await media('draft-only.jpg')).toMatchObject({ public: true, editScope: `journal:${ids['fx-research']}` })
  expect(await media('research-cover.jpg')).toMatchObject({ public: false, editScope: 'unused' })
  // What a request says the document uses is ignored: it is worked out from the fields.
  await rest('PATCH', `/journals/${ids['fx-research']}`, { mediaUsed: [ids['festival.jpg']] }, token)
  const journal = await payload.findByID({ collection: 'journals', id: ids['fx-research'], depth: 0 })
  expect((journal as { mediaUsed?: number[] }).mediaUsed).toEqual([ids['draft-only.jpg']])
})

it('a database from before media visibility gets its flags and usage lists worked out', async () => {
  const { refreshMediaVisibility } = await import('../../cms/src/media/visibility')
  // As the migration leaves an old database: no usage lists, every image private and unused.
  await payload.db.updateOne({ collection: 'branches', id: ids['fx-chess'], data: { mediaUsed: [] }, returning: false })
  await payload.db.updateOne({ collection: 'media', id: ids['chess-photo.jpg'], data: { public: false, editScope: 'unused' }, returning: false })
  expect(await media('chess-photo.jpg')).toMatchObject({ public: false, editScope: 'unused' })
  await refreshMediaVisibility(payload)
  expect(await media('chess-photo.jpg')).toMatchObject({ public: true, editScope: `branch:${ids['fx-chess']}` })
  const branch = await payload.findByID({ collection: 'branches', id: ids['fx-chess'], depth: 0 })
  expect(((branch as { mediaUsed?: number[] }).mediaUsed ?? []).sort()).toEqual([ids['fx-reading-room.jpg'], ids['chess-photo.jpg']].sort())
})

it('moving an issue to another journal moves its articles’ images to that journal’s scope', async () => {
  // draft-figure.jpg is used only by a draft of fx-third-space, in issue fx-research-2013-1.
  expect(await media('draft-figure.jpg')).toMatchObject({ editScope: `journal:${ids['fx-research']}` })
  const issue = await find('issues', 'fx-research-2013-1')
  await payload.update({ collection: 'issues', id: issue, data: { journal: ids['fx-magazine'] } as never })
  expect(await media('draft-figure.jpg')).toMatchObject({ editScope: `journal:${ids['fx-magazine']}` })
})
