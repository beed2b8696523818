/**
 * Database adapter: an embedded SQLite file by default, PostgreSQL when DATABASE_URL says so.
 * The schema is pushed in development and tests. Production never changes the schema on its
 * own: `pnpm --filter @nlv/cms migrate` applies the committed migrations (after a backup), and
 * start-up refuses a database that has not run them (productionSafety.ts).
 */
import fs from 'node:fs'
import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { dataDir, env, isPostgres, sqliteUrl } from './env'

const migrationsRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), 'migrations')
const push = env.NLV_DB_PUSH ?? env.NODE_ENV !== 'production'

export function databaseAdapter(): DatabaseAdapterObj {
  if (isPostgres) {
    return postgresAdapter({
      pool: { connectionString: env.DATABASE_URL },
      push,
      migrationDir: path.join(migrationsRoot, 'postgres'),
    })
  }
  fs.mkdirSync(dataDir, { recursive: true })
  return sqliteAdapter({
    client: { url: sqliteUrl },
    // Two writers on the defaults lost rows silently: WAL lets readers and one writer work at
    // once, and the busy timeout makes a second writer wait instead of failing.
    wal: { synchronous: 'FULL' },
    busyTimeout: 10_000,
    push,
    migrationDir: path.join(migrationsRoot, 'sqlite'),
  })
}
