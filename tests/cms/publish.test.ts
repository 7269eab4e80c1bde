/**
 * The publish loop (issue 9): a publish in the CMS reaches the served site through the jobs queue,
 * the worker's update (export, build into a new folder, atomic swap) and site-status.
 * One CMS on the fixture content, one served live link, the worker in-process.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { createLocalReq, type Payload } from 'payload'
import { register } from 'tsx/esm/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIXTURE_CONTENT, freshCms, tempDir } from '../helpers/cms'

// Payload imports the job's handler by file path (cms/src/jobs): the worker runs under tsx, and so
// must that import here.
register()

const work = tempDir('publish')
process.env.SNAPSHOT_DIR = path.join(work, 'snapshot')
process.env.PUBLISH_DIR = path.join(work, 'build')
process.env.SITE_LIVE_DIR = path.join(work, 'live')
process.env.SITE_UPDATE_DEBOUNCE_MS = '3000'
process.env.SITE_UPDATE_PRINT = '0' // print has its own tests; here it would only add Chromium time

let payload: Payload
let origin: string
let admin: Record<string, unknown>
let hookPosts = 0
/** What the stub Netlify API received: one entry per deploy, with the files uploaded to it. */
const deploys: Array<{ files: Record<string, string>; uploads: Map<string, Buffer>; auth?: string }> = []
const servers: http.Server[] = []
let updates = 0
const log: string[] = []

async function listen(server: http.Server) {
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const get = async (url: string) => {
  const response = await fetch(`${origin}${url}`)
  return { status: response.status, body: await response.text() }
}

async function siteStatus() {
  return payload.findGlobal({ slug: 'site-status', depth: 0, overrideAccess: true })
}

async function pendingJobs() {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'updateSite' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    overrideAccess: true,
  })
  return totalDocs
}

/** The worker loop, as scripts/worker.ts runs it, until the queue is empty and the status settled. */
async function runWorkerUntilIdle(timeoutMs = 120_000) {
  const { startWorker } = await import('../../scripts/lib/publish/worker')
  const stop = startWorker(payload, { intervalMs: 200, onRound: (n) => (updates += n) })
  const until = Date.now() + timeoutMs
  try {
    while (Date.now() < until) {
      await new Promise((r) => setTimeout(r, 300))
      const { state } = await siteStatus()
      if ((await pendingJobs()) === 0 && (state === 'live' || state === 'failed')) return
    }
    throw new Error('the worker did not finish in time')
  } finally {
    await stop()
  }
}

const articleId = async (slug: string) => (await payload.find({ collection: 'articles', where: { slug: { equals: slug } }, draft: true, overrideAccess: true })).docs[0].id

/** As an editor in the admin: an update through the Local API with the editor's access. */
const publishArticleTitle = async (slug: string, en: string) =>
  payload.update({ collection: 'articles', id: await articleId(slug), data: { title: en, _status: 'published' } as never, locale: 'en', user: admin as never, overrideAccess: false })

beforeAll(async () => {
  payload = await freshCms()
  const { seedContent } = await import('../../cms/src/content/seed')
  const { seedDemoUsers } = await import('../../cms/src/content/users')
  await seedContent(payload, FIXTURE_CONTENT)
  await seedDemoUsers(payload)
  admin = (await payload.find({ collection: 'users', where: { email: { equals: 'admin@hzlib.local' } }, overrideAccess: true })).docs[0] as never
  const hook = http.createServer((req, res) => {
    if (req.method === 'POST') hookPosts++
    res.end('ok')
  })
  process.env.NETLIFY_BUILD_HOOK = `${await listen(hook)}/build_hooks/test`
  // A stub of Netlify's deploy API: it asks only for file contents it does not have yet.
  const known = new Set<string>()
  const api = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks)
    const created = /^\/api\/v1\/sites\/test-site\/deploys$/.exec(req.url ?? '')
    const upload = /^\/api\/v1\/deploys\/(\d+)\/files(\/.*)$/.exec(req.url ?? '')
    if (req.method === 'POST' && created) {
      const { files } = JSON.parse(body.toString()) as { files: Record<string, string> }
      deploys.push({ files, uploads: new Map(), auth: req.headers.authorization })
      res.setHeader('content-type', 'application/json')
      res.end(JSON.stringify({ id: String(deploys.length - 1), required: [...new Set(Object.values(files))].filter((sha) => !known.has(sha)) }))
    } else if (req.method === 'PUT' && upload) {
      deploys[Number(upload[1])].uploads.set(decodeURIComponent(upload[2]), body)
      known.add(createHash('sha1').update(body).digest('hex'))
      res.end('{}')
    } else {
      res.statusCode = 404
      res.end()
    }
  })
  Object.assign(process.env, { NETLIFY_API_URL: await listen(api), NETLIFY_AUTH_TOKEN: 'test-token', NETLIFY_SITE_ID: 'test-site' })
  // The first build, as `npm start` makes it; then the static server of the live link.
  const { updateSite } = await import('../../scripts/lib/publish')
  await updateSite(payload, { log: (line) => log.push(line) })
  const { serveStatic } = await import('../../scripts/lib/static-server')
  const site = await serveStatic(process.env.SITE_LIVE_DIR!, 0)
  servers.push(site)
  origin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
}, 300_000)

afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))))
})

describe('publish → site update', { timeout: 240_000 }, () => {
  it('serves the first build from the live link and calls the Netlify hook once', async () => {
    const page = await get('/en/articles/fx-third-space/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Public libraries as a third cultural space')
    expect(fs.lstatSync(process.env.SITE_LIVE_DIR!).isSymbolicLink()).toBe(true)
    expect((await siteStatus()).state).toBe('live')
    expect(hookPosts).toBe(1)
    expect(deploys).toHaveLength(1)
    expect(deploys[0].auth).toBe('Bearer test-token')
    expect(deploys[0].uploads.get('/en/articles/fx-third-space/index.html')?.toString()).toContain('Public libraries as a third cultural space')
    // netlify.toml's security headers and language redirect travel with the folder.
    expect(deploys[0].uploads.get('/_headers')?.toString()).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'/m)
    expect(deploys[0].uploads.get('/_redirects')?.toString()).toContain('/  /en/  302  Language=en\n/  /zh/  302')
  })

  it('a draft save queues nothing and leaves the site live', async () => {
    await payload.update({ collection: 'articles', id: await articleId('fx-third-space'), data: { title: 'A draft title nobody reads' } as never, locale: 'en', draft: true, user: admin as never, overrideAccess: false })
    expect(await pendingJobs()).toBe(0)
    expect((await siteStatus()).state).toBe('live')
  })

  it('publishing an article makes the served site show it, with status and one hook call', async () => {
    const before = updates
    await publishArticleTitle('fx-third-space', 'Libraries & <b>third</b> spaces, published')
    expect(await pendingJobs()).toBe(1)
    expect((await siteStatus()).state).toBe('pending')
    await runWorkerUntilIdle()
    const page = await get('/en/articles/fx-third-space/')
    expect(page.body).toContain('Libraries &amp; &lt;b&gt;third&lt;/b&gt; spaces, published')
    const status = await siteStatus()
    expect(status.state).toBe('live')
    expect(status.lastSuccess?.seconds).toBeGreaterThan(0)
    expect(updates - before).toBe(1)
    expect(hookPosts).toBe(2)
    // Deployed to Netlify too, uploading only what changed.
    expect(deploys).toHaveLength(2)
    const [first, second] = deploys
    expect(second.uploads.get('/en/articles/fx-third-space/index.html')?.toString()).toContain('Libraries &amp; &lt;b&gt;third&lt;/b&gt; spaces, published')
    expect(second.uploads.size).toBeLessThan(first.uploads.size / 2)
    expect(Object.keys(second.files)).toEqual(expect.arrayContaining(['/en/articles/fx-third-space/index.html', '/zh/index.html']))
  })

  it('five publishes within three seconds give exactly one update, showing the last', async () => {
    const before = updates
    const { startWorker } = await import('../../scripts/lib/publish/worker')
    // The worker runs throughout, as it does beside the CMS: the debounce must hold it back.
    const stop = startWorker(payload, { intervalMs: 200, onRound: (n) => (updates += n) })
    const started = Date.now()
    for (let i = 1; i <= 5; i++) {
      await publishArticleTitle('fx-third-space', `Burst title ${i}`)
      await new Promise((r) => setTimeout(r, 300))
    }
    console.log(`five publishes in ${Date.now() - started} ms`)
    await stop()
    await runWorkerUntilIdle()
    expect(updates - before).toBe(1)
    expect((await get('/en/articles/fx-third-space/')).body).toContain('Burst title 5')
    expect(hookPosts).toBe(3)
  })

  it('a failed update leaves the old site serving and names document and field in site-status', async () => {
    const live = fs.realpathSync(process.env.SITE_LIVE_DIR!)
    const page = (await payload.find({ collection: 'pages', where: { slug: { equals: 'fx-digital-library' } }, overrideAccess: true })).docs[0]
    // Data from before today's rules (an import): a slug the site refuses, written past validation.
    await payload.db.updateOne({ collection: 'pages', id: page.id, data: { slug: 'Broken_Slug' } })
    const { queueSiteUpdate } = await import('../../cms/src/publishing/queueSiteUpdate')
    await queueSiteUpdate(await createLocalReq({}, payload))
    await runWorkerUntilIdle()
    const status = await siteStatus()
    expect(status.state).toBe('failed')
    expect(status.problems).toEqual(expect.arrayContaining([expect.objectContaining({ collection: 'pages', slug: 'Broken_Slug', field: 'slug' })]))
    expect(status.problems?.[0]?.messageZh).toMatch(/网站构建/)
    expect(fs.realpathSync(process.env.SITE_LIVE_DIR!)).toBe(live)
    expect((await get('/en/articles/fx-third-space/')).body).toContain('Burst title 5')
    expect(hookPosts).toBe(3)
    expect(deploys).toHaveLength(3)
    // Mended: the next change retries and goes live.
    await payload.db.updateOne({ collection: 'pages', id: page.id, data: { slug: 'fx-digital-library' } })
    await publishArticleTitle('fx-third-space', 'After the repair')
    await runWorkerUntilIdle()
    expect((await siteStatus()).state).toBe('live')
    expect((await get('/en/articles/fx-third-space/')).body).toContain('After the repair')
    expect(hookPosts).toBe(4)
  })

  it('a document the export refuses is held back, named, and the rest goes live', async () => {
    const contributor = (await payload.find({ collection: 'contributors', where: { slug: { equals: 'fx-li-ming' } }, overrideAccess: true })).docs[0]
    // Data from before the publishing rules (which refuse to unpublish a contributor in use): the
    // only contributor unpublished under its published articles, written straight to the database.
    await payload.db.updateOne({ collection: 'contributors', id: contributor.id, data: { _status: 'draft' } })
    const issue = (await payload.find({ collection: 'issues', where: { slug: { equals: 'fx-research-2013-1' } }, overrideAccess: true })).docs[0]
    await payload.update({ collection: 'issues', id: issue.id, data: { title: 'Issue title, still going live', _status: 'published' } as never, locale: 'en', user: admin as never, overrideAccess: false })
    await runWorkerUntilIdle()
    const status = await siteStatus()
    expect(status.state).toBe('live')
    const held = (status.heldBack ?? []).map((h) => `${h.collection}/${h.slug}`).sort()
    expect(held).toEqual(['articles/fx-chess-club', 'articles/fx-third-space'])
    expect(status.heldBack?.[0]?.messageEn).toMatch(/^refers to contributors #\S+, which is not published$/)
    expect(status.heldBack?.[0]?.messageZh).toMatch(/^引用的 contributors #\S+ 未发布$/)
    expect(status.heldBack?.[0]?.field).toBe('contributors[0].contributor')
    expect((await get('/en/articles/fx-third-space/')).status).toBe(404)
    const issuePage = await get('/en/issues/fx-research-2013-1/')
    expect(issuePage.status).toBe(200)
    expect(issuePage.body).toContain('Issue title, still going live')
  })

  it('a scheduled publish reaches the site when its time comes, through the same worker', async () => {
    const before = updates
    const page = await payload.create({ collection: 'pages', data: { slug: 'fx-scheduled-news', title: '定时发布的新闻', _status: 'draft' } as never, draft: true, overrideAccess: true })
    expect(await pendingJobs()).toBe(0)
    const { schedulePublishHandler } = await import('@payloadcms/ui/utilities/schedulePublishHandler')
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } as never }, payload)
    await schedulePublishHandler({ type: 'publish', date: new Date(Date.now() + 1000), doc: { relationTo: 'pages', value: String(page.id) }, req, timezone: 'Asia/Shanghai' } as never)
    const { startWorker } = await import('../../scripts/lib/publish/worker')
    const stop = startWorker(payload, { intervalMs: 200, onRound: (n) => (updates += n) })
    try {
      const until = Date.now() + 120_000
      while ((await get('/zh/pages/fx-scheduled-news/')).status !== 200 && Date.now() < until) await new Promise((r) => setTimeout(r, 300))
    } finally {
      await stop()
    }
    expect((await get('/zh/pages/fx-scheduled-news/')).body).toContain('定时发布的新闻')
    expect(updates - before).toBe(1)
  })

  it('the export of a site update leaves the database byte for byte unchanged', async () => {
    const { exportSnapshotTolerant } = await import('../../cms/src/content/export')
    const file = process.env.DATABASE_URL!.replace(/^file:/, '')
    const digest = () => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    const before = digest()
    await exportSnapshotTolerant(payload, path.join(work, 'export-check'))
    expect(digest()).toBe(before)
  })
})
