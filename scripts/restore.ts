/**
 * npm run restore -- <backup folder> [--replace]: puts a backup made by `npm run backup` back into
 * DATABASE_URL's SQLite file and MEDIA_DIR. Checks every checksum first; refuses a database or
 * media folder that is not empty unless --replace. Stop the CMS first.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { mediaDir } from '../cms/src/collections/Media'
import { BackupError, restoreBackup, sqliteFile } from './lib/backup'
import { runCommand } from './lib/cms'

await runCommand(async () => {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { replace: { type: 'boolean', default: false } } })
  if (positionals.length !== 1) throw new BackupError('usage: npm run restore -- <backup folder> [--replace]   (用法：npm run restore -- <备份目录> [--replace])')
  const dir = path.resolve(positionals[0])
  const databaseFile = sqliteFile(process.env.DATABASE_URL)
  const manifest = await restoreBackup({ dir, databaseFile, mediaDir: mediaDir(), replace: values.replace })
  console.log(`restored ${dir} (made ${manifest.createdAt}) into ${databaseFile} and ${mediaDir()}: every file matched its SHA-256`)
})
