/**
 * The database under load, for `npm run bench`: the REST API in its own process (production mode,
 * a copy of the seed content), 50 readers and 10 authenticated editors (draft saves and publishes)
 * for a while, with `npm run export` and `npm run backup` run in the middle. Every request must
 * succeed; latencies are reported per kind.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { loginAsAdmin, productionEnv, seedDatabase, startApiProcess, stopApiProcess } from './process'

const REPO = path.resolve(import.meta.dirname, '../../..')

export type LoadReport = {
  seconds: number
  reads: number[]
  writes: number[]
  errors: string[]
  sideRuns: Array<{ name: string; ok: boolean; ms: number; detail: string }>
}

/** Milliseconds of a request, or an error message naming it. */
async function timed(label: string, request: () => Promise<Response>, expect: number[], times: number[], errors: string[]): Promise<unknown> {
  const started = performance.now()
  try {
    const response = await request()
    const body = await response.text()
    if (!expect.includes(response.status)) {
      errors.push(`${label}: HTTP ${response.status} ${body.slice(0, 200)}`)
      return undefined
    }
    times.push(performance.now() - started)
    return JSON.parse(body)
  } catch (error) {
    errors.push(`${label}: ${(error as Error).message}`)
    return undefined
  }
}

function runCommand(script: string, env: NodeJS.ProcessEnv): Promise<{ ok: boolean; ms: number; detail: string }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (c) => (output += c))
    child.stderr.on('data', (c) => (output += c))
    child.on('exit', (code) => {
      const lastLine = output.trim().split('\n').filter((l) => !/WARN|INFO/.test(l)).at(-1) ?? ''
      resolve({ ok: code === 0, ms: performance.now() - started, detail: code === 0 ? lastLine : output.slice(-800) })
    })
  })
}

export async function runDatabaseLoad(options: { work: string; seconds: number; readers: number; editors: number; sideRuns?: boolean }): Promise<LoadReport> {
  const dir = path.join(options.work, 'db-load')
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const env = productionEnv(dir, { SNAPSHOT_DIR: path.join(dir, 'snapshot'), BACKUP_DIR: path.join(dir, 'backups') })
  seedDatabase(env, path.join(REPO, 'content'))
  const api = await startApiProcess(env)
  const report: LoadReport = { seconds: options.seconds, reads: [], writes: [], errors: [], sideRuns: [] }
  try {
    // One after another: Payload keeps a user's sessions in their row, and logins at the same
    // moment overwrite each other's session (the earlier tokens are then refused).
    const auths: string[] = []
    for (let e = 0; e < options.editors; e++) auths.push(await loginAsAdmin(api.url))
    const listing = (await (await fetch(`${api.url}/api/articles?limit=100&depth=0`)).json()) as { docs: { id: number }[] }
    const articleIds = listing.docs.map((d) => d.id)
    const readPaths = [
      () => `/api/articles?limit=10&depth=1&locale=zh&sort=-updatedAt`,
      () => `/api/articles/${articleIds[Math.floor(Math.random() * articleIds.length)]}?depth=1&locale=zh`,
      () => `/api/events?limit=20&depth=1&locale=en`,
      () => `/api/branches?limit=50&depth=0`,
      () => `/api/pages?limit=10&where[section][equals]=about`,
    ]
    const until = Date.now() + options.seconds * 1000
    const reader = async () => {
      while (Date.now() < until) {
        const url = readPaths[Math.floor(Math.random() * readPaths.length)]()
        await timed(`GET ${url}`, () => fetch(api.url + url), [200], report.reads, report.errors)
      }
    }
    const editor = async (e: number) => {
      const headers = { authorization: auths[e], 'content-type': 'application/json' }
      for (let n = 0; Date.now() < until; n++) {
        const slug = `load-${e}-${n}`
        const created = (await timed(`POST draft ${slug}`, () => fetch(`${api.url}/api/pages?draft=true`, { method: 'POST', headers, body: JSON.stringify({ slug, title: `负载 ${e}-${n}`, _status: 'draft' }) }), [201], report.writes, report.errors)) as { doc?: { id: number } } | undefined
        const id = created?.doc?.id
        if (!id) continue
        await timed(`PATCH draft ${slug}`, () => fetch(`${api.url}/api/pages/${id}?draft=true`, { method: 'PATCH', headers, body: JSON.stringify({ summary: `草稿 ${n}`, _status: 'draft' }) }), [200], report.writes, report.errors)
        await timed(`PATCH publish ${slug}`, () => fetch(`${api.url}/api/pages/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ summary: `发布 ${n}`, _status: 'published' }) }), [200], report.writes, report.errors)
      }
    }
    // The export and a backup run in their own processes while the load is on.
    const sideRuns = (async () => {
      if (options.sideRuns === false) return
      await new Promise((r) => setTimeout(r, (options.seconds * 1000) / 3))
      for (const [name, script] of [['npm run export', 'scripts/export.ts'], ['npm run backup', 'scripts/backup.ts']] as const) {
        report.sideRuns.push({ name, ...(await runCommand(script, env)) })
      }
    })()
    await Promise.all([...Array.from({ length: options.readers }, reader), ...Array.from({ length: options.editors }, (_, e) => editor(e)), sideRuns])
  } finally {
    await stopApiProcess(api)
  }
  return report
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const ms = (x: number) => `${x.toFixed(0)} ms`

/** The bench's section: figures, then PASS/FAIL lines. Returns whether every target passed. */
export function printLoadReport(report: LoadReport, readers: number, editors: number): boolean {
  console.log(`\n--- database under load: REST API (own process, production mode, SQLite WAL), ${readers} readers + ${editors} editors for ${report.seconds} s ---`)
  const rate = (n: number) => `${(n / report.seconds).toFixed(1)}/s`
  console.log(`reads:  ${report.reads.length} (${rate(report.reads.length)}), p50 ${ms(quantile(report.reads, 0.5))}, p99 ${ms(quantile(report.reads, 0.99))}`)
  console.log(`writes: ${report.writes.length} (${rate(report.writes.length)}; draft create, draft save, publish), p50 ${ms(quantile(report.writes, 0.5))}, p99 ${ms(quantile(report.writes, 0.99))}`)
  for (const run of report.sideRuns) console.log(`during the load, ${run.name}: ${run.ok ? 'ok' : 'FAILED'} in ${ms(run.ms)} (${run.detail.trim()})`)
  if (report.errors.length) console.log(`errors (first 5 of ${report.errors.length}):\n  ${report.errors.slice(0, 5).join('\n  ')}`)
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL')
  const exported = report.sideRuns.find((r) => r.name === 'npm run export')
  const backedUp = report.sideRuns.find((r) => r.name === 'npm run backup')
  const checks = [
    [report.errors.length === 0, `zero failed requests (${report.errors.length} of ${report.reads.length + report.writes.length + report.errors.length})`],
    [Boolean(exported?.ok), 'npm run export during the load succeeds'],
    [Boolean(backedUp?.ok), 'npm run backup during the load succeeds'],
  ] as const
  for (const [ok, text] of checks) console.log(`${verdict(ok)} database: ${text}`)
  return checks.every(([ok]) => ok)
}
