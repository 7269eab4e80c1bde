import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/**
 * `astro build` of the site, for every caller (the publish worker, previews, tests, the bench), one
 * at a time across processes. Astro keeps its intermediate build in `site/.astro/` whenever the
 * output folder lies outside `site/`, so two builds at once overwrite each other's files.
 */
const POLL_MS = 100

/**
 * The site's folder: SITE_DIR if set, else found upwards from the working directory (the built CMS
 * runs from bundles in .next/, where a path from this file's own location would be wrong).
 */
export function siteDir(): string {
  if (process.env.SITE_DIR) return path.resolve(process.env.SITE_DIR)
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'site', 'astro.config.ts'))) return path.join(dir, 'site')
    if (path.dirname(dir) === dir) throw new Error('cannot find site/astro.config.ts above the working directory; set SITE_DIR')
  }
}

const astroBin = () => path.join(siteDir(), '..', 'node_modules', 'astro', 'bin', 'astro.mjs')
const lockDir = () => path.join(siteDir(), '.astro-build.lock')

export type AstroResult = { code: number | null; log: string }

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes the lock if free (or left by a process that died); true when this process holds it. */
function tryLock(): boolean {
  const lock = lockDir()
  try {
    fs.mkdirSync(lock)
    fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    try {
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'))
      if (!owner) throw new Error('the lock has no pid yet')
      if (!alive(owner)) fs.rmSync(lock, { recursive: true, force: true })
    } catch {
      // No pid (yet): the owner is between mkdir and writing it, or a crash left the lock empty.
      const stat = fs.statSync(lock, { throwIfNoEntry: false })
      if (stat && Date.now() - stat.mtimeMs > 5000) fs.rmSync(lock, { recursive: true, force: true })
    }
    return false
  }
}

const unlock = () => fs.rmSync(lockDir(), { recursive: true, force: true })
const buildEnv = (env: Record<string, string>) => ({ ...process.env, NO_COLOR: '1', ...env })

/** Builds asynchronously (the worker and the CMS keep answering meanwhile), waiting for the lock. */
export async function runAstroBuild(env: Record<string, string>): Promise<AstroResult> {
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  try {
    return await new Promise<AstroResult>((resolve, reject) => {
      const child = spawn(process.execPath, [astroBin(), 'build'], { cwd: siteDir(), env: buildEnv(env), stdio: ['ignore', 'pipe', 'pipe'] })
      let log = ''
      child.stdout.on('data', (chunk) => (log += chunk))
      child.stderr.on('data', (chunk) => (log += chunk))
      child.on('error', reject)
      child.on('close', (code) => resolve({ code, log }))
    })
  } finally {
    unlock()
  }
}

/** The same, blocking: for test set-up and the bench, which have nothing else to do meanwhile. */
export function runAstroBuildSync(env: Record<string, string>): AstroResult {
  const sleeper = new Int32Array(new SharedArrayBuffer(4))
  while (!tryLock()) Atomics.wait(sleeper, 0, 0, POLL_MS)
  try {
    const result = spawnSync(process.execPath, [astroBin(), 'build'], { cwd: siteDir(), env: buildEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
    return { code: result.status, log: `${result.stdout}\n${result.stderr}` }
  } finally {
    unlock()
  }
}
