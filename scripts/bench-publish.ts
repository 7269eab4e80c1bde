/**
 * Publish to visible: how long after an editor publishes a one-article change a reader sees it.
 * Run by `npm run bench` (one child process per content size: the CMS config reads its database
 * from the environment when it loads), or by hand:
 *
 *   npx tsx scripts/bench-publish.ts [--articles 1000] [--work DIR] [--no-print]
 *
 * Seeds a temporary database with content/ (plus N generated articles in issues of 20), makes the
 * first build (cold: every image variant encoded), then runs the worker as `npm start` does
 * (1 s rounds, default debounce), publishes one article title through the Local API and polls the
 * served page until the new title shows. Prints one line `PUBLISH_RESULT {json}` for bench.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { AddressInfo } from 'node:net'
import { makeArticle, rng } from './lib/corpus'

const { values } = parseArgs({ options: { articles: { type: 'string', default: '0' }, work: { type: 'string' }, 'no-print': { type: 'boolean', default: false } } })
const extra = Number(values.articles)
const work = path.resolve(values.work ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-bench-publish-')))
const REPO = path.resolve(import.meta.dirname, '..')

Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  SNAPSHOT_DIR: path.join(work, 'snapshot'),
  PUBLISH_DIR: path.join(work, 'build'),
  SITE_LIVE_DIR: path.join(work, 'live'),
  PAYLOAD_SECRET: 'bench-publish',
  // As `npm start` runs: migrations, no schema push (whose drizzle-kit also upsets the PDF reader).
  NODE_ENV: 'production',
  SITE_UPDATE_PRINT: values['no-print'] ? '0' : '1',
})

/** content/ plus `count` generated research articles, 20 to an issue of Urban Library Research. */
function contentWithArticles(count: number) {
  const dir = path.join(work, 'content')
  fs.cpSync(path.join(REPO, 'content'), dir, { recursive: true })
  const contributor = fs.readdirSync(path.join(dir, 'contributors')).find((f) => f.endsWith('.json'))!.replace(/\.json$/, '')
  const r = rng(2013)
  for (let first = 0; first < count; first += 20) {
    const issue = `urban-library-research-gen-${String(first / 20 + 1).padStart(3, '0')}`
    const slugs: string[] = []
    for (let i = first; i < Math.min(count, first + 20); i++) {
      const a = makeArticle(r, i)
      const slug = `gen-${a.slug}`
      slugs.push(slug)
      const doc = { slug, _status: 'published', issue, title: { zh: a.title[0], en: a.title[1] }, contributors: [{ contributor, role: 'author' }], abstract: { zh: a.abstract[0], en: a.abstract[1] }, keywords: { zh: a.keywords.map((k) => k[0]), en: a.keywords.map((k) => k[1]) } }
      fs.writeFileSync(path.join(dir, 'articles', `${slug}.json`), JSON.stringify(doc, null, 2))
      fs.writeFileSync(path.join(dir, 'articles', `${slug}.body.zh.md`), `${a.body.map((p) => p[0]).join('\n\n')}\n`)
      fs.writeFileSync(path.join(dir, 'articles', `${slug}.body.en.md`), `${a.body.map((p) => p[1]).join('\n\n')}\n`)
    }
    const n = first / 20 + 1
    const doc = { slug: issue, _status: 'published', journal: 'urban-library-research', year: 2014 + Math.floor(n / 4), number: (n % 4) + 1, volume: 100 + n, title: { zh: `生成期次 ${n}`, en: `Generated issue ${n}` }, toc: [{ section: { zh: '研究', en: 'Research' }, articles: slugs }] }
    fs.writeFileSync(path.join(dir, 'issues', `${issue}.json`), JSON.stringify(doc, null, 2))
  }
  return dir
}

const { openCms } = await import('./lib/cms')
const { seedContent } = await import('../cms/src/content/seed')
const { updateSite } = await import('./lib/publish')
const { startWorker } = await import('./lib/publish/worker')
const { serveStatic } = await import('./lib/static-server')

const payload = await openCms()
let t = performance.now()
const report = await seedContent(payload, extra ? contentWithArticles(extra) : path.join(REPO, 'content'))
const seedSeconds = (performance.now() - t) / 1000
const articles = report.created.articles
console.error(`seeded ${articles} articles in ${seedSeconds.toFixed(1)} s; first build…`)
t = performance.now()
await updateSite(payload, { log: (line) => console.error(`  ${line}`) })
const firstBuild = (performance.now() - t) / 1000

const server = await serveStatic(process.env.SITE_LIVE_DIR!, 0)
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
const stop = startWorker(payload, { intervalMs: 1000 })
const { docs } = await payload.find({ collection: 'articles', where: { slug: { equals: 'third-space-public-library' } }, limit: 1, overrideAccess: true })
const article = docs[0] ?? (await payload.find({ collection: 'articles', limit: 1, overrideAccess: true })).docs[0]
const title = `Published at ${new Date().toISOString()}`
const started = performance.now()
await payload.update({ collection: 'articles', id: article.id, locale: 'en', data: { title, _status: 'published' } as never, overrideAccess: true })
let visible = 0
while (performance.now() - started < 180_000) {
  const body = await fetch(`${origin}/en/articles/${article.slug}/`).then((r) => r.text(), () => '')
  if (body.includes(title)) {
    visible = (performance.now() - started) / 1000
    break
  }
  await new Promise((r) => setTimeout(r, 100))
}
await stop()
server.close()
const status = await payload.findGlobal({ slug: 'site-status', overrideAccess: true })
console.log(`PUBLISH_RESULT ${JSON.stringify({ articles, seedSeconds, firstBuild, visible, debounceMs: Number(process.env.SITE_UPDATE_DEBOUNCE_MS ?? 2000), update: status.lastSuccess?.seconds, print: process.env.SITE_UPDATE_PRINT !== '0' })}`)
if (!values.work) fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
