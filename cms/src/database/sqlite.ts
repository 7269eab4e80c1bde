import { createClient, type Client, type Transaction, type TransactionMode } from '@libsql/client'
import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'
import type { DatabaseAdapterObj } from 'payload'

/** How long a connection waits for another process's write lock before "database is locked". */
export const BUSY_TIMEOUT_MS = 5000
/** How long an operation waits for this process's open transaction before giving up, clearly. */
const TRANSACTION_QUEUE_TIMEOUT_MS = 30_000

/**
 * The command that clears a development push mark (scripts/db-clear-dev-mark.ts). Named once so
 * the error and the README say the same.
 */
export const CLEAR_DEV_MARK_COMMAND = 'npm run db:clear-dev-mark'

/** A database state the CMS refuses to start on; runCommand prints its message without a stack. */
export class DatabaseStateError extends Error {
  override name = 'DatabaseStateError'
}

/**
 * A development schema push (Payload's `push`) records itself as a `payload_migrations` row with
 * batch -1. Payload's production start then asks a yes/no question on stdin, which hangs a server
 * or a script. We look first and refuse with the command that fixes it.
 */
export async function assertNoDevPushMark(url: string): Promise<void> {
  const client = createClient({ url })
  try {
    const table = await client.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'")
    if (table.rows.length === 0) return
    const marked = await client.execute('SELECT count(*) AS n FROM payload_migrations WHERE batch = -1')
    if (Number(marked.rows[0]?.n) > 0) throw new DatabaseStateError(devPushMessage(url))
  } finally {
    client.close()
  }
}

function devPushMessage(url: string): string {
  return [
    `The database ${url} was changed by a development schema push (payload_migrations batch -1),`,
    'so production start and the read-only tools refuse it (Payload would stop and ask on the terminal).',
    `Fix: ${CLEAR_DEV_MARK_COMMAND}  (checks that the schema equals the committed migrations, then`,
    'removes the mark and records the migrations as applied; no document is changed).',
    '数据库曾被开发模式直接推送结构（payload_migrations batch -1）。请运行 ' + CLEAR_DEV_MARK_COMMAND + ' 修复。',
  ].join('\n')
}

/**
 * One open transaction at a time in this process. libsql gives each transaction its own
 * connection, and its driver is synchronous: a second writer would either fail at once
 * ("database is locked") or block the whole event loop, and with it the transaction it waits for.
 * Queuing transactions in JavaScript instead costs nothing SQLite would have allowed anyway
 * (one writer at a time).
 */
class TransactionQueue {
  private tail: Promise<void> = Promise.resolve()
  private releases = new Map<string | number, () => void>()

  async enter(): Promise<() => void> {
    let release!: () => void
    const turn = new Promise<void>((resolve) => (release = resolve))
    const before = this.tail
    this.tail = before.then(() => turn)
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`waited ${TRANSACTION_QUEUE_TIMEOUT_MS} ms for another save to finish (数据库繁忙，请稍后重试)`)),
        TRANSACTION_QUEUE_TIMEOUT_MS,
      )
    })
    try {
      await Promise.race([before, timeout])
    } catch (error) {
      before.then(release) // keep the queue moving behind the one that gave up
      throw error
    } finally {
      clearTimeout(timer)
    }
    return release
  }

  hold(id: string | number, release: () => void) {
    this.releases.set(id, release)
  }

  leave(id: unknown) {
    const key = id as string | number
    this.releases.get(key)?.()
    this.releases.delete(key)
  }
}

type SqliteAdapter = {
  client: Client
  connect: (options?: unknown) => Promise<void>
  beginTransaction: (options?: unknown) => Promise<null | number | string>
  commitTransaction: (id: unknown) => Promise<void>
  rollbackTransaction: (id: unknown) => Promise<void>
}

/**
 * Transactions run on a small pool of reused connections. libsql's own `transaction()` hands its
 * current connection to the transaction and never closes it, replacing it with a fresh one that
 * has lost the busy timeout; and even a closed libsql connection keeps its file handles until the
 * garbage collector finds its statements: one connection per save ran out of file handles under
 * load ("Too many open files"). Ours also start DEFERRED: libsql's IMMEDIATE takes the write lock
 * at BEGIN, and Payload's forgot-password opens a transaction and then writes outside it, which
 * therefore always failed with "database is locked".
 */
function pooledTransactions(client: Client, file: string) {
  const idle: Database.Database[] = []
  const MAX_IDLE = 4
  const acquire = () => {
    const connection = idle.pop() ?? new Database(file)
    connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return connection
  }
  const giveBack = (connection: Database.Database) => {
    if (connection.inTransaction) connection.exec('ROLLBACK')
    if (idle.length < MAX_IDLE) idle.push(connection)
    else connection.close()
  }
  client.transaction = async (_mode?: TransactionMode): Promise<Transaction> => {
    const connection = acquire()
    connection.exec('BEGIN DEFERRED')
    const transaction = new Sqlite3Transaction(connection, 'number')
    let returned = false
    const end = () => {
      if (!returned) giveBack(connection)
      returned = true
    }
    const endAfter = (finish: () => Promise<void>) => async () => {
      try {
        await finish()
      } finally {
        end()
      }
    }
    // The transaction is "closed" once its connection has left it: Sqlite3Transaction checks this.
    transaction.commit = endAfter(transaction.commit.bind(transaction))
    transaction.rollback = endAfter(async () => {
      if (!returned && connection.inTransaction) connection.exec('ROLLBACK')
    })
    transaction.close = end
    return transaction
  }
}

/**
 * Wraps the SQLite adapter: refuses a development-push mark before Payload could prompt (when it
 * does not push itself), queues transactions, and in read-only mode makes the connection refuse
 * every write (`PRAGMA query_only`).
 */
export function hardenSqlite(
  adapterObj: DatabaseAdapterObj,
  options: { url: string; file: string | null; checkDevMark: boolean; readOnly: boolean },
): DatabaseAdapterObj {
  const init = adapterObj.init
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = init(args) as unknown as SqliteAdapter
      const connect = adapter.connect
      adapter.connect = async function (this: SqliteAdapter, connectOptions?: unknown) {
        if (options.checkDevMark) await assertNoDevPushMark(options.url)
        await connect.call(this, connectOptions)
        if (options.readOnly) await this.client.execute('PRAGMA query_only = ON')
        else if (options.file) pooledTransactions(this.client, options.file)
      }
      const queue = new TransactionQueue()
      const begin = adapter.beginTransaction
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      adapter.beginTransaction = async function (this: SqliteAdapter, beginOptions?: unknown) {
        const release = await queue.enter()
        try {
          const id = await begin.call(this, beginOptions)
          if (id === null) release()
          else queue.hold(id, release)
          return id
        } catch (error) {
          release()
          throw error
        }
      }
      adapter.commitTransaction = async function (this: SqliteAdapter, id: unknown) {
        try {
          await commit.call(this, id)
        } finally {
          queue.leave(id instanceof Promise ? await id : id)
        }
      }
      adapter.rollbackTransaction = async function (this: SqliteAdapter, id: unknown) {
        try {
          await rollback.call(this, id)
        } finally {
          queue.leave(id instanceof Promise ? await id : id)
        }
      }
      return adapter as never
    },
  }
}
