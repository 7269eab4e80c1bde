import path from 'node:path'
import { DATA_DIR } from './paths'

export const DEFAULT_DATABASE_URL = `file:${path.join(DATA_DIR, 'cms.db')}`

export type DatabaseChoice =
  | { kind: 'sqlite'; url: string; file: string | null }
  | { kind: 'mongodb'; url: string }

/**
 * Which database a DATABASE_URL selects. SQLite (embedded, nothing to install) is the default;
 * MongoDB is the production option of the design card. Anything else is refused, by name,
 * before Payload starts, so a typo never silently falls back to a local file.
 */
export function chooseDatabase(databaseUrl: string | undefined): DatabaseChoice {
  const url = databaseUrl?.trim() || DEFAULT_DATABASE_URL
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length)
    if (!file) throw new Error(`DATABASE_URL "${url}" names no file: use file:/path/to/cms.db`)
    return { kind: 'sqlite', url, file: file === ':memory:' ? null : path.resolve(file) }
  }
  if (url === ':memory:') return { kind: 'sqlite', url: 'file::memory:', file: null }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) return { kind: 'mongodb', url }
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':') + 1) : url
  throw new Error(
    `DATABASE_URL has an unknown scheme "${scheme}": use file:… (SQLite, the default) or mongodb://… (MongoDB)`,
  )
}

/** The secret Payload signs sessions with. Production must set its own; development gets a fixed local one. */
export function resolveSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  if (env.NODE_ENV === 'production') {
    throw new Error('PAYLOAD_SECRET is not set: production needs a long random secret (see README, "Configuration")')
  }
  return 'hzlib-local-development-secret-not-for-production'
}
