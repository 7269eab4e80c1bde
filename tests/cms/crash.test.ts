/**
 * Crash safety: the CMS (a real process serving the REST API) is killed with SIGKILL in the middle
 * of a stream of authenticated saves. The database must pass SQLite's integrity check, the CMS
 * must start again on its own (stdin closed: no prompt), and every save that was acknowledged
 * must be there.
 */
import { createClient } from '@libsql/client'
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { loginAsAdmin, productionEnv, seedDatabase, startApiProcess, stopApiProcess, type ApiProcess } from '../../scripts/lib/rest-api/process'
import { FIXTURE_CONTENT, REPO, tempDir } from '../helpers/cms'

const WRITERS = 6
const RESTART_BOUND_MS = 30_000
const running: ApiProcess[] = []
afterAll(async () => {
  for (const api of running) await stopApiProcess(api, 'SIGKILL')
})

describe('kill -9 during saves', () => {
  it('loses no acknowledged save and restarts without a prompt', async () => {
    const dir = tempDir('crash')
    const env = productionEnv(dir)
    seedDatabase(env, FIXTURE_CONTENT)
    const first = await startApiProcess(env)
    running.push(first)
    const auth = await loginAsAdmin(first.url)

    // Writers save drafts until the process dies; a save counts once its 201 has arrived.
    const acknowledged: string[] = []
    let attempts = 0
    let killed = false
    const writer = async (w: number) => {
      for (let n = 0; !killed; n++) {
        const slug = `crash-${w}-${n}`
        attempts++
        try {
          const response = await fetch(`${first.url}/api/pages?draft=true`, {
            method: 'POST',
            headers: { authorization: auth, 'content-type': 'application/json' },
            body: JSON.stringify({ slug, title: `断电测试 ${w}-${n}`, summary: 'x'.repeat(2000), _status: 'draft' }),
          })
          if (response.status === 201) acknowledged.push(slug)
          else if (!killed) throw new Error(`save ${slug} failed before the kill: ${response.status} ${await response.text()}`)
        } catch (error) {
          if (!killed) throw error
        }
      }
    }
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w))
    // The kill comes on a timer, not after a response: saves are mid-flight in the server.
    while (acknowledged.length < 10) await new Promise((r) => setTimeout(r, 5))
    await new Promise((r) => setTimeout(r, 1500 + Math.random() * 500))
    first.child.kill('SIGKILL')
    killed = true
    await Promise.all(writers)
    await new Promise((resolve) => (first.child.exitCode !== null || first.child.signalCode !== null ? resolve(null) : first.child.once('exit', resolve)))
    expect(first.child.signalCode).toBe('SIGKILL')
    expect(attempts).toBeGreaterThan(acknowledged.length) // some saves died with the process
    expect(acknowledged.length).toBeGreaterThan(20)

    // A backup of the crashed database (its WAL not yet checkpointed) reads without writing.
    const file = env.DATABASE_URL!.slice('file:'.length)
    const hashes = () => ['', '-wal'].map((s) => (fs.existsSync(file + s) ? createHash('sha256').update(fs.readFileSync(file + s)).digest('hex') : 'absent'))
    const before = hashes()
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(0)
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/backup.ts'], { cwd: REPO, env: { ...env, BACKUP_DIR: path.join(dir, 'backups') }, encoding: 'utf8' })
    expect(backup.stderr).not.toContain('✗')
    expect(hashes()).toEqual(before)

    const db = createClient({ url: env.DATABASE_URL! })
    expect((await db.execute('PRAGMA integrity_check')).rows.map((r) => r.integrity_check)).toEqual(['ok'])
    db.close()

    const second = await startApiProcess(env, RESTART_BOUND_MS)
    running.push(second)
    expect(second.output()).not.toMatch(/proceed\?|dev mode/i)

    // Every acknowledged save: a row in the database, and a draft the restarted API serves.
    const check = createClient({ url: env.DATABASE_URL! })
    const placeholders = acknowledged.map(() => '?').join(',')
    const rows = await check.execute({ sql: `SELECT slug FROM pages WHERE slug IN (${placeholders})`, args: acknowledged })
    check.close()
    expect(rows.rows.map((r) => r.slug).sort()).toEqual([...acknowledged].sort())
    const [backupDir] = fs.readdirSync(path.join(dir, 'backups'))
    const backedUp = createClient({ url: `file:${path.join(dir, 'backups', backupDir, 'cms.db')}` })
    const inBackup = await backedUp.execute({ sql: `SELECT slug FROM pages WHERE slug IN (${placeholders})`, args: acknowledged })
    backedUp.close()
    expect(inBackup.rows.length).toBe(acknowledged.length)
    const secondAuth = await loginAsAdmin(second.url)
    // Page by page: the API serves at most 200 documents a request (cms/src/api/bounds.ts).
    const slugs: string[] = []
    for (let page = 1, more = true; more; page++) {
      const served = await fetch(`${second.url}/api/pages?draft=true&limit=200&page=${page}&depth=0&where[slug][like]=crash-`, { headers: { authorization: secondAuth } })
      const body = (await served.json()) as { docs: { slug: string }[]; hasNextPage: boolean }
      slugs.push(...body.docs.map((d) => d.slug))
      more = body.hasNextPage
    }
    expect(slugs).toEqual(expect.arrayContaining(acknowledged))
    await stopApiProcess(second)
  })
})
