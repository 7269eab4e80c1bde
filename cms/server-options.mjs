// Options of the production CMS server (server.mjs), in plain JavaScript because server.mjs runs
// under node without a TypeScript loader. Tested in tests/cms/production-start.test.ts.
import { parseArgs } from 'node:util'

/** Loopback only unless --hostname or HOST says otherwise: the CMS is not a public service by accident. */
export function listenOptions(argv, env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
    allowPositionals: false,
  })
  return {
    hostname: values.hostname || env.HOST?.trim() || '127.0.0.1',
    port: Number(values.port || env.PORT || 3000),
  }
}

export const trustProxy = (env = process.env) => ['1', 'true', 'yes'].includes((env.TRUST_PROXY ?? '').trim().toLowerCase())

/**
 * The client address the CMS sees in `x-forwarded-for` (cms/src/auth/clientAddress.ts). A client can
 * send that header itself, so it is only believed with TRUST_PROXY (our reverse proxy appends the
 * address it saw: the last entry); otherwise the socket's address replaces it.
 */
export function resolveClientAddress(forwardedFor, socketAddress, trusted) {
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (trusted && forwarded.length) return forwarded[forwarded.length - 1]
  return socketAddress || 'unknown'
}
