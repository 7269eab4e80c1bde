/**
 * The REST API as a separate process (scripts/serve-api.ts), for the load bench and the crash
 * test: a database prepared the way `npm start` prepares it (production: migrations, then seed),
 * a server started with stdin closed (a prompt would hang it: it must come up on its own), and an
 * authenticated session.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { DEMO_PASSWORD, DEMO_USERS } from '../../../cms/src/content/users'

const REPO = path.resolve(import.meta.dirname, '../../..')
const TSX = path.join(REPO, 'node_modules/.bin/tsx')

/** Environment of a production CMS on its own database and media folder. */
export function productionEnv(dir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: `file:${path.join(dir, 'cms.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'rest-api-process-secret',
    SEED_DEMO_USERS: '1',
    DATABASE_READ_ONLY: '',
    ...extra,
  }
}

/** Migrates and seeds a database from a content folder, as `npm start` does. */
export function seedDatabase(env: NodeJS.ProcessEnv, contentDir: string) {
  const result = spawnSync(TSX, ['scripts/seed.ts'], { cwd: REPO, env: { ...env, CONTENT_DIR: contentDir }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) throw new Error(`seeding failed (exit ${result.status}):\n${result.stderr}`)
}

export type ApiProcess = { child: ChildProcess; url: string; readyInMs: number; output: () => string }

/** Starts scripts/serve-api.ts with stdin closed; resolves once it listens, rejects if it exits or takes longer than `timeoutMs`. */
export function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<ApiProcess> {
  const started = Date.now()
  // node --import tsx, not the tsx binary: tsx would run the server as a grandchild, which a
  // SIGKILL of the child would leave running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-api.ts'], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the API did not come up within ${timeoutMs} ms:\n${output}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /listening (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ child, url: match[1], readyInMs: Date.now() - started, output: () => output })
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the API exited (code ${code}) before listening:\n${output}`))
    })
  })
}

/** Stops an API process and waits for it to be gone. */
export async function stopApiProcess(api: ApiProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return
  const gone = new Promise((resolve) => api.child.once('exit', resolve))
  api.child.kill(signal)
  await gone
}

/** Logs in as the seeded admin; returns the Authorization header value. */
export async function loginAsAdmin(url: string): Promise<string> {
  const response = await fetch(`${url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_USERS[0].email, password: DEMO_PASSWORD }),
  })
  const body = (await response.json()) as { token?: string; errors?: unknown }
  if (!response.ok || !body.token) throw new Error(`login failed (${response.status}): ${JSON.stringify(body)}`)
  return `JWT ${body.token}`
}
