/**
 * npm run backup while an editor keeps saving, then npm run restore into an empty database: every
 * table comes back row for row (drafts, versions, users included) and every media file byte for
 * byte. A damaged backup and a non-empty target are refused.
 */
import { createClient, type Client } from '@libsql/client'
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CONTENT, freshCms, REPO, tempDir } from '../helpers/cms'

const command = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (c) => (stdout += c))
    child.stderr.on('data', (c) => (stderr += c))
    child.on('exit', (status) => resolve({ status, stdout, stderr }))
  })

async function rowsByTable(client: Client): Promise<Record<string, string[]>> {
  const tables = (await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")).rows.map((r) => String(r.name))
  const all: Record<string, string[]> = {}
  for (const table of tables) {
    const { rows, columns } = await client.execute(`SELECT * FROM "${table}"`)
    all[table] = rows.map((row) => JSON.stringify(columns.map((c) => row[c]))).sort()
  }
  return all
}

const checksums = (dir: string) =>
  Object.fromEntries(fs.readdirSync(dir).sort().map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]))

describe('backup and restore', () => {
  it('a backup taken during saves restores losslessly into an empty database', async () => {
    const payload = await freshCms()
    const { seedContent } = await import('../../cms/src/content/seed')
    await seedContent(payload, FIXTURE_CONTENT)
    await payload.create({ collection: 'users', data: { email: 'backup@hzlib.local', password: 'p-123456789', roles: ['admin'] } as never, overrideAccess: true })
    const sourceFile = process.env.DATABASE_URL!.slice('file:'.length)
    const sourceMedia = process.env.MEDIA_DIR!
    const backupRoot = tempDir('backups')

    // An editor saves drafts and publishes while the backup runs (in its own process).
    let saving = true
    let saved = 0
    const writer = (async () => {
      for (let n = 0; saving; n++) {
        await payload.create({ collection: 'pages', data: { slug: `during-${n}`, title: `备份中 ${n}`, _status: n % 2 ? 'published' : 'draft' } as never, draft: n % 2 === 0, overrideAccess: true })
        saved++
        // Saves are promise chains that never yield to timers and I/O; an editor's come over HTTP.
        await new Promise((resolve) => setTimeout(resolve, 2))
      }
    })()
    const backup = await command('scripts/backup.ts', [], { BACKUP_DIR: backupRoot })
    const savedDuringBackup = saved
    saving = false
    await writer
    expect(backup.stderr).not.toContain('✗')
    expect(backup.status).toBe(0)
    expect(savedDuringBackup).toBeGreaterThan(0)
    const [backupDir] = fs.readdirSync(backupRoot).map((d) => path.join(backupRoot, d))
    expect(backup.stdout).toContain(backupDir)

    const target = tempDir('restored')
    const targetEnv = { DATABASE_URL: `file:${path.join(target, 'cms.db')}`, MEDIA_DIR: path.join(target, 'media') }
    const restored = await command('scripts/restore.ts', [backupDir], targetEnv)
    expect(restored.stderr).not.toContain('✗')
    expect(restored.status).toBe(0)

    // The restored database is one consistent moment of the source: every table the editor did not
    // touch is identical; in the ones it did, the restored rows are a subset of today's.
    const source = createClient({ url: process.env.DATABASE_URL! })
    const copy = createClient({ url: targetEnv.DATABASE_URL })
    const now = await rowsByTable(source)
    const back = await rowsByTable(copy)
    expect(Object.keys(back)).toEqual(Object.keys(now))
    const written = new Set(['pages', 'pages_locales', '_pages_v', '_pages_v_locales', 'payload_locked_documents', 'payload_locked_documents_rels'])
    // Publishing queues a site update and marks the site pending: those rows change in place (the
    // update's start moves with each publish), so they are compared by id.
    const updatedInPlace = new Set(['payload_jobs', 'site_status'])
    const ids = (rows: string[]) => rows.map((row) => (JSON.parse(row) as unknown[])[0])
    for (const table of Object.keys(now)) {
      if (updatedInPlace.has(table)) expect(ids(now[table]), table).toEqual(expect.arrayContaining(ids(back[table])))
      else if (written.has(table)) expect(now[table], table).toEqual(expect.arrayContaining(back[table]))
      else expect(back[table], table).toEqual(now[table])
    }
    // Drafts, versions and users came back; each page restored has its version rows.
    const count = async (client: Client, sql: string) => Number((await client.execute(sql)).rows[0].n)
    expect(await count(copy, "SELECT count(*) AS n FROM users WHERE email = 'backup@hzlib.local'")).toBe(1)
    expect(await count(copy, "SELECT count(*) AS n FROM _articles_v WHERE version__status = 'draft'")).toBeGreaterThan(0)
    expect(await count(copy, 'SELECT count(*) AS n FROM pages p WHERE NOT EXISTS (SELECT 1 FROM _pages_v v WHERE v.parent_id = p.id)')).toBe(0)
    expect(await count(copy, "SELECT count(*) AS n FROM pages WHERE slug LIKE 'during-%'")).toBeGreaterThan(0)
    expect((await copy.execute('PRAGMA integrity_check')).rows[0].integrity_check).toBe('ok')
    source.close()
    copy.close()
    expect(checksums(targetEnv.MEDIA_DIR)).toEqual(checksums(sourceMedia))
    expect(Object.keys(checksums(targetEnv.MEDIA_DIR))).toContain('fx-reading-room.jpg')

    // A second restore into the now non-empty database is refused, clearly, and changes nothing.
    const before = fs.readFileSync(path.join(target, 'cms.db'))
    const again = await command('scripts/restore.ts', [backupDir], targetEnv)
    expect(again.status).toBe(1)
    expect(again.stderr).toContain('Refusing to restore')
    expect(again.stderr).toContain('--replace')
    expect(fs.readFileSync(path.join(target, 'cms.db')).equals(before)).toBe(true)

    // A damaged file is named, and nothing is written.
    const image = fs.readdirSync(path.join(backupDir, 'media'))[0]
    fs.appendFileSync(path.join(backupDir, 'media', image), 'x')
    const empty = tempDir('empty')
    const damaged = await command('scripts/restore.ts', [backupDir], { DATABASE_URL: `file:${path.join(empty, 'cms.db')}`, MEDIA_DIR: path.join(empty, 'media') })
    expect(damaged.status).toBe(1)
    expect(damaged.stderr).toContain(`backup damaged: media/${image}`)
    expect(fs.existsSync(path.join(empty, 'cms.db'))).toBe(false)
  })

  it('refuses MongoDB, pointing to mongodump', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts'], { cwd: REPO, env: { ...process.env, DATABASE_URL: 'mongodb://db.example/hzlib' }, encoding: 'utf8' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('For MongoDB use mongodump')
  })
})
