import fs from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import { BasePayload, type SanitizedConfig } from 'payload'
import { DatabaseStateError } from './sqlite'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

/**
 * SQL that would turn the latest committed migration's schema into today's collections' schema.
 * Empty: the migrations describe the collections exactly. Builds the schema without connecting.
 */
export async function schemaDriftFromMigrations(config: SanitizedConfig, migrationDir: string): Promise<string[]> {
  const payload = new BasePayload()
  await payload.init({ config, disableDBConnect: true, disableOnInit: true })
  const db = payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
  const latest = committedMigrations(migrationDir).at(-1)
  if (!latest) throw new DatabaseStateError(`no committed migration in ${migrationDir}`)
  const before = JSON.parse(fs.readFileSync(path.join(migrationDir, `${latest}.json`), 'utf8'))
  const kit = db.requireDrizzleKit()
  return kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
}

/** Names of the committed migrations, oldest first (`20261125_030512_initial`). */
export function committedMigrations(migrationDir: string): string[] {
  return fs
    .readdirSync(migrationDir)
    .filter((f) => /^\d{8}_\d{6}_.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort()
}

/**
 * Clears a development push mark (payload_migrations batch -1). A push makes the tables match the
 * collections; when the committed migrations describe the same schema (no drift), the database is
 * exactly what running the migrations would have made, so the mark is removed and the migrations
 * not yet recorded are recorded as one new batch. Only payload_migrations rows change, in one
 * transaction; documents are never touched.
 */
export async function clearDevPushMark(url: string, drift: string[], migrationNames: string[]): Promise<{ removed: number; recorded: string[] }> {
  if (drift.length > 0) {
    throw new DatabaseStateError(
      [
        'The collections differ from the latest committed migration, so the pushed schema is not one the migrations make.',
        'Create a migration first: npm run migrate:create --workspace cms -- <name>, commit it, then run npm run db:clear-dev-mark again.',
        '集合结构与最新迁移不一致：请先创建迁移（npm run migrate:create --workspace cms -- <name>），再运行 npm run db:clear-dev-mark。',
        `Differences (SQL):\n${drift.join('\n')}`,
      ].join('\n'),
    )
  }
  const client = createClient({ url })
  try {
    const transaction = await client.transaction('write')
    try {
      const rows = (await transaction.execute('SELECT name, batch FROM payload_migrations')).rows
      const removed = rows.filter((r) => Number(r.batch) === -1).length
      const recordedNames = new Set(rows.filter((r) => Number(r.batch) > 0).map((r) => String(r.name)))
      const batch = Math.max(0, ...rows.map((r) => Number(r.batch))) + 1
      const missing = migrationNames.filter((name) => !recordedNames.has(name))
      const now = new Date().toISOString()
      await transaction.execute('DELETE FROM payload_migrations WHERE batch = -1')
      for (const name of missing) {
        await transaction.execute({
          sql: 'INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES (?, ?, ?, ?)',
          args: [name, batch, now, now],
        })
      }
      await transaction.commit()
      return { removed, recorded: missing }
    } finally {
      transaction.close()
    }
  } finally {
    client.close()
  }
}
