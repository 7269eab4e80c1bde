import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { REPO } from './cms'

const CMS = path.join(REPO, 'cms')

/** Newest modification time of the files the admin build reads (sources, config, lockfile). */
function newestInput(): number {
  let newest = fs.statSync(path.join(REPO, 'package-lock.json')).mtimeMs
  const walk = (p: string) => {
    const stat = fs.statSync(p)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p)) if (!['node_modules', '.next', 'next-env.d.ts'].includes(name)) walk(path.join(p, name))
    } else newest = Math.max(newest, stat.mtimeMs)
  }
  walk(path.join(CMS, 'src'))
  for (const name of ['package.json', 'next.config.mjs', 'next.config.ts', 'tsconfig.json']) if (fs.existsSync(path.join(CMS, name))) newest = Math.max(newest, fs.statSync(path.join(CMS, name)).mtimeMs)
  return newest
}

const BUILD_LOCK = path.join(CMS, '.next-build.lock')

/**
 * `next build` of the admin, unless a build newer than every input exists. Test files run in
 * parallel: one builds (the lock is a directory, created atomically) while the others wait for it.
 */
export async function ensureAdminBuild() {
  const buildId = path.join(CMS, '.next', 'BUILD_ID')
  const isFresh = () => fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs > newestInput()
  for (;;) {
    if (isFresh()) return
    try {
      fs.mkdirSync(BUILD_LOCK)
      break
    } catch {
      // A lock older than the slowest build we have seen (about 16 min on a loaded machine) is stale.
      if (Date.now() - (fs.statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 20 * 60_000) fs.rmSync(BUILD_LOCK, { recursive: true, force: true })
      await new Promise((resolve) => setTimeout(resolve, 2000))
    }
  }
  try {
    if (isFresh()) return
    const result = spawnSync('npm', ['run', 'build'], { cwd: CMS, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } })
    if (result.status !== 0) throw new Error(`next build failed:\n${result.stdout}\n${result.stderr}`)
  } finally {
    fs.rmSync(BUILD_LOCK, { recursive: true, force: true })
  }
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

/** The built admin (`next start`) on a free port, over the database the test process uses. */
export async function startAdmin(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  const child: ChildProcess = spawn(path.join(REPO, 'node_modules/.bin/next'), ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: CMS,
    env: { ...process.env, NODE_ENV: 'production', CMS_URL: `http://127.0.0.1:${port}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (d) => (output += d))
  child.stderr!.on('data', (d) => (output += d))
  const origin = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the admin stopped:\n${output}`)
    const ok = await fetch(`${origin}/api/users/me`).then((r) => r.status < 500, () => false)
    if (ok) break
    if (Date.now() > deadline) {
      child.kill()
      throw new Error(`the admin did not answer in 2 minutes:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return { origin, stop: () => child.kill() }
}

/**
 * The built admin over a fresh database seeded with the fixture content, one administrator
 * (`email`, `password`), the ids of the documents a test opens, and a browser.
 */
export async function seededAdmin(email: string, password: string, documents: Array<[collection: string, slug: string]>) {
  await ensureAdminBuild()
  // Imported now: the test file sets NODE_ENV and friends before the CMS config loads.
  const { freshCms, FIXTURE_CONTENT } = await import('./cms')
  const { seedContent } = await import('../../cms/src/content/seed')
  const { launchChromium } = await import('../../scripts/lib/browser')
  const payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] } as never })
  const ids: Record<string, number> = {}
  for (const [collection, slug] of documents) {
    ids[slug] = (await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, depth: 0, draft: true })).docs[0].id as number
  }
  return { payload, ids, admin: await startAdmin(), browser: await launchChromium() }
}
