import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDatabase, DEFAULT_DATABASE_URL, resolveSecret } from '../../cms/src/lib/database'
import { migrations } from '../../cms/src/migrations'
import { databaseAdapter } from '../../cms/src/payload.config'
import { FIXTURE_CONTENT, REPO, tempDir } from '../helpers/cms'

const COMMITTED_MIGRATIONS = migrations.map((m) => m.name)

describe('DATABASE_URL', () => {
  it('defaults to an embedded SQLite file under data/', () => {
    expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_DATABASE_URL, file: path.join(REPO, 'data', 'cms.db') })
    expect(chooseDatabase('  ')).toMatchObject({ kind: 'sqlite', url: DEFAULT_DATABASE_URL })
  })

  it('takes file: URLs and :memory:', () => {
    expect(chooseDatabase('file:/tmp/x.db')).toEqual({ kind: 'sqlite', url: 'file:/tmp/x.db', file: '/tmp/x.db' })
    expect(chooseDatabase('file::memory:')).toEqual({ kind: 'sqlite', url: 'file::memory:', file: null })
  })

  it('selects MongoDB for mongodb:// and mongodb+srv:// (configuration only: no server here)', () => {
    expect(chooseDatabase('mongodb://db.example:27017/hzlib')).toEqual({ kind: 'mongodb', url: 'mongodb://db.example:27017/hzlib' })
    expect(chooseDatabase('mongodb+srv://cluster.example/hzlib').kind).toBe('mongodb')
    expect(databaseAdapter('mongodb://db.example:27017/hzlib').name).toBe('mongoose')
    expect(databaseAdapter('file:/tmp/x.db').name).toBe('sqlite')
  })

  it('refuses an unknown scheme, naming it', () => {
    expect(() => chooseDatabase('postgres://localhost/hzlib')).toThrow('DATABASE_URL has an unknown scheme "postgres:"')
    expect(() => chooseDatabase('file:')).toThrow('names no file')
  })
})

describe('PAYLOAD_SECRET', () => {
  it('is required in production and has a local default elsewhere', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow('PAYLOAD_SECRET is not set')
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 's3cret' })).toBe('s3cret')
    expect(resolveSecret({ NODE_ENV: 'development' })).toMatch(/local-development/)
  })
})

describe('commands refuse bad configuration with a clear message and a non-zero exit', () => {
  const runExport = (env: Record<string, string>) =>
    spawnSync(path.join(REPO, 'node_modules/.bin/tsx'), ['scripts/export.ts'], {
      cwd: REPO,
      env: { ...process.env, SNAPSHOT_DIR: '/nonexistent/never-written', ...env },
      encoding: 'utf8',
    })

  it('an unknown DATABASE_URL scheme', () => {
    const result = runExport({ DATABASE_URL: 'mysql://localhost/hzlib' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('DATABASE_URL has an unknown scheme "mysql:"')
  })

  it('a missing PAYLOAD_SECRET in production', () => {
    const result = runExport({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET is not set')
  })
})

describe('SQLite connection', () => {
  it('runs in WAL mode with a busy timeout, on the first connection and on transaction connections', async () => {
    const { freshCms } = await import('../helpers/cms')
    const { BUSY_TIMEOUT_MS } = await import('../../cms/src/database/sqlite')
    const payload = await freshCms()
    const db = payload.db as unknown as {
      client: import('@libsql/client').Client
      sessions: Record<string, { db: { all: (query: unknown) => Promise<Record<string, unknown>[]> } }>
    }
    expect((await db.client.execute('PRAGMA journal_mode')).rows[0].journal_mode).toBe('wal')
    expect(Number((await db.client.execute('PRAGMA busy_timeout')).rows[0].timeout)).toBe(BUSY_TIMEOUT_MS)
    const { sql } = await import('drizzle-orm')
    const id = await payload.db.beginTransaction()
    const rows = await db.sessions[String(id)].db.all(sql`PRAGMA busy_timeout`)
    await payload.db.commitTransaction(id!)
    expect(Number(Object.values(rows[0])[0])).toBe(BUSY_TIMEOUT_MS)
  })

  it('takes saves from ten editors at once, and forgot-password (which writes beside its own transaction)', async () => {
    const { freshCms } = await import('../helpers/cms')
    const payload = await freshCms()
    await payload.create({ collection: 'users', data: { email: 'locked@hzlib.local', password: 'p-123456789', roles: ['admin'] } as never, overrideAccess: true })
    const saves = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        payload.create({ collection: 'pages', data: { slug: `busy-${i}`, title: `并发 ${i}`, _status: 'draft' } as never, draft: true, overrideAccess: true }),
      ),
    )
    expect(saves.filter((s) => s.status === 'rejected').map((s) => String((s as PromiseRejectedResult).reason))).toEqual([])
    // Each save's transaction connection is closed after it: open files do not grow with saves.
    const openFiles = () => fs.readdirSync('/proc/self/fd').length
    const before = openFiles()
    for (let i = 0; i < 100; i++) await payload.create({ collection: 'pages', data: { slug: `fd-${i}`, title: `文件 ${i}` } as never, draft: true, overrideAccess: true })
    expect(openFiles() - before).toBeLessThan(10)
    const token = await payload.forgotPassword({ collection: 'users', data: { email: 'locked@hzlib.local' }, disableEmail: false })
    expect(typeof token).toBe('string')
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: 'locked@hzlib.local' } }, overrideAccess: true, showHiddenFields: true })
    expect((docs[0] as { resetPasswordToken?: string }).resetPasswordToken).toBe(token)
  })
})

describe('read-only tools and the development push mark', () => {
  const sha256 = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'absent')
  const tsx = (script: string, env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: REPO, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 })

  it('the export, even in development mode, leaves the database file byte for byte as it was', async () => {
    const { productionEnv, seedDatabase } = await import('../../scripts/lib/rest-api/process')
    const dir = tempDir('readonly')
    const env = productionEnv(dir)
    seedDatabase(env, FIXTURE_CONTENT)
    const file = path.join(dir, 'cms.db')
    // Everything the seed wrote goes into the main file, so a later write would show in either file.
    const client = createClient({ url: `file:${file}` })
    await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    client.close()
    const before = [sha256(file), sha256(`${file}-wal`)]

    // Development mode (no NODE_ENV): the mode that used to push the schema.
    const developmentEnv = Object.fromEntries(Object.entries({ ...env, SNAPSHOT_DIR: path.join(dir, 'snapshot') }).filter(([name]) => name !== 'NODE_ENV'))
    const result = tsx('scripts/export.ts', developmentEnv as unknown as NodeJS.ProcessEnv)
    expect(result.stderr).not.toContain('✗')
    expect(result.status).toBe(0)
    expect(fs.existsSync(path.join(dir, 'snapshot', 'articles.json'))).toBe(true)
    expect([sha256(file), sha256(`${file}-wal`)]).toEqual(before)
  })

  it('a marked database gets a clear error at once (no prompt), and db:clear-dev-mark fixes it without touching documents', async () => {
    const { productionEnv, seedDatabase, startApiProcess } = await import('../../scripts/lib/rest-api/process')
    const dir = tempDir('marked')
    const env = productionEnv(dir, { SNAPSHOT_DIR: path.join(dir, 'snapshot') })
    seedDatabase(env, FIXTURE_CONTENT)
    const db = createClient({ url: env.DATABASE_URL! })
    await db.execute("INSERT INTO payload_migrations (name, batch, updated_at, created_at) VALUES ('dev', -1, '2026-01-01', '2026-01-01')")
    const pagesBefore = (await db.execute('SELECT * FROM pages ORDER BY id')).rows

    const started = Date.now()
    const exported = tsx('scripts/export.ts', env)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(exported.status).toBe(1)
    expect(exported.stderr).toContain('development schema push (payload_migrations batch -1)')
    expect(exported.stderr).toContain('npm run db:clear-dev-mark')
    // Production start (the REST API process, stdin closed) refuses the same way instead of asking.
    await expect(startApiProcess(env, 30_000)).rejects.toThrow('npm run db:clear-dev-mark')

    const cleared = tsx('scripts/db-clear-dev-mark.ts', env)
    expect(cleared.stderr).not.toContain('✗')
    expect(cleared.stdout).toContain('removed 1 development push mark')
    expect((await db.execute('SELECT name, batch FROM payload_migrations')).rows.map((r) => [r.name, r.batch])).toEqual(COMMITTED_MIGRATIONS.map((name) => [name, 1]))
    expect((await db.execute('SELECT * FROM pages ORDER BY id')).rows).toEqual(pagesBefore)
    expect(tsx('scripts/export.ts', env).status).toBe(0)
    db.close()
  })

  it('a database made by a development push alone: the migrations are recorded, and production starts', async () => {
    const { freshCms } = await import('../helpers/cms')
    const { productionEnv, startApiProcess, stopApiProcess } = await import('../../scripts/lib/rest-api/process')
    await freshCms() // this file's database, pushed in test (development) mode
    const url = process.env.DATABASE_URL!
    const db = createClient({ url })
    expect((await db.execute('SELECT batch FROM payload_migrations')).rows.map((r) => r.batch)).toEqual([-1])
    const env = { ...productionEnv(path.dirname(url.slice('file:'.length))), DATABASE_URL: url }
    const cleared = tsx('scripts/db-clear-dev-mark.ts', env)
    expect(cleared.status).toBe(0)
    expect(cleared.stdout).toContain(`recorded as applied: ${COMMITTED_MIGRATIONS.join(', ')}`)
    const api = await startApiProcess(env, 30_000)
    await stopApiProcess(api)
    expect((await db.execute('SELECT name, batch FROM payload_migrations')).rows.map((r) => [r.name, r.batch])).toEqual(COMMITTED_MIGRATIONS.map((name) => [name, 1]))
    db.close()
  })
})
