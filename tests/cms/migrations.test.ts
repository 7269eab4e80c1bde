import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO } from '../helpers/cms'

// Production mode: the schema comes from the committed migrations, not from a push.
process.env.NODE_ENV = 'production'

describe('committed migrations', () => {
  it('build a schema the whole content model can be seeded into and exported from', async () => {
    const { freshCms, FIXTURE_CONTENT, tempDir } = await import('../helpers/cms')
    const { seedContent } = await import('../../cms/src/content/seed')
    const { exportSnapshot } = await import('../../cms/src/content/export')
    const payload = await freshCms()
    const { docs } = await payload.find({ collection: 'payload-migrations' as never, pagination: false })
    const committed = fs.readdirSync(path.join(REPO, 'cms/src/migrations')).filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))
    expect(docs.map((d) => `${(d as { name: string }).name}.ts`).sort()).toEqual(committed.sort())
    await seedContent(payload, FIXTURE_CONTENT)
    const out = path.join(tempDir('snapshot'), 'snap')
    const counts = await exportSnapshot(payload, out)
    expect(counts).toMatchObject({ articles: 2, issues: 2, events: 1, branches: 2, media: 1 })

    // Nothing in the collections is missing from the migrations: diffing the latest migration's
    // schema snapshot against today's schema yields no SQL (else: npm run migrate:create -w cms).
    const db = payload.db as unknown as {
      schema: unknown
      requireDrizzleKit: () => {
        generateDrizzleJson: (schema: unknown) => Promise<unknown>
        generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      }
    }
    const latest = committed.sort().at(-1)!.replace(/\.ts$/, '.json')
    const before = JSON.parse(fs.readFileSync(path.join(REPO, 'cms/src/migrations', latest), 'utf8'))
    const kit = db.requireDrizzleKit()
    expect(await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))).toEqual([])
  })
})
