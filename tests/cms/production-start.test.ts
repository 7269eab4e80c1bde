import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_PASSWORD, DEMO_USERS } from '../../cms/src/content/users'
import { startBanner } from '../../scripts/lib/production/banner'
import { cmsStartCommand, parseStartOptions } from '../../scripts/lib/production/options'
import { dataPaths, secureDataFiles } from '../../scripts/lib/production/permissions'
import { prepareDatabase } from '../../scripts/lib/production/prepare'
// @ts-expect-error plain JavaScript modules of the CMS server and Next config
import { listenOptions, resolveClientAddress, trustProxy } from '../../cms/server-options.mjs'
// @ts-expect-error plain JavaScript
import nextConfig from '../../cms/next.config.mjs'
import { FIXTURE_CONTENT, freshCms, tempDir } from '../helpers/cms'

// Served over HTTPS: the session cookie must be Secure (read when the CMS config loads, so before the imports).
vi.hoisted(() => {
  process.env.CMS_URL = 'https://cms.library.test'
})

const mode = (file: string) => fs.statSync(file).mode & 0o777
let payload: Payload

beforeAll(async () => {
  payload = await freshCms()
})

describe('npm start options', () => {
  it('no demo accounts and loopback only, unless asked', () => {
    expect(parseStartOptions([], {})).toEqual({ demo: false, host: '127.0.0.1', cmsPort: 3000, sitePort: 4321 })
    expect(parseStartOptions(['--demo'], { HOST: '0.0.0.0', CMS_PORT: '4000' })).toMatchObject({ demo: true, host: '0.0.0.0', cmsPort: 4000 })
    expect(() => parseStartOptions(['--demos'], {})).toThrow(/demos/)
  })

  it('the CMS server is started on the chosen interface and binds 127.0.0.1 by default', () => {
    const { args } = cmsStartCommand(parseStartOptions([], {}))
    expect(args.slice(args.indexOf('--'))).toEqual(['--', '--port', '3000', '--hostname', '127.0.0.1'])
    expect(listenOptions(['--port', '3000', '--hostname', '127.0.0.1'], {})).toEqual({ hostname: '127.0.0.1', port: 3000 })
    expect(listenOptions([], {})).toEqual({ hostname: '127.0.0.1', port: 3000 })
    expect(listenOptions(['-p', '3100'], { HOST: '::' })).toEqual({ hostname: '::', port: 3100 })
    const startScript = JSON.parse(fs.readFileSync(path.resolve('cms/package.json'), 'utf8')).scripts.start
    expect(startScript).toBe('node server.mjs')
  })

  it('the client address for rate limits cannot be forged with x-forwarded-for', () => {
    expect(trustProxy({})).toBe(false)
    expect(trustProxy({ TRUST_PROXY: 'true' })).toBe(true)
    expect(resolveClientAddress('6.6.6.6', '192.0.2.7', false)).toBe('192.0.2.7')
    expect(resolveClientAddress(undefined, '192.0.2.7', false)).toBe('192.0.2.7')
    // Behind our proxy: the last entry is the one the proxy appended; earlier ones came from the client.
    expect(resolveClientAddress('6.6.6.6, 198.51.100.4', '127.0.0.1', true)).toBe('198.51.100.4')
    expect(resolveClientAddress(undefined, '127.0.0.1', true)).toBe('127.0.0.1')
  })

  it('the banner says how to sign in: the first-admin screen, or the demo logins with a warning', () => {
    const options = parseStartOptions([], {})
    const empty = startBanner(options, { users: 0, demoAccounts: [] })
    expect(empty).toContain('http://localhost:3000/admin to create the first administrator')
    expect(empty).not.toContain(DEMO_PASSWORD)
    const demo = startBanner({ ...options, demo: true }, { users: 4, demoAccounts: DEMO_USERS.map((u) => u.email) })
    expect(demo).toContain(`⚠ DEMO LOGINS, password "${DEMO_PASSWORD}"`)
    for (const user of DEMO_USERS) expect(demo).toContain(user.email)
    const leftover = startBanner(options, { users: 5, demoAccounts: ['admin@hzlib.local'] })
    expect(leftover).toContain('Left from an earlier `npm start -- --demo`')
    expect(startBanner({ ...options, host: '0.0.0.0' }, { users: 1, demoAccounts: [] })).toContain('reachable from other machines')
  })
})

describe('prepareDatabase (what npm start runs before serving)', () => {
  const demoUsers = async () =>
    (await payload.find({ collection: 'users', where: { email: { in: DEMO_USERS.map((u) => u.email) } }, pagination: false })).docs.map((d) => d.email).sort()

  it('without --demo: content seeded and exported, no demo account', async () => {
    const snapshot = tempDir('snapshot')
    const report = await prepareDatabase(payload, { demo: false, contentDir: FIXTURE_CONTENT, snapshotDir: snapshot })
    expect(report.seededDocuments).toBeGreaterThan(0)
    expect(report).toMatchObject({ demoAccountsCreated: 0, demoAccounts: [], users: 0 })
    expect(await demoUsers()).toEqual([])
    expect(fs.existsSync(path.join(snapshot, 'articles.json'))).toBe(true)
  })

  it('with --demo: the four demo accounts, once; their password works', async () => {
    const snapshot = tempDir('snapshot')
    const report = await prepareDatabase(payload, { demo: true, contentDir: FIXTURE_CONTENT, snapshotDir: snapshot })
    expect(report).toMatchObject({ seededDocuments: null, demoAccountsCreated: 4, users: 4 })
    expect(await demoUsers()).toEqual(DEMO_USERS.map((u) => u.email).sort())
    const signedIn = await payload.login({ collection: 'users', data: { email: 'admin@hzlib.local', password: DEMO_PASSWORD } })
    expect((signedIn.user as { roles?: string[] }).roles).toEqual(['admin'])
    const again = await prepareDatabase(payload, { demo: true, contentDir: FIXTURE_CONTENT, snapshotDir: snapshot })
    expect(again.demoAccountsCreated).toBe(0)
    // Started again without --demo: the accounts are reported, so the banner warns about them.
    const later = await prepareDatabase(payload, { demo: false, contentDir: FIXTURE_CONTENT, snapshotDir: snapshot })
    expect(later.demoAccounts.sort()).toEqual(DEMO_USERS.map((u) => u.email).sort())
  })
})

describe('data folder permissions', () => {
  it('700 on the folders and 600 on the database, secret and mail, also for a folder made earlier', () => {
    const dataDir = tempDir('data')
    fs.chmodSync(dataDir, 0o755)
    const env = { DATABASE_URL: `file:${path.join(dataDir, 'cms.db')}`, MEDIA_DIR: path.join(dataDir, 'media'), MAIL_DIR: path.join(dataDir, 'mail') }
    const paths = dataPaths(env, dataDir)
    fs.mkdirSync(paths.mediaDir, { mode: 0o755 })
    fs.mkdirSync(paths.mailDir, { mode: 0o755 })
    for (const file of [paths.databaseFile!, `${paths.databaseFile}-wal`, paths.secretFile, path.join(paths.mailDir, 'reset.json')]) fs.writeFileSync(file, 'x', { mode: 0o644 })
    secureDataFiles(paths)
    for (const dir of [dataDir, paths.mediaDir, paths.mailDir]) expect(mode(dir), dir).toBe(0o700)
    for (const file of [paths.databaseFile!, `${paths.databaseFile}-wal`, paths.secretFile, path.join(paths.mailDir, 'reset.json')]) expect(mode(file), file).toBe(0o600)
  })

  it('the live database this test seeded ends 600, with the CMS holding it open', () => {
    const paths = dataPaths(process.env, path.dirname(dataPaths(process.env).databaseFile!))
    fs.chmodSync(paths.databaseFile!, 0o644) // as SQLite makes it under the usual umask 022
    secureDataFiles(paths)
    expect(mode(paths.databaseFile!)).toBe(0o600)
    expect(mode(paths.dataDir)).toBe(0o700)
  })
})

describe('CMS response headers', () => {
  it('next.config.mjs sends the security headers on every response, no X-Powered-By, and a policy that allows nothing on the API', async () => {
    expect(nextConfig.poweredByHeader).toBe(false)
    const rules = (await nextConfig.headers()) as Array<{ source: string; headers: Array<{ key: string; value: string }> }>
    const on = (source: string) => rules.filter((r) => r.source === source).flatMap((r) => r.headers)
    const header = (source: string, key: string) => on(source).find((h) => h.key.toLowerCase() === key.toLowerCase())?.value
    expect(rules.flatMap((r) => r.headers).map((h) => h.key.toLowerCase())).not.toContain('x-powered-by')
    expect(header('/:path*', 'X-Content-Type-Options')).toBe('nosniff')
    expect(header('/:path*', 'Referrer-Policy')).toBe('strict-origin-when-cross-origin')
    expect(header('/:path*', 'Strict-Transport-Security')).toMatch(/^max-age=\d{7,}/)
    expect(header('/:path*', 'Permissions-Policy')).toContain('camera=()')
    expect(header('/api/:path*', 'Content-Security-Policy')).toContain("default-src 'none'")
    expect(header('/api/:path*', 'Content-Security-Policy')).toContain("frame-ancestors 'none'")
  })

  it('admin pages get a policy with a fresh nonce, handed to Next in the request headers', async () => {
    const { proxy, config } = await import('../../cms/src/proxy')
    const { NextRequest } = await import('next/server')
    const policies = [1, 2].map(() => {
      const response = proxy(new NextRequest('http://127.0.0.1:3000/admin/collections/articles'))
      const policy = response.headers.get('content-security-policy')!
      // Next forwards the rewritten request headers to the page render this way.
      expect(response.headers.get('x-middleware-request-content-security-policy')).toBe(policy)
      return policy
    })
    const nonces = policies.map((p) => p.match(/'nonce-([A-Za-z0-9+/=]+)'/)?.[1])
    expect(nonces[0]).toBeTruthy()
    expect(nonces[0]).not.toBe(nonces[1])
    for (const directive of ["default-src 'self'", "'strict-dynamic'", "frame-ancestors 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(policies[0]).toContain(directive)
    expect(policies[0]).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/)
    const matcher = new RegExp(`^${config.matcher[0]}$`)
    expect(['/admin', '/admin/login', '/admin/collections/articles/3'].every((p) => matcher.test(p))).toBe(true)
    expect(['/api/users/login', '/_next/static/chunks/a.js'].some((p) => matcher.test(p))).toBe(false)
  })

  it('over HTTPS the session cookie is Secure, HttpOnly and SameSite=Lax', async () => {
    await payload.create({ collection: 'users', data: { email: 'cookie@start.test', password: 'cookie-pass-1', roles: ['admin'] } as never })
    const config = (await import('../../cms/src/payload.config')).default
    const request = new Request('https://cms.library.test/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.50' },
      body: JSON.stringify({ email: 'cookie@start.test', password: 'cookie-pass-1' }),
    })
    const response = await handleEndpoints({ config, request })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie')!
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/;\s*HttpOnly/i)
    expect(cookie).toMatch(/;\s*SameSite=Lax/i)
  })
})
