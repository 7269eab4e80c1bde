/**
 * npm start: the whole system on this machine. Prepares the embedded database (migrations, seed if
 * empty), exports the snapshot, prints the journal issues to PDF, builds the site and the CMS admin
 * when their sources changed, then serves both and prints where.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DATA_DIR, REPO_ROOT, snapshotDir } from '../cms/src/lib/paths'
import { runCommand } from './lib/cms'
import { startBanner } from './lib/production/banner'
import { cmsStartCommand, parseStartOptions } from './lib/production/options'
import { dataPaths, secureDataFiles } from './lib/production/permissions'
import type { PrepareReport } from './lib/production/prepare'
import { serveStatic } from './lib/static-server'

const options = parseStartOptions(process.argv.slice(2))
const CMS_PORT = options.cmsPort
const SITE_PORT = options.sitePort
const PREPARE_REPORT = path.join(REPO_ROOT, '.build', 'prepare-report.json')
const SITE_DIST = path.join(REPO_ROOT, 'site', 'dist')
const children: ChildProcess[] = []

/** Each server child leads its own process group: npm does not pass a signal on to the server it runs. */
function stopChildren() {
  for (const child of children.splice(0)) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM')
    } catch {} // already gone
  }
}
process.on('exit', stopChildren)
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0))

/** A secret kept in data/ so sessions survive restarts; production sets PAYLOAD_SECRET itself. */
function localSecret(): string {
  const file = path.join(DATA_DIR, 'payload-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}

function run(label: string, command: string, args: string[], cwd = REPO_ROOT): Promise<void> {
  console.log(`\n▶ ${label}`)
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: process.env })
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed (exit ${code})`))))
  })
}

/**
 * Hash of the files a build depends on, to skip a build whose inputs did not change. Build output
 * is left out, and so is next-env.d.ts, which `next build` writes.
 */
function inputsHash(...roots: string[]): string {
  const hash = createHash('sha256')
  const walk = (p: string) => {
    if (!fs.existsSync(p)) return
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!['node_modules', '.next', 'dist', '.astro', 'next-env.d.ts'].includes(name)) walk(path.join(p, name))
    } else hash.update(p).update(fs.readFileSync(p))
  }
  roots.forEach(walk)
  return hash.digest('hex')
}

async function buildIfChanged(label: string, stamp: string, inputs: string[], build: () => Promise<void>) {
  const hash = inputsHash(...inputs)
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    console.log(`\n✓ ${label}: up to date`)
    return
  }
  await build()
  fs.mkdirSync(path.dirname(stamp), { recursive: true })
  fs.writeFileSync(stamp, hash)
}

await runCommand(async () => {
  fs.mkdirSync(DATA_DIR, { recursive: true, mode: 0o700 })
  process.env.NODE_ENV = 'production'
  process.env.PAYLOAD_SECRET ||= localSecret()
  secureDataFiles(dataPaths())
  if (options.demo) console.log('\n⚠ --demo: creating the demo accounts, whose password is published in the README. Local trial only.')
  process.env.CMS_URL ||= `http://localhost:${CMS_PORT}`

  // Migrations run when Payload starts in production; then seed (if empty) and export.
  await run('Database: migrate, seed if empty, export', 'tsx', ['scripts/prepare.ts', '--report', PREPARE_REPORT, ...(options.demo ? ['--demo'] : [])])
  const prepared = JSON.parse(fs.readFileSync(PREPARE_REPORT, 'utf8')) as PrepareReport
  // The print export needs Chromium and CJK fonts (installed with apt when we may); without them
  // the system still runs, and the issue pages link no PDFs.
  const printable = await run('Browser for the print export', 'bash', ['scripts/ensure-browser.sh']).then(
    () => true,
    () => false,
  )
  // Content the print edition refuses (its reason is printed above) must not keep the CMS, where
  // editors fix it, from starting.
  if (printable) await run('Print: issue PDFs for the print shop', 'tsx', ['scripts/print.ts']).catch(() => console.log('Print: failed; the site is built without print PDFs'))
  else console.log('Print: skipped (needs chromium, fonts-noto-cjk and fonts-liberation)')
  await buildIfChanged('Site', path.join(REPO_ROOT, '.build', 'site.stamp'), [snapshotDir(), path.join(REPO_ROOT, 'site')], () =>
    run('Site: astro build + search index', 'npm', ['run', 'build', '--workspace', 'site']),
  )
  await buildIfChanged('CMS admin', path.join(REPO_ROOT, 'cms', '.next', 'hzlib.stamp'), [path.join(REPO_ROOT, 'cms'), path.join(REPO_ROOT, 'package-lock.json')], () =>
    run('CMS admin: next build', 'npm', ['run', 'build', '--workspace', 'cms']),
  )

  const cmsStart = cmsStartCommand(options)
  const cms = spawn(cmsStart.command, cmsStart.args, { cwd: REPO_ROOT, stdio: 'inherit', env: process.env, detached: true })
  children.push(cms)
  cms.on('exit', (code) => {
    console.error(`CMS stopped (exit ${code})`)
    process.exit(code ?? 1)
  })
  await serveStatic(SITE_DIST, SITE_PORT, options.host)

  console.log(`\n${startBanner(options, prepared)}`)
  await new Promise(() => {}) // serve until stopped
})
