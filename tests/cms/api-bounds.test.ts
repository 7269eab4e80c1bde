import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { API_BOUNDS } from '../../cms/src/api/bounds'
import { limitBody, MAX_BODY_BYTES } from '../../cms/src/api/bodyLimit'
import { MAX_GRAPHQL_DEPTH } from '../../cms/src/api/graphqlDepth'
import { seedContent } from '../../cms/src/content/seed'
import { FIXTURE_CONTENT, freshCms } from '../helpers/cms'

let payload: Payload
const EXTRA = 130
const PASSWORD = 'bounds-test-pass'
const config = async () => (await import('../../cms/src/payload.config')).default

async function rest(url: string, token?: string) {
  const request = new Request(`http://localhost/api${url}`, { headers: token ? { authorization: `JWT ${token}` } : {} })
  const response = await handleEndpoints({ config: await config(), request })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

async function graphql(query: string) {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  return (await (await GRAPHQL_POST(await config())(request)).json()) as { data?: Record<string, { docs: unknown[] }>; errors?: Array<{ message: string }> }
}

async function staffToken() {
  const response = await handleEndpoints({
    config: await config(),
    request: new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'staff@test.local', password: PASSWORD }),
    }),
  })
  return ((await response.json()) as { token: string }).token
}

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  for (let i = 0; i < EXTRA; i++) {
    await payload.create({ collection: 'contributors', data: { slug: `bulk-${i}`, name: `作者 ${i}`, _status: 'published' } as never })
  }
  // article → issue → journal → cover: three relations deep.
  const media = (await payload.find({ collection: 'media', where: { filename: { equals: 'fx-reading-room.jpg' } } })).docs[0]
  const journal = (await payload.find({ collection: 'journals', where: { slug: { equals: 'fx-research' } } })).docs[0]
  await payload.update({ collection: 'journals', id: journal.id, data: { cover: media.id, _status: 'published' } as never })
  await payload.create({ collection: 'users', data: { email: 'staff@test.local', password: PASSWORD, roles: ['admin'] } as never })
})

describe('REST reads are bounded', () => {
  it('an anonymous page holds at most the cap, whatever limit or pagination is asked for', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'pagination=false&limit=0']) {
      const { status, json } = await rest(`/contributors?${query}&depth=0`)
      expect(status, query).toBe(200)
      expect((json.docs as unknown[]).length, query).toBe(API_BOUNDS.anonymousLimit)
      expect(json.totalDocs, query).toBeGreaterThan(API_BOUNDS.anonymousLimit)
    }
    expect(((await rest('/contributors?limit=5')).json.docs as unknown[]).length).toBe(5)
  })

  it('staff get a larger cap', async () => {
    const token = await staffToken()
    const { json } = await rest('/contributors?limit=100000&depth=0', token)
    expect((json.docs as unknown[]).length).toBe(Math.min(Number(json.totalDocs), API_BOUNDS.staffLimit))
    expect((json.docs as unknown[]).length).toBeGreaterThan(API_BOUNDS.anonymousLimit)
  })

  it(`depth=50 populates at most ${API_BOUNDS.maxDepth} levels`, async () => {
    const { json } = await rest('/articles?where[slug][equals]=fx-third-space&depth=50')
    const article = (json.docs as Array<{ issue: { journal: { cover: unknown } } }>)[0]
    expect(typeof article.issue).toBe('object')
    expect(typeof article.issue.journal).toBe('object')
    expect(typeof article.issue.journal.cover).toBe('number') // level 3 stays an id
  })

  it('no depth asked: one level', async () => {
    const { json } = await rest('/articles?where[slug][equals]=fx-third-space')
    const article = (json.docs as Array<{ issue: { journal: unknown } }>)[0]
    expect(typeof article.issue).toBe('object')
    expect(typeof article.issue.journal).toBe('number')
  })
})

describe('GraphQL reads are bounded', () => {
  it('limit: 100000 returns at most the cap', async () => {
    const result = await graphql('{ Contributors(limit: 100000) { docs { slug } } }')
    expect(result.errors).toBeUndefined()
    expect(result.data!.Contributors.docs.length).toBe(API_BOUNDS.anonymousLimit)
    const unpaginated = await graphql('{ Contributors(pagination: false) { docs { slug } } }')
    expect(unpaginated.data!.Contributors.docs.length).toBe(API_BOUNDS.anonymousLimit)
  })

  it(`a query nested deeper than ${MAX_GRAPHQL_DEPTH} levels is refused, also through fragments`, async () => {
    const ok = await graphql('{ Articles { docs { issue { journal { cover { filename } } } } } }')
    expect(ok.errors).toBeUndefined()
    const deep = '{ Articles { docs { issue { journal { cover { sizes { thumbnail { url } } } } } } } }'
    expect(deep.split('{').length - 1).toBeLessThanOrEqual(MAX_GRAPHQL_DEPTH)
    const tooDeep = `fragment J on Journal { cover { sizes { thumbnail { url } } } }
      { Articles { docs { issue { journal { ...J title } toc { articles { issue { journal { ...J } } } } } } } }`
    // Refused at validation: Payload answers with the list of errors, no data.
    const refused = (await graphql(tooDeep)) as unknown as Array<{ message: string }>
    expect(refused).toEqual([expect.objectContaining({ message: `Query is nested 11 levels deep; at most ${MAX_GRAPHQL_DEPTH} are allowed` })])
  })
})

describe('request bodies are bounded', () => {
  it(`a JSON body above ${MAX_BODY_BYTES.json / 1024 / 1024} MB gets 413 before Payload reads it, with or without Content-Length`, async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const post = limitBody(REST_POST(await config()))
    const big = JSON.stringify({ slug: 'huge', name: 'x'.repeat(MAX_BODY_BYTES.json) })
    const params = { params: Promise.resolve({ slug: ['contributors'] }) }
    const declared = await post(new Request('http://localhost/api/contributors', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(big.length) }, body: big }), params)
    expect(declared.status).toBe(413)
    const stream = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(big)); c.close() } })
    const streamed = await post(new Request('http://localhost/api/contributors', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit), params)
    expect(streamed.status).toBe(413)
    expect(await payload.count({ collection: 'contributors', where: { slug: { equals: 'huge' } } })).toEqual({ totalDocs: 0 })
  })

  it('a body within the limit reaches the handler unchanged', async () => {
    const echo = limitBody(async (request: Request) => new Response(await request.text()))
    const body = JSON.stringify({ name: '中文'.repeat(1000) })
    const response = await echo(new Request('http://localhost/api/x', { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
    expect(await response.text()).toBe(body)
  })
})

it(`GraphQL rich text with depth: 50 populates a self-link at most ${API_BOUNDS.maxDepth + 1} levels deep`, async () => {
  const article = (await payload.find({ collection: 'articles', where: { slug: { equals: 'fx-third-space' } } })).docs[0]
  const text = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  // An article whose body links to itself: unbounded, every level would hold the whole article again.
  const link = { type: 'link', version: 3, direction: null, format: '', indent: 0, children: [text('me')],
    fields: { linkType: 'internal', newTab: false, doc: { relationTo: 'articles', value: article.id } } }
  const body = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [link] }] } }
  // The publishing rules refuse to publish a link the export cannot write: written as data from before them.
  await payload.update({ collection: 'articles', id: article.id, data: { body } as never, context: { skipPublishRules: true } })
  const result = await graphql('{ Articles(where: { slug: { equals: "fx-third-space" } }) { docs { body(depth: 50) } } }')
  expect(result.errors).toBeUndefined()
  let levels = 0
  let node = (result.data!.Articles.docs[0] as { body: unknown }).body as { root: { children: Array<{ children: Array<{ fields: { doc: { value: unknown } } }> }> } }
  while (node && typeof node === 'object') {
    const value = node.root.children[0].children[0].fields.doc.value
    if (!value || typeof value !== 'object') break
    levels++
    node = (value as { body: typeof node }).body
  }
  // The rich-text field's own level, then the config's maxDepth for the documents inside it.
  expect(levels).toBe(API_BOUNDS.maxDepth + 1)
  expect(JSON.stringify(result).length).toBeLessThan(50_000)
})
