/**
 * Part of `npm run bench` (or alone: `tsx scripts/bench-login.ts`): how long a failed login takes
 * to answer for an unknown email, a wrong password and a locked account, through the REST handler
 * on a throw-away database. The three must be alike, or the time tells which accounts exist.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-bench-login-'))
process.env.DATABASE_URL = `file:${path.join(work, 'cms.db')}`
process.env.MEDIA_DIR = path.join(work, 'media')
process.env.MAIL_DIR = path.join(work, 'mail')
process.env.PAYLOAD_SECRET ||= 'bench-login-secret'
const ROUNDS = 15

try {
  const { handleEndpoints } = await import('payload')
  const { openCms } = await import('./lib/cms')
  const { authLimits } = await import('../cms/src/auth/loginGuard')
  const { default: config } = await import('../cms/src/payload.config')
  const payload = await openCms()
  const password = 'bench-login-pass-1'
  for (const email of ['known@bench.test', 'locked@bench.test']) await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] } as never })
  await payload.db.updateOne({ collection: 'users', where: { email: { equals: 'locked@bench.test' } }, data: { loginAttempts: 10, lockUntil: new Date(Date.now() + 3_600_000).toISOString() } })

  const timeLogin = async (email: string, pass: string, round: number) => {
    Object.values(authLimits).forEach((limiter) => limiter.clear())
    const request = new Request('http://localhost/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${round}` },
      body: JSON.stringify({ email, password: pass }),
    })
    const started = performance.now()
    const response = await handleEndpoints({ config, request })
    await response.text()
    return { ms: performance.now() - started, status: response.status }
  }
  const cases = [
    ['unknown email', 'nobody@bench.test', password],
    ['wrong password', 'known@bench.test', 'wrong-password'],
    ['locked account', 'locked@bench.test', password],
    ['right password', 'known@bench.test', password],
  ] as const
  const times: Record<string, number[]> = {}
  const statuses: Record<string, Set<number>> = {}
  for (let round = 0; round < ROUNDS; round++) {
    // Interleaved, so that a slower moment of a shared machine falls on every case alike.
    for (const [label, email, pass] of cases) {
      const { ms, status } = await timeLogin(email, pass, round)
      ;(times[label] ??= []).push(ms)
      ;(statuses[label] ??= new Set()).add(status)
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`\n--- login answer time (REST handler, ${ROUNDS} rounds, median / min–max ms) ---`)
  for (const [label] of cases) {
    const xs = times[label]
    console.log(`${label.padEnd(16)} ${median(xs).toFixed(0).padStart(5)}   ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}   status ${[...statuses[label]].join(',')}`)
  }
  const failed = cases.slice(0, 3).map(([label]) => median(times[label]))
  console.log(`spread of the failed-login medians: ${((Math.max(...failed) / Math.min(...failed) - 1) * 100).toFixed(0)} % (target: under 25 %)`)
} finally {
  fs.rmSync(work, { recursive: true, force: true })
}
process.exit(0)
