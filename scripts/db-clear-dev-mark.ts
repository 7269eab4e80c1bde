/**
 * npm run db:clear-dev-mark: makes a database that a development schema push marked
 * (payload_migrations batch -1) start in production again, without changing any document.
 * SQLite only.
 */
import path from 'node:path'
import { clearDevPushMark, committedMigrations, schemaDriftFromMigrations } from '../cms/src/database/devMark'
import { DatabaseStateError } from '../cms/src/database/sqlite'
import { chooseDatabase } from '../cms/src/lib/database'
import { REPO_ROOT } from '../cms/src/lib/paths'
import { runCommand } from './lib/cms'

await runCommand(async () => {
  const choice = chooseDatabase(process.env.DATABASE_URL)
  if (choice.kind !== 'sqlite' || !choice.file) {
    throw new DatabaseStateError('db:clear-dev-mark works on an SQLite file only (MongoDB: delete the payload-migrations document with batch -1 by hand).')
  }
  process.env.DATABASE_READ_ONLY = '1' // the config must neither push nor migrate while we look
  const { default: config } = await import('../cms/src/payload.config')
  const migrationDir = path.join(REPO_ROOT, 'cms/src/migrations')
  const drift = await schemaDriftFromMigrations(await config, migrationDir)
  const { removed, recorded } = await clearDevPushMark(choice.url, drift, committedMigrations(migrationDir))
  console.log(`${choice.file}: removed ${removed} development push mark(s); recorded as applied: ${recorded.length ? recorded.join(', ') : 'nothing (all migrations were recorded)'}`)
})
