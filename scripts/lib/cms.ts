import type { Payload } from 'payload'

/**
 * A Payload instance over the Local API. The config is imported only now, after the caller has
 * set DATABASE_URL and friends, because the database is chosen when the config loads.
 * `readOnly` (the export): no schema push, no migrations, and an SQLite connection that refuses
 * writes: the tool leaves the database file as it found it.
 */
export async function openCms(options: { readOnly?: boolean } = {}): Promise<Payload> {
  if (options.readOnly) process.env.DATABASE_READ_ONLY = '1'
  // payload is imported here, not at the top: commands that only use runCommand (backup, restore)
  // start in a fraction of the time.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../cms/src/payload.config')
  return getPayload({ config })
}

/** Runs a command body, printing a content error plainly (no stack) and exiting non-zero. */
export async function runCommand(body: () => Promise<void>) {
  try {
    await body()
    process.exit(0)
  } catch (error) {
    const named = error as Error
    const plain = ['ContentError', 'ContentErrors', 'DatabaseStateError'].includes(named.name) || named.message.startsWith('DATABASE_URL') || named.message.startsWith('PAYLOAD_SECRET')
    console.error(`\n✗ ${plain ? named.message : (named.stack ?? named.message)}`)
    process.exit(1)
  }
}
