import { APIError, AuthenticationError, formatErrors, type AfterErrorHook, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { clientAddress } from './clientAddress'
import { SlidingWindowLimiter } from './rateLimit'

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
      req.i18n?.language === 'en'
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

/** Counts each network login and forgot-password request; the Local API (our own scripts) is trusted. */
export const limitAuthRequests: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  if (operation === 'login') enforce(req, authLimits.loginPerAddress, authLimits.loginPerAccount, accountKey(args.data))
  if (operation === 'forgotPassword') enforce(req, authLimits.forgotPerAddress, authLimits.forgotPerAccount, accountKey(args.data))
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
