/**
 * One site build at a time across every process that runs jobs (the web server in the quick
 * start, one or more `pnpm --filter @nlv/cms worker` processes in production).
 *
 * Payload's concurrency control (`exclusive` on the task) is not enough across processes: its
 * runner finds pending jobs and then marks them processing, so two workers that poll at the
 * same moment can both start a build, even of the same job. The build therefore also takes a
 * lock that the database engine (or, for SQLite, the operating system) holds for it:
 *
 * - PostgreSQL: a session-level advisory lock on a connection of its own, held for the build;
 *   the server releases it when that connection ends, so a worker that crashes frees it.
 * - SQLite: every process shares one file on one machine: a lock file beside the database
 *   (`proper-lockfile`), refreshed while held and considered stale 30 s after its holder died.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { dataDir, isPostgres } from '../env'

/** The advisory lock's key: any constant 64-bit number unique to this use. */
const ADVISORY_KEY = 1_879_0001 // Alima, 1879
const POLL_MS = 500

type Release = () => Promise<void>

interface PgClient {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
  release: (destroy?: boolean) => void
}

async function tryPostgres(payload: Payload): Promise<Release | null> {
  const pool = (payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool
  const client = await pool.connect()
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_KEY])
    if (rows[0]?.locked !== true) {
      client.release()
      return null
    }
  } catch (error) {
    client.release(true)
    throw error
  }
  return async () => {
    try {
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_KEY])
      client.release()
    } catch {
      // The session ends with the connection, and the lock with it.
      client.release(true)
    }
  }
}

async function trySqlite(): Promise<Release | null> {
  // Beside the database, not in the builds folder: a build must be able to fail (and be
  // recorded as failed) whatever state that folder is in.
  const dir = dataDir
  await fs.mkdir(dir, { recursive: true })
  // Loaded only by a process that builds: it installs exit handlers (signal-exit) to free its locks.
  const { default: lockfile } = await import('proper-lockfile')
  try {
    return await lockfile.lock(dir, {
      lockfilePath: path.join(dir, 'site-build.lock'),
      stale: 30_000,
      update: 5_000,
      realpath: false,
      // A lock that could not be refreshed is reported in the log; the build goes on.
      onCompromised: (error) =>
        console.error(`[site-build] the build lock was compromised: ${error.message}`),
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') return null
    throw error
  }
}

/** Takes the build lock if it is free; null when another process holds it. */
export const tryBuildLock = (payload: Payload): Promise<Release | null> =>
  isPostgres ? tryPostgres(payload) : trySqlite()

/** Waits for the build lock (polling), runs `fn` while holding it, then releases it. */
export async function withBuildLock<T>(
  payload: Payload,
  fn: () => Promise<T>,
  { onWait }: { onWait?: () => void } = {},
): Promise<T> {
  let release = await tryBuildLock(payload)
  if (!release) onWait?.()
  while (!release) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    release = await tryBuildLock(payload)
  }
  try {
    return await fn()
  } finally {
    await release()
  }
}
