/**
 * Database adapter: an embedded SQLite file by default, PostgreSQL when DATABASE_URL says so.
 * The schema is pushed in development and tests. Production never changes the schema on its
 * own: `pnpm --filter @nlv/cms migrate` applies the committed migrations (after a backup), and
 * start-up refuses a database that has not run them (productionSafety.ts).
 *
 * Every write is atomic on both databases: Payload's operations run in a transaction, and the
 * adapter writes that arrive without one get their own (database/atomicWrites.ts). On SQLite
 * the transactions take turns on one writer connection (database/sqliteTransactions.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import { atomicAdapterWrites } from './database/atomicWrites'
import { serializeSqliteTransactions } from './database/sqliteTransactions'
import { dataDir, env, isPostgres, sqliteUrl } from './env'

const migrationsRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'migrations')
const push = env.NLV_DB_PUSH ?? env.NODE_ENV !== 'production'

/** The adapter Payload builds from `adapterObj`, changed by `patch` before Payload uses it. */
function patched<T extends BaseDatabaseAdapter>(
  adapterObj: DatabaseAdapterObj<T>,
  patch: (adapter: T) => void,
): DatabaseAdapterObj<T> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      patch(adapter)
      return adapter
    },
  }
}

/** How long a write waits for another process's write lock (SQLite's busy timeout). */
const busyTimeoutMs = 10_000

export function databaseAdapter(): DatabaseAdapterObj {
  if (isPostgres) {
    const adapter = postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      push,
      migrationDir: path.join(migrationsRoot, 'postgres'),
    })
    return patched(adapter, atomicAdapterWrites)
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const adapter = sqliteAdapter({
    client: { url: sqliteUrl },
    // Two writers on the defaults lost rows silently: WAL lets readers and one writer work at
    // once, and the busy timeout makes a second writer wait instead of failing.
    wal: { synchronous: 'FULL' },
    busyTimeout: busyTimeoutMs,
    push,
    migrationDir: path.join(migrationsRoot, 'sqlite'),
  })
  return patched(adapter, (sqlite) => {
    serializeSqliteTransactions(sqlite, {
      busyTimeoutMs,
      synchronous: 'FULL',
      // Longer than the busy timeout: the transaction ahead may itself be waiting that long
      // for another process.
      lockTimeoutMs: 3 * busyTimeoutMs,
    })
    atomicAdapterWrites(sqlite)
  })
}
