import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { seedContent } from '../../cms/src/content/seed'
import { FIXTURE_CONTENT, freshCms } from '../helpers/cms'

let payload: Payload
const users: Record<string, Record<string, unknown>> = {}
const ids: Record<string, number | string> = {}
const PASSWORD = 'access-test-pass'

const idOf = async (collection: string, slug: string) => {
  const { docs } = await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, draft: true, depth: 0 })
  return docs[0].id as number
}

async function makeUser(key: string, roles: string[], scope: Record<string, unknown> = {}) {
  const user = await payload.create({ collection: 'users', data: { email: `${key}@test.local`, password: PASSWORD, roles, ...scope } as never })
  users[key] = { ...user, collection: 'users' }
}

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  for (const [c, slug] of [
    ['articles', 'fx-third-space'],
    ['articles', 'fx-chess-club'],
    ['articles', 'fx-unfinished'],
    ['journals', 'fx-research'],
    ['journals', 'fx-magazine'],
    ['issues', 'fx-research-2013-1'],
    ['issues', 'fx-magazine-2013-1'],
    ['branches', 'fx-central'],
    ['branches', 'fx-chess'],
    ['events', 'fx-flash-mob'],
    ['events', 'fx-tbc'],
    ['festivals', 'fx-festival'],
    ['series', 'fx-reading'],
    ['pages', 'fx-digital-library'],
  ]) ids[slug] = await idOf(c, slug)
  await makeUser('admin', ['admin'])
  await makeUser('journal', ['journal-editor'], { journals: [ids['fx-research']] })
  await makeUser('branch', ['branch-editor'], { branches: [ids['fx-chess']] })
  await makeUser('festival', ['festival-editor'])
})

type Attempt = () => Promise<unknown>
const as = (key: string | null) => ({ overrideAccess: false, user: key ? (users[key] as never) : undefined })
const allowed = async (attempt: Attempt) => expect(attempt()).resolves.toBeTruthy()
/** Refused: Payload's Forbidden (403), or NotFound (404) where the scope hides the document. */
const refused = async (attempt: Attempt) =>
  expect(attempt()).rejects.toSatisfy((error: { status?: number }) => error.status === 403 || error.status === 404)

const updateTitle = (who: string | null, collection: string, slug: string, field = 'title') => () =>
  payload.update({ collection: collection as never, id: ids[slug], data: { [field]: `changed by ${who}` } as never, ...as(who) })

describe('access matrix through the Local API (overrideAccess: false)', () => {
  it('anonymous visitors read published documents only and write nothing', async () => {
    const { docs } = await payload.find({ collection: 'articles', ...as(null), draft: true })
    expect(docs.map((d) => d.slug).sort()).toEqual(['fx-chess-club', 'fx-third-space'])
    await refused(() => payload.findByID({ collection: 'events', id: ids['fx-tbc'], ...as(null), draft: true }))
    await refused(updateTitle(null, 'articles', 'fx-third-space'))
    await refused(() => payload.create({ collection: 'contributors', data: { slug: 'anon', name: 'x' }, ...as(null) }))
  })

  it('a journal editor edits their own journal only', async () => {
    await allowed(updateTitle('journal', 'articles', 'fx-third-space'))
    await allowed(updateTitle('journal', 'journals', 'fx-research'))
    await allowed(() =>
      payload.create({ collection: 'issues', data: { slug: 'fx-research-2013-2', journal: ids['fx-research'], year: 2013, number: 2 }, draft: true, ...as('journal') }),
    )
    await refused(updateTitle('journal', 'articles', 'fx-chess-club'))
    await refused(updateTitle('journal', 'journals', 'fx-magazine'))
    await refused(() =>
      payload.create({ collection: 'issues', data: { slug: 'fx-magazine-2013-9', journal: ids['fx-magazine'], year: 2013, number: 9 }, draft: true, ...as('journal') }),
    )
    await refused(() =>
      payload.create({ collection: 'articles', data: { slug: 'fx-sneak', issue: ids['fx-magazine-2013-1'], title: 'x' }, draft: true, ...as('journal') }),
    )
    // Moving an issue of their journal into another journal is refused too.
    await refused(() => payload.update({ collection: 'issues', id: ids['fx-research-2013-1'], data: { journal: ids['fx-magazine'] }, ...as('journal') }))
    await refused(updateTitle('journal', 'branches', 'fx-chess', 'name'))
    await refused(updateTitle('journal', 'events', 'fx-flash-mob'))
  })

  it('a branch editor edits their branches only', async () => {
    await allowed(updateTitle('branch', 'branches', 'fx-chess', 'name'))
    await refused(updateTitle('branch', 'branches', 'fx-central', 'name'))
    await refused(() => payload.create({ collection: 'branches', data: { slug: 'fx-new', name: 'x', kind: 'district' }, draft: true, ...as('branch') }))
    await refused(updateTitle('branch', 'articles', 'fx-third-space'))
    await refused(updateTitle('branch', 'events', 'fx-flash-mob'))
  })

  it('a festival editor edits the festival, its series and events, and deletes nothing', async () => {
    await allowed(updateTitle('festival', 'events', 'fx-flash-mob'))
    await allowed(updateTitle('festival', 'series', 'fx-reading'))
    await allowed(updateTitle('festival', 'festivals', 'fx-festival', 'name'))
    await refused(() => payload.delete({ collection: 'events', id: ids['fx-tbc'], ...as('festival') }))
    await refused(updateTitle('festival', 'articles', 'fx-third-space'))
    await refused(updateTitle('festival', 'pages', 'fx-digital-library'))
  })

  it('editors cannot give themselves roles or scopes; admins can', async () => {
    const me = users.journal
    const updated = await payload.update({ collection: 'users', id: me.id as number, data: { roles: ['admin'], journals: [ids['fx-magazine']] } as never, ...as('journal') })
    expect(updated.roles).toEqual(['journal-editor'])
    expect((updated.journals as unknown[]).map((j) => (typeof j === 'object' ? (j as { id: unknown }).id : j))).toEqual([ids['fx-research']])
    const others = await payload.find({ collection: 'users', where: { email: { equals: 'admin@test.local' } }, ...as('journal') })
    expect(others.docs).toEqual([])
    await allowed(updateTitle('admin', 'pages', 'fx-digital-library'))
    await allowed(() => payload.delete({ collection: 'events', id: ids['fx-tbc'], ...as('admin') }))
  })
})

describe('the same rules over REST and GraphQL', () => {
  const config = async () => (await import('../../cms/src/payload.config')).default
  const rest = async (method: string, url: string, body?: unknown, token?: string) => {
    const request = new Request(`http://localhost/api${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const response = await handleEndpoints({ config: await config(), request })
    return { status: response.status, json: (await response.json()) as Record<string, unknown> }
  }
  const login = async (key: string) => (await rest('POST', '/users/login', { email: `${key}@test.local`, password: PASSWORD })).json.token as string

  it('anonymous REST reads hide drafts, even when asking for them', async () => {
    const { status, json } = await rest('GET', '/articles?draft=true&limit=50&depth=0')
    expect(status).toBe(200)
    expect((json.docs as Array<{ slug: string }>).map((d) => d.slug).sort()).toEqual(['fx-chess-club', 'fx-third-space'])
    expect((await rest('GET', `/articles/${ids['fx-unfinished']}?draft=true`)).status).toBe(404)
  })

  it('REST writes follow the role scopes', async () => {
    const token = await login('journal')
    expect((await rest('PATCH', `/articles/${ids['fx-third-space']}`, { subtitle: 'ok' }, token)).status).toBe(200)
    expect((await rest('PATCH', `/articles/${ids['fx-chess-club']}`, { subtitle: 'no' }, token)).status).toBe(403)
    expect((await rest('PATCH', `/articles/${ids['fx-chess-club']}`, { subtitle: 'no' })).status).toBe(403)
    const festival = await login('festival')
    expect((await rest('POST', '/branches', { slug: 'fx-rest', name: 'x', kind: 'district' }, festival)).status).toBe(403)
  })

  it('anonymous GraphQL reads hide drafts', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const request = new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Articles(draft: true, limit: 50) { docs { slug } } }' }),
    })
    const response = await GRAPHQL_POST(await config())(request)
    const json = (await response.json()) as { data: { Articles: { docs: Array<{ slug: string }> } } }
    expect(json.data.Articles.docs.map((d) => d.slug).sort()).toEqual(['fx-chess-club', 'fx-third-space'])
  })
})
