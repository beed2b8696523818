/**
 * Transactions on SQLite, one at a time.
 *
 * Payload's SQLite adapter writes a document as many statements (main row, locales, arrays,
 * relations, versions) and wraps them in a transaction only when `transactionOptions` is set.
 * With it set, its transactions go through @libsql/client's `transaction()`, which hands the
 * client's connection to the transaction and opens a fresh one for whatever comes next — without
 * the busy timeout or `synchronous` of the first (PRAGMAs are per connection), and libsql's
 * busy wait would block the event loop anyway: 29 of 30 concurrent creates in one process
 * failed at once with SQLITE_BUSY.
 *
 * SQLite has one writer whatever we do, so this process takes turns itself: an async mutex
 * admits one transaction at a time, and every transaction runs on one dedicated writer
 * connection (busy timeout, WAL, synchronous FULL) with `BEGIN IMMEDIATE`, which takes the
 * database's write lock at once — another process (a script, a second CMS) waits up to the
 * busy timeout for it instead of failing half-way. Reads outside a transaction keep using the
 * adapter's own connection and, in WAL, never wait for the writer.
 *
 * A transaction must end (commit or rollback) for the next to start: a hook that calls the
 * Local API without passing `req` starts a second transaction inside the first and would wait
 * for it forever. The wait is bounded (`lockTimeoutMs`) so that such a bug fails that write with
 * a clear error instead of stopping every write of the CMS.
 */
import { randomUUID } from 'node:crypto'
import { createClient, type Client } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { E_TIMEOUT, Mutex, withTimeout } from 'async-mutex'

export interface SqliteTransactionOptions {
  busyTimeoutMs: number
  synchronous: 'FULL' | 'NORMAL' | 'EXTRA' | 'OFF'
  /** How long a write waits for the transaction before it (in this process). */
  lockTimeoutMs: number
}

interface Open {
  release: () => void
}

/** Replaces the adapter's transaction lifecycle with the serialized one described above. */
export function serializeSqliteTransactions(
  adapter: SQLiteAdapter,
  { busyTimeoutMs, synchronous, lockTimeoutMs }: SqliteTransactionOptions,
): void {
  const lock = withTimeout(new Mutex(), lockTimeoutMs, E_TIMEOUT)
  const open = new Map<string, Open>()
  let writer: Client | undefined
  let session: { schema: unknown; db: unknown } | undefined

  async function writerConnection(): Promise<Client> {
    if (!writer) {
      const client = createClient(adapter.clientConfig)
      await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
      await client.execute(`PRAGMA synchronous = ${synchronous}`)
      writer = client
    }
    return writer
  }

  // The drizzle instance over the writer connection, rebuilt only when the schema changes
  // (building its relational config walks every table).
  function sessionDb(client: Client) {
    if (session?.schema !== adapter.schema) {
      session = {
        schema: adapter.schema,
        db: drizzle(client, { logger: adapter.logger || false, schema: adapter.schema }),
      }
    }
    return session.db
  }

  async function end(incoming: number | Promise<number | string> | string, sql: string) {
    const id = String(await incoming)
    const transaction = open.get(id)
    // Already ended: several operations sharing one transaction each try to end it.
    if (!transaction) return
    open.delete(id)
    delete adapter.sessions[id]
    try {
      await writer!.execute(sql)
    } catch (error) {
      // A failed COMMIT leaves the transaction open on the writer: roll it back, or the next
      // write of every process would find the database locked.
      await writer!.execute('ROLLBACK').catch(() => undefined)
      throw error
    } finally {
      transaction.release()
    }
  }

  adapter.beginTransaction = async function beginTransaction() {
    let release: () => void
    try {
      release = await lock.acquire()
    } catch (error) {
      if (error !== E_TIMEOUT) throw error
      const message = `waited ${lockTimeoutMs} ms for the SQLite write transaction; is a hook calling the Local API without \`req\` inside a write?`
      adapter.payload.logger.error(`[db] ${message}`)
      throw new Error(`Error: cannot begin transaction: ${message}`)
    }
    try {
      await adapter.initializing
      const client = await writerConnection()
      await client.execute('BEGIN IMMEDIATE')
      const id = randomUUID()
      const reject = () => end(id, 'ROLLBACK')
      const resolve = () => end(id, 'COMMIT')
      adapter.sessions[id] = { db: sessionDb(client), reject, resolve } as never
      open.set(id, { release })
      return id
    } catch (error) {
      release()
      const message = error instanceof Error ? error.message : String(error)
      adapter.payload.logger.error({ err: error, msg: `[db] cannot begin transaction: ${message}` })
      throw new Error(`Error: cannot begin transaction: ${message}`)
    }
  }
  adapter.commitTransaction = (id) => end(id, 'COMMIT')
  adapter.rollbackTransaction = (id) => end(id, 'ROLLBACK')
}
