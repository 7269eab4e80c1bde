/**
 * Backup and restore of the embedded SQLite database and the media files (SQLite only: MongoDB
 * has mongodump). A backup is a folder `backups/<UTC time>/` holding `cms.db` (a consistent copy
 * made with VACUUM INTO, safe while the CMS runs), `media/` and `manifest.json` with the size and
 * SHA-256 of every file. Restore checks every checksum before it writes anything.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'libsql'
import { chooseDatabase } from '../../cms/src/lib/database'

export const MANIFEST = 'manifest.json'
const FORMAT = 'hzlib-backup/1'

export type ManifestFile = { path: string; bytes: number; sha256: string }
export type Manifest = {
  format: typeof FORMAT
  createdAt: string
  database: { file: 'cms.db'; tables: Record<string, number>; migrations: string[] }
  files: ManifestFile[]
}

/** A refusal or a failed check, printed as is (no stack) by runCommand. */
export class BackupError extends Error {
  override name = 'DatabaseStateError'
}

/** The SQLite file of DATABASE_URL; MongoDB and in-memory databases are refused, clearly. */
export function sqliteFile(databaseUrl: string | undefined): string {
  const choice = chooseDatabase(databaseUrl)
  if (choice.kind === 'mongodb') {
    throw new BackupError(
      'backup/restore handle the embedded SQLite database only. For MongoDB use mongodump / mongorestore (and copy MEDIA_DIR).\n' +
        '备份/恢复命令只支持内置 SQLite 数据库；MongoDB 请使用 mongodump / mongorestore。',
    )
  }
  if (!choice.file) throw new BackupError('an in-memory database cannot be backed up or restored (DATABASE_URL=file::memory:)')
  return choice.file
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')

function listFiles(root: string, under = ''): string[] {
  const dir = path.join(root, under)
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.posix.join(under, entry.name)
      return entry.isDirectory() ? listFiles(root, relative) : entry.isFile() ? [relative] : []
    })
    .sort()
}

/**
 * A read-only connection (SQLite URI mode=ro): it cannot write, and closing it never checkpoints
 * the WAL into the file, so the tools leave a database byte for byte as they found it.
 */
function readOnly<T>(file: string, body: (db: Database.Database) => T): T {
  const uri = `file:${file.split('/').map(encodeURIComponent).join('/')}?mode=ro`
  const db = new Database(uri)
  try {
    db.exec('PRAGMA busy_timeout = 5000')
    return body(db)
  } finally {
    db.close()
  }
}

type Row = Record<string, unknown>

/** Row count of every table (SQLite's own tables aside). */
export function tableCounts(file: string): Record<string, number> {
  return readOnly(file, (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Row[]
    return Object.fromEntries(tables.map(({ name }) => [String(name), Number((db.prepare(`SELECT count(*) AS n FROM "${String(name)}"`).get() as Row).n)]))
  })
}

/** A consistent copy of a live database: VACUUM INTO reads one snapshot (WAL: editors keep saving). */
function copyDatabase(source: string, target: string) {
  readOnly(source, (db) => db.prepare('VACUUM INTO ?').run(target))
}

/** Media rows whose file the copy lacks (a file deleted between the database copy and the media copy). */
function missingMedia(databaseFile: string, mediaDir: string): string[] {
  return readOnly(databaseFile, (db) => {
    if (!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'media'").all().length) return []
    const columns = (db.prepare('PRAGMA table_info(media)').all() as Row[]).map((r) => String(r.name)).filter((c) => c === 'filename' || /^sizes_.*_filename$/.test(c))
    const names = new Set<string>()
    for (const column of columns) {
      for (const row of db.prepare(`SELECT "${column}" AS f FROM media WHERE "${column}" IS NOT NULL`).all() as Row[]) names.add(String(row.f))
    }
    return [...names].filter((name) => !fs.existsSync(path.join(mediaDir, name)))
  })
}

/** Writes backups/<time>/ (into `backupRoot`); returns its folder. The folder appears complete or not at all. */
export async function createBackup(options: { databaseFile: string; mediaDir: string; backupRoot: string; now?: Date }): Promise<{ dir: string; manifest: Manifest }> {
  const { databaseFile, mediaDir, backupRoot } = options
  if (!fs.existsSync(databaseFile)) throw new BackupError(`no database at ${databaseFile}: nothing to back up`)
  const createdAt = (options.now ?? new Date()).toISOString()
  const dir = path.join(backupRoot, createdAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z'))
  if (fs.existsSync(dir)) throw new BackupError(`${dir} already exists`)
  const partial = `${dir}.partial`
  fs.rmSync(partial, { recursive: true, force: true })
  fs.mkdirSync(partial, { recursive: true })

  // Database first, then media: a file uploaded in between is harmless; one deleted is caught.
  copyDatabase(databaseFile, path.join(partial, 'cms.db'))
  if (fs.existsSync(mediaDir)) fs.cpSync(mediaDir, path.join(partial, 'media'), { recursive: true })
  const missing = missingMedia(path.join(partial, 'cms.db'), path.join(partial, 'media'))
  if (missing.length) {
    fs.rmSync(partial, { recursive: true, force: true })
    throw new BackupError(`media files were removed while the backup ran (${missing.join(', ')}): run the backup again`)
  }

  const tables = tableCounts(path.join(partial, 'cms.db'))
  const migrations = recordedMigrations(path.join(partial, 'cms.db'))
  const files = listFiles(partial).map((relative) => {
    const file = path.join(partial, relative)
    return { path: relative, bytes: fs.statSync(file).size, sha256: sha256(file) }
  })
  const manifest: Manifest = { format: FORMAT, createdAt, database: { file: 'cms.db', tables, migrations }, files }
  fs.writeFileSync(path.join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.renameSync(partial, dir)
  return { dir, manifest }
}

function recordedMigrations(file: string): string[] {
  if (!('payload_migrations' in tableCounts(file))) return []
  return readOnly(file, (db) => (db.prepare('SELECT name, batch FROM payload_migrations ORDER BY name').all() as Row[]).map((r) => `${r.name} (batch ${r.batch})`))
}

/** Reads a backup's manifest and checks every file against it; names the first that differs. */
export function verifyBackup(dir: string): Manifest {
  const manifestFile = path.join(dir, MANIFEST)
  if (!fs.existsSync(manifestFile)) throw new BackupError(`${dir} is not a backup: no ${MANIFEST} (备份目录缺少 ${MANIFEST})`)
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest
  if (manifest.format !== FORMAT) throw new BackupError(`${manifestFile}: unknown format "${manifest.format}" (expected ${FORMAT})`)
  for (const entry of manifest.files) {
    const file = path.join(dir, entry.path)
    if (!fs.existsSync(file)) throw new BackupError(`backup damaged: ${entry.path} is missing (备份已损坏：缺少文件)`)
    if (fs.statSync(file).size !== entry.bytes || sha256(file) !== entry.sha256) {
      throw new BackupError(`backup damaged: ${entry.path} does not match its SHA-256 in ${MANIFEST} (备份已损坏：校验和不符)`)
    }
  }
  if (!manifest.files.some((f) => f.path === 'cms.db')) throw new BackupError(`${manifestFile} lists no cms.db`)
  return manifest
}

/** What a database and media folder already hold: documents (rows outside payload_migrations) and files. */
async function contentsOf(databaseFile: string, mediaDir: string): Promise<{ rows: number; files: number }> {
  const rows = fs.existsSync(databaseFile) && fs.statSync(databaseFile).size > 0
    ? Object.entries(tableCounts(databaseFile)).filter(([name]) => name !== 'payload_migrations').reduce((sum, [, n]) => sum + n, 0)
    : 0
  return { rows, files: listFiles(mediaDir).length }
}

/**
 * Brings a verified backup into the database file and media folder. Refuses a database or media
 * folder that holds anything unless `replace` is set. The CMS must be stopped: the file is
 * replaced underneath any open connection.
 */
export async function restoreBackup(options: { dir: string; databaseFile: string; mediaDir: string; replace?: boolean }): Promise<Manifest> {
  const { dir, databaseFile, mediaDir } = options
  const manifest = verifyBackup(dir)
  const present = await contentsOf(databaseFile, mediaDir)
  if ((present.rows > 0 || present.files > 0) && !options.replace) {
    throw new BackupError(
      [
        `Refusing to restore: ${databaseFile} holds ${present.rows} rows and ${mediaDir} holds ${present.files} files.`,
        'Restore goes into an empty database. To overwrite this one (its content is lost: back it up first), stop the CMS and run',
        `  npm run restore -- ${dir} --replace`,
        `拒绝恢复：目标数据库或媒体目录不为空。如需覆盖（现有内容将丢失，请先备份），请停止 CMS 后加 --replace 运行。`,
      ].join('\n'),
    )
  }
  // Into place by rename, so a failure halfway leaves the old database, not half a new one.
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true })
  const incoming = `${databaseFile}.restoring`
  fs.copyFileSync(path.join(dir, 'cms.db'), incoming)
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${databaseFile}${suffix}`, { force: true })
  fs.renameSync(incoming, databaseFile)

  const incomingMedia = `${mediaDir}.restoring`
  fs.rmSync(incomingMedia, { recursive: true, force: true })
  if (fs.existsSync(path.join(dir, 'media'))) fs.cpSync(path.join(dir, 'media'), incomingMedia, { recursive: true })
  else fs.mkdirSync(incomingMedia, { recursive: true })
  fs.rmSync(mediaDir, { recursive: true, force: true })
  fs.renameSync(incomingMedia, mediaDir)
  return manifest
}
