import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { authLimits } from '../../cms/src/auth/loginGuard'
import { SlidingWindowLimiter } from '../../cms/src/auth/rateLimit'
import { freshCms, tempDir } from '../helpers/cms'

// Before the CMS config loads: the mail adapter writes here.
const MAIL_DIR = tempDir('mail')
process.env.MAIL_DIR = MAIL_DIR

let payload: Payload
const PASSWORD = 'auth-test-pass-1'
const config = async () => (await import('../../cms/src/payload.config')).default

type Answer = { status: number; json: Record<string, unknown>; headers: Headers }
async function rest(method: string, url: string, body?: unknown, opts: { token?: string; from?: string; language?: string } = {}): Promise<Answer> {
  const request = new Request(`http://localhost/api${url}`, {
    method,
    headers: {
      'content-type': 'application/json',
      // cms/server.mjs writes the client's address here before the CMS sees the request.
      'x-forwarded-for': opts.from ?? '192.0.2.1',
      ...(opts.language ? { 'accept-language': opts.language } : {}),
      ...(opts.token ? { authorization: `JWT ${opts.token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const response = await handleEndpoints({ config: await config(), request })
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, headers: response.headers }
}
const login = (email: string, password: string, from?: string) => rest('POST', '/users/login', { email, password }, { from })
const tokenOf = async (email: string) => (await login(email, PASSWORD)).json.token as string

async function makeUser(email: string, roles: string[]) {
  await payload.create({ collection: 'users', data: { email, password: PASSWORD, roles } as never })
}
async function lockAccount(email: string) {
  await payload.db.updateOne({ collection: 'users', where: { email: { equals: email } }, data: { loginAttempts: 10, lockUntil: new Date(Date.now() + 3_600_000).toISOString() } })
}
const lockUntilOf = async (email: string) =>
  ((await payload.find({ collection: 'users', where: { email: { equals: email } }, showHiddenFields: true })).docs[0] as { lockUntil?: string | null }).lockUntil ?? null

beforeAll(async () => {
  payload = await freshCms()
  await makeUser('admin@auth.test', ['admin'])
  await makeUser('editor@auth.test', ['journal-editor'])
  await makeUser('victim@auth.test', ['festival-editor'])
  await makeUser('reset@auth.test', ['branch-editor'])
})
beforeEach(() => Object.values(authLimits).forEach((limiter) => limiter.clear()))

describe('unlock', () => {
  it('a non-admin cannot unlock an account; an admin can', async () => {
    await lockAccount('victim@auth.test')
    const editor = await tokenOf('editor@auth.test')
    const refused = await rest('POST', '/users/unlock', { email: 'victim@auth.test' }, { token: editor })
    expect(refused.status).toBe(403)
    expect(await lockUntilOf('victim@auth.test')).not.toBeNull()
    expect((await rest('POST', '/users/unlock', { email: 'victim@auth.test' })).status).toBe(403)

    const admin = await tokenOf('admin@auth.test')
    expect((await rest('POST', '/users/unlock', { email: 'victim@auth.test' }, { token: admin })).status).toBe(200)
    expect(await lockUntilOf('victim@auth.test')).toBeNull()
    expect((await login('victim@auth.test', PASSWORD)).status).toBe(200)
  })
})

describe('failed logins all answer alike', () => {
  it('unknown email, wrong password and a locked account: the same status and body, over REST and GraphQL', async () => {
    await lockAccount('victim@auth.test')
    const unknown = await login('nobody@auth.test', 'whatever-1', '198.51.100.1')
    const wrong = await login('editor@auth.test', 'wrong-password', '198.51.100.2')
    const locked = await login('victim@auth.test', PASSWORD, '198.51.100.3') // even with the right password
    expect(unknown.status).toBe(401)
    expect([wrong.status, locked.status]).toEqual([401, 401])
    expect(wrong.json).toEqual(unknown.json)
    expect(locked.json).toEqual(unknown.json)
    expect(JSON.stringify(locked.json)).not.toMatch(/lock/i)

    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const graphql = async (email: string, password: string) => {
      const request = new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        body: JSON.stringify({ query: `mutation { loginUser(email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}) { token } }` }),
      })
      const json = (await (await GRAPHQL_POST(await config())(request)).json()) as { errors: Array<{ message: string; extensions: { name: string; statusCode: number } }> }
      return json.errors.map((e) => [e.message, e.extensions.name, e.extensions.statusCode])
    }
    const gqlUnknown = await graphql('nobody@auth.test', 'whatever-1')
    expect(gqlUnknown[0][2]).toBe(401)
    expect(await graphql('victim@auth.test', PASSWORD)).toEqual(gqlUnknown)
    expect(await graphql('editor@auth.test', 'wrong-password')).toEqual(gqlUnknown)
  })
})

describe('rate limits', () => {
  it('the window slides: old hits expire one by one', () => {
    let now = 0
    const limiter = new SlidingWindowLimiter(2, 1000, () => now)
    expect(limiter.hit('a')).toEqual({ allowed: true })
    now = 400
    expect(limiter.hit('a')).toEqual({ allowed: true })
    now = 900
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterMs: 100 })
    expect(limiter.hit('b')).toEqual({ allowed: true })
    now = 1001 // the first hit left the window, the second has not
    expect(limiter.hit('a')).toEqual({ allowed: true })
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterMs: 399 })
  })

  it('one address is stopped after 10 login attempts; another address is not', async () => {
    const emails = Array.from({ length: 10 }, (_, i) => `guess${i}@auth.test`)
    for (const email of emails) expect((await login(email, 'nope-nope', '203.0.113.5')).status).toBe(401)
    const stopped = await login('admin@auth.test', PASSWORD, '203.0.113.5')
    expect(stopped.status).toBe(429)
    expect(Number(stopped.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(stopped.json)).toContain('尝试次数过多')
    expect((await login('admin@auth.test', PASSWORD, '203.0.113.6')).status).toBe(200)
  })

  it('one account is stopped after 5 attempts across addresses, known or unknown alike', async () => {
    for (const target of ['victim@auth.test', 'ghost@auth.test']) {
      for (let i = 0; i < 5; i++) expect((await login(target, 'nope-nope', `203.0.113.${10 + i}`)).status).toBe(401)
      const stopped = await login(target, 'nope-nope', '203.0.113.99')
      expect(stopped.status).toBe(429)
    }
    const known = await login('victim@auth.test', PASSWORD, '203.0.113.100')
    const unknown = await login('ghost@auth.test', PASSWORD, '203.0.113.101')
    expect(known.status).toBe(429)
    expect(known.json).toEqual(unknown.json)
    // Other accounts are not affected.
    expect((await login('editor@auth.test', PASSWORD, '203.0.113.99')).status).toBe(200)
  })

  it('the limit message follows the admin language', async () => {
    for (let i = 0; i < 5; i++) await rest('POST', '/users/forgot-password', { email: `x${i}@auth.test` }, { from: '203.0.113.200' })
    const english = await rest('POST', '/users/forgot-password', { email: 'y@auth.test' }, { from: '203.0.113.200', language: 'en' })
    expect(english.status).toBe(429)
    expect(JSON.stringify(english.json)).toContain('Too many attempts')
  })
})

describe('forgot password', () => {
  const mails = () => fs.readdirSync(MAIL_DIR).map((f) => JSON.parse(fs.readFileSync(path.join(MAIL_DIR, f), 'utf8')) as { to: string; subject: string; html: string })

  it('answers alike for known and unknown addresses, mails a reset link, and the link resets the password', async () => {
    const before = fs.existsSync(MAIL_DIR) ? fs.readdirSync(MAIL_DIR).length : 0
    const known = await rest('POST', '/users/forgot-password', { email: 'reset@auth.test' })
    const unknown = await rest('POST', '/users/forgot-password', { email: 'nobody@auth.test' })
    expect(known.status).toBe(200)
    expect(unknown).toMatchObject({ status: known.status, json: known.json })
    const sent = mails()
    expect(sent.length).toBe(before + 1)
    const mail = sent.find((m) => m.to === 'reset@auth.test')!
    expect(fs.statSync(MAIL_DIR).mode & 0o777).toBe(0o700)
    for (const f of fs.readdirSync(MAIL_DIR)) expect(fs.statSync(path.join(MAIL_DIR, f)).mode & 0o777).toBe(0o600)

    const token = mail.html.match(/\/admin\/reset\/([a-f0-9]+)/)?.[1]
    expect(token).toBeTruthy()
    const reset = await rest('POST', '/users/reset-password', { token, password: 'brand-new-pass-2' })
    expect(reset.status).toBe(200)
    expect((await login('reset@auth.test', 'brand-new-pass-2')).status).toBe(200)
    expect((await login('reset@auth.test', PASSWORD)).status).toBe(401)
    // The token is spent.
    expect((await rest('POST', '/users/reset-password', { token, password: 'third-pass-3' })).status).not.toBe(200)
  })
})
