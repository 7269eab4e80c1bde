import { APIError, AuthenticationError, formatErrors, type CollectionSlug, type AfterErrorHook, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { clientAddress } from './clientAddress'
import { SlidingWindowLimiter } from './rateLimit'
import { editorLanguage } from '../lib/labels'

const MINUTE = 60_000

/**
 * Limits on login and forgot-password requests from the network (REST, GraphQL, the admin's login
 * form). Per address: one client cannot guess at many accounts. Per account, across addresses:
 * many clients cannot guess at one account. The per-account key is the email as typed, so an
 * unknown address is limited exactly like a real one and the limit tells nothing about accounts.
 */
export const authLimits = {
  loginPerAddress: new SlidingWindowLimiter(10, 15 * MINUTE),
  loginPerAccount: new SlidingWindowLimiter(5, 15 * MINUTE),
  forgotPerAddress: new SlidingWindowLimiter(5, 15 * MINUTE),
  forgotPerAccount: new SlidingWindowLimiter(3, 15 * MINUTE),
}

export class TooManyAttempts extends APIError {
  constructor(req: PayloadRequest, retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / MINUTE))
    const message =
      editorLanguage(req) === 'en'
        ? `Too many attempts: try again in ${minutes} min.`
        : `尝试次数过多，请 ${minutes} 分钟后再试。`
    super(message, 429, undefined, true)
    this.name = 'TooManyAttempts'
  }
}

const accountKey = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.trim().toLowerCase() : ''
}

function enforce(req: PayloadRequest, perAddress: SlidingWindowLimiter, perAccount: SlidingWindowLimiter, account: string) {
  for (const [limiter, key] of [
    [perAddress, clientAddress(req.headers)],
    [perAccount, account],
  ] as const) {
    if (!key) continue
    const verdict = limiter.hit(key)
    if (!verdict.allowed) {
      const seconds = Math.ceil(verdict.retryAfterMs / 1000)
      req.responseHeaders = new Headers({ 'Retry-After': String(seconds) })
      throw new TooManyAttempts(req, verdict.retryAfterMs)
    }
  }
}

// Payload's current password hash (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const HASH = { iterations: 600_000, keyLength: 32, digest: 'sha256' } as const
const THROWAWAY_SALT = randomBytes(32).toString('hex')
const pbkdf2Async = promisify(pbkdf2)

/**
 * Payload hashes the password only for an account that exists and is not locked: a few hundred
 * milliseconds that an unknown or locked account would answer without, telling an attacker which
 * accounts exist. Those spend the same time on a throw-away hash before Payload refuses them.
 */
async function spendPasswordCheckTime(req: PayloadRequest, collection: CollectionSlug, data: unknown) {
  const email = accountKey(data)
  const user = email ? await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({ collection, where: { email: { equals: email } }, req }) : null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil) > new Date())
  if (user && !locked) return
  const password = (data as { password?: unknown } | undefined)?.password
  await pbkdf2Async(typeof password === 'string' ? password : '', THROWAWAY_SALT, HASH.iterations, HASH.keyLength, HASH.digest)
}

/** Counts each network login and forgot-password request; the Local API (our own scripts) is trusted. */
export const limitAuthRequests: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') {
    enforce(req, authLimits.loginPerAddress, authLimits.loginPerAccount, accountKey(args.data))
    await spendPasswordCheckTime(req, collection.slug, args.data)
  }
  if (operation === 'forgotPassword') {
    enforce(req, authLimits.forgotPerAddress, authLimits.forgotPerAccount, accountKey(args.data))
  }
  return args
}

/** A successful login clears its account's count, so the owner is not held back by their own typos. */
export const forgetAccountAfterLogin: CollectionAfterLoginHook = ({ user }) => {
  authLimits.loginPerAccount.reset(String((user as { email?: string }).email ?? '').toLowerCase())
  return user
}

/**
 * A locked account answers exactly like an unknown email or a wrong password, over REST and
 * GraphQL: otherwise the difference tells an attacker which accounts exist and which are locked.
 * Payload throws LockedAuth before checking the password; we rewrite it to AuthenticationError.
 */
export const uniformLoginFailure: AfterErrorHook = ({ error, graphqlResult, req }) => {
  const original = (error as { originalError?: Error }).originalError ?? error
  if (original?.name !== 'LockedAuth') return
  const generic = new AuthenticationError(req.t)
  if (graphqlResult) return { graphqlResult: { ...graphqlResult, message: generic.message, extensions: { ...graphqlResult.extensions, name: generic.name } } }
  return { response: formatErrors(generic), status: generic.status }
}
