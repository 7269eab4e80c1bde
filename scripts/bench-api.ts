/**
 * npm run bench:api: the largest response one anonymous REST request gets from the CMS, on the
 * seed content. For every content collection it asks for everything at once
 * (`?limit=100000&depth=50`, `?pagination=false&depth=50`) and prints the size of each answer,
 * then judges the largest against the target. Runs on a throw-away database.
 *
 *   npm run bench:api
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const TARGET_BYTES = 2 * 1024 * 1024
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-bench-api-'))
process.env.DATABASE_URL = `file:${path.join(work, 'cms.db')}`
process.env.MEDIA_DIR = path.join(work, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-api'

const REPO = path.resolve(import.meta.dirname, '..')
const { handleEndpoints } = await import('payload')
const { openCms } = await import('./lib/cms')
const { seedContent } = await import('../cms/src/content/seed')
const { CONTENT_COLLECTIONS } = await import('../cms/src/content/model')
const config = (await import('../cms/src/payload.config')).default

try {
  const payload = await openCms()
  await seedContent(payload, path.join(REPO, 'content'))
  let largest = { bytes: 0, url: '' }
  for (const collection of CONTENT_COLLECTIONS) {
    for (const query of ['limit=100000&depth=50', 'pagination=false&depth=50']) {
      const url = `/${collection}?${query}`
      const response = await handleEndpoints({ config, request: new Request(`http://localhost/api${url}`) })
      const body = Buffer.from(await response.arrayBuffer())
      const docs = response.status === 200 ? (JSON.parse(body.toString()) as { docs: unknown[] }).docs.length : 0
      console.log(`${url}: ${response.status}, ${docs} documents, ${(body.length / 1024).toFixed(1)} KB`)
      if (body.length > largest.bytes) largest = { bytes: body.length, url }
    }
  }
  const verdict = largest.bytes <= TARGET_BYTES ? 'PASS' : 'FAIL'
  console.log(`${verdict} largest anonymous response ${(largest.bytes / 1024).toFixed(1)} KB (${largest.url}; target ≤ ${TARGET_BYTES / 1024 / 1024} MB)`)
  process.exit(0)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
