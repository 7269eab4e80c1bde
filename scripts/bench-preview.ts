/**
 * npm run bench:preview: how long an editor waits for Preview, on the seed content. For a few
 * documents of different kinds: the first preview of a draft (export + one-document Astro build),
 * the other language (same build, served from it), and a preview after a further edit (a new
 * build, with Astro's cache warm). Target: a first preview in under 15 s on a shared 2-core machine.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-bench-preview-'))
Object.assign(process.env, {
  DATABASE_URL: `file:${path.join(work, 'cms.db')}`,
  MEDIA_DIR: path.join(work, 'media'),
  PREVIEW_DIR: path.join(work, 'preview'),
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'bench-preview-secret',
})
const TARGET_MS = 15_000

const { openCms } = await import('./lib/cms')
const { seedContent } = await import('../cms/src/content/seed')
const { CONTENT_DIR } = await import('../cms/src/lib/paths')
const { handlePreview } = await import('../cms/src/preview/handler')
const { previewPath } = await import('../cms/src/preview/paths')

const payload = await openCms()
await seedContent(payload, CONTENT_DIR)
await payload.create({ collection: 'users', data: { email: 'bench@preview.local', password: 'bench-preview-pass', roles: ['admin'] } as never })
const { token } = await payload.login({ collection: 'users', data: { email: 'bench@preview.local', password: 'bench-preview-pass' } })

async function preview(collection: string, id: string | number, lang: 'zh' | 'en') {
  const started = performance.now()
  const response = await handlePreview(new Request(`http://cms.local${previewPath(collection, id, lang)}`, { headers: { authorization: `JWT ${token}` } }), payload, {
    collection,
    id: String(id),
  })
  await response.text()
  if (response.status !== 200) throw new Error(`${collection} #${id}: preview answered ${response.status}`)
  return Math.round(performance.now() - started)
}

const rows: string[][] = [['document', 'first preview', 'other language', 'after an edit']]
let worst = 0
for (const [collection, slug, field] of [
  ['articles', 'chess-club', 'title'],
  ['events', 'books-we-love-shangcheng', 'title'],
  ['branches', 'chess', 'name'],
] as const) {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, limit: 1 })
  const id = docs[0].id
  const edit = (n: number) => payload.update({ collection, id, draft: true, locale: 'zh', data: { [field]: `草稿 ${n} ${slug}` } as never })
  await edit(1)
  const first = await preview(collection, id, 'zh')
  const other = await preview(collection, id, 'en')
  await edit(2)
  const again = await preview(collection, id, 'zh')
  worst = Math.max(worst, first, again)
  rows.push([`${collection}/${slug}`, `${first} ms`, `${other} ms`, `${again} ms`])
}
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(i ? 16 : 36)).join(''))
console.log(`\nslowest preview ${worst} ms (target ≤ ${TARGET_MS} ms): ${worst <= TARGET_MS ? 'ok' : 'over target'}`)
fs.rmSync(work, { recursive: true, force: true })
process.exit(0)
