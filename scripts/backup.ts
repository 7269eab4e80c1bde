/**
 * npm run backup: a consistent copy of the SQLite database and the media files into
 * backups/<UTC time>/ (BACKUP_DIR to put them elsewhere), with a SHA-256 manifest. Safe while the
 * CMS runs. SQLite only (MongoDB: mongodump).
 */
import path from 'node:path'
import { mediaDir } from '../cms/src/collections/Media'
import { REPO_ROOT } from '../cms/src/lib/paths'
import { createBackup, sqliteFile } from './lib/backup'
import { runCommand } from './lib/cms'

await runCommand(async () => {
  const backupRoot = path.resolve(process.env.BACKUP_DIR || path.join(REPO_ROOT, 'backups'))
  const { dir, manifest } = await createBackup({ databaseFile: sqliteFile(process.env.DATABASE_URL), mediaDir: mediaDir(), backupRoot })
  const rows = Object.values(manifest.database.tables).reduce((a, b) => a + b, 0)
  const bytes = manifest.files.reduce((a, f) => a + f.bytes, 0)
  console.log(`backup written to ${dir}: ${rows} rows in ${Object.keys(manifest.database.tables).length} tables, ${manifest.files.length} files, ${(bytes / 1e6).toFixed(1)} MB`)
})
