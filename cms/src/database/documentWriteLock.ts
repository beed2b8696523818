/**
 * One write at a time per document, across every CMS instance (PostgreSQL).
 *
 * Two editors saving the same draft at once on two web instances ran two transactions side by
 * side: each read the document, each marked the previous versions "not latest" and added its
 * own, so the document ended with several versions marked latest (the multi-instance test,
 * tests/multi-instance/, found four after six concurrent saves), and each write's hooks had
 * worked from a document the other was changing. Here every update of one document takes a
 * transaction-scoped advisory lock on (collection, id) before Payload reads the document: the
 * second save waits for the first to commit, then reads it and builds on it. The lock is
 * released with the transaction; a nested update of the same document in that transaction
 * takes it again (advisory locks are re-entrant within a session).
 *
 * SQLite needs none of this: its writes already take turns (sqliteTransactions.ts).
 */
import { sql } from '@payloadcms/db-postgres'
import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'
import { isPostgres } from '../env'

type Session = { db: { execute: (query: unknown) => Promise<unknown> } }

const lockDocument: CollectionBeforeOperationHook = async ({ args, collection, operation }) => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id === undefined || id === null) return args
  const req = (args as { req?: { transactionID?: unknown; payload?: { db: unknown } } }).req
  const transaction = req?.transactionID ? String(await req.transactionID) : undefined
  const sessions = (req?.payload?.db as { sessions?: Record<string, Session> } | undefined)
    ?.sessions
  const session = transaction ? sessions?.[transaction] : undefined
  // Without a transaction (disableTransaction) there is nothing to hold the lock until the end.
  if (!session) return args
  await session.db.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${collection.slug}), hashtext(${String(id)}))`,
  )
  return args
}

/** Config patch: every collection with drafts (the content types) locks a document per write. */
export function documentWriteLock(config: SanitizedConfig): SanitizedConfig {
  if (!isPostgres) return config
  for (const collection of config.collections) {
    if (!collection.versions?.drafts) continue
    collection.hooks.beforeOperation = [...(collection.hooks.beforeOperation ?? []), lockDocument]
  }
  return config
}
