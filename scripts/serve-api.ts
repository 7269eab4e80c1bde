/**
 * The CMS REST API alone, without the Next admin (tests and the bench run it as a child process).
 * Prints one line `listening <url>` when ready. API_PORT (default 0: a free port), API_HOST.
 */
import { serveRestApi } from './lib/rest-api/server'

try {
  const api = await serveRestApi({ port: Number(process.env.API_PORT || 0), host: process.env.API_HOST || '127.0.0.1' })
  console.log(`listening ${api.url}`)
} catch (error) {
  const named = error as Error
  console.error(`\n✗ ${named.name === 'DatabaseStateError' ? named.message : (named.stack ?? named.message)}`)
  process.exit(1)
}
