/**
 * The counters, incremented atomically by the database itself: one
 * `INSERT … ON CONFLICT (day, language, query) DO UPDATE SET searches = searches + 1` (and the
 * same per item and month), which SQLite and PostgreSQL both run as one statement, so that
 * concurrent reports never lose a count and never create two rows. It runs in a transaction of
 * the adapter (on SQLite, taking its turn with the others: database/sqliteTransactions.ts), with
 * the day's distinct-query cap checked inside it.
 */
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { env, isPostgres } from '../env'

const sql = (isPostgres ? pgSql : sqliteSql) as typeof sqliteSql

type Db = {
  insert: (table: unknown) => any
  select: (fields: unknown) => any
  delete: (table: unknown) => any
}
type Table = Record<string, any>

/** Runs `work` with the adapter's drizzle instance inside one of its transactions. */
async function inTransaction<T>(
  payload: Payload,
  work: (db: Db, tables: Record<string, Table>) => Promise<T>,
) {
  const adapter = payload.db as unknown as {
    beginTransaction: () => Promise<string | number | null>
    commitTransaction: (id: string | number) => Promise<void>
    rollbackTransaction: (id: string | number) => Promise<void>
    sessions: Record<string, { db: Db }>
    tables: Record<string, Table>
  }
  const id = await adapter.beginTransaction()
  if (id === null) throw new Error('insights: the database adapter gave no transaction')
  try {
    const result = await work(adapter.sessions[String(id)]!.db, adapter.tables)
    await adapter.commitTransaction(id)
    return result
  } catch (error) {
    await adapter.rollbackTransaction(id).catch(() => undefined)
    throw error
  }
}

/** `2026-12-02` (UTC): searches are counted per day. */
export const dayOf = (date: Date) => date.toISOString().slice(0, 10)
/** `2026-12` (UTC): readers are counted per month. */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7)

export interface SearchReport {
  query: string
  language: 'fr' | 'en'
  results: number
  /** What the typo rule searched instead, when it corrected the query. */
  correctedTo: string | null
}

/** `stored`, or `capped` when the day already holds its share of distinct queries. */
export async function countSearch(
  payload: Payload,
  report: SearchReport,
  now = new Date(),
): Promise<'stored' | 'capped'> {
  const day = dayOf(now)
  return inTransaction(payload, async (db, tables) => {
    const t = tables.search_queries!
    const sameDay = sql`${t.day} = ${day} and ${t.language} = ${report.language}`
    const existing = await db
      .select({ id: t.id })
      .from(t)
      .where(sql`${sameDay} and ${t.query} = ${report.query}`)
      .limit(1)
    if (existing.length === 0) {
      const [row] = await db
        .select({ n: sql<number>`count(*)` })
        .from(t)
        .where(sameDay)
      if (Number(row?.n ?? 0) >= env.NLV_INSIGHTS_MAX_QUERIES_PER_DAY) return 'capped'
    }
    const zero = report.results === 0 ? 1 : 0
    const corrected = report.correctedTo ? 1 : 0
    const stamp = now.toISOString()
    await db
      .insert(t)
      .values({
        day,
        language: report.language,
        query: report.query,
        searches: 1,
        zeroResults: zero,
        corrected,
        correctedTo: report.correctedTo,
        lastResultCount: report.results,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .onConflictDoUpdate({
        target: [t.day, t.language, t.query],
        set: {
          searches: sql`${t.searches} + 1`,
          zeroResults: sql`${t.zeroResults} + ${zero}`,
          corrected: sql`${t.corrected} + ${corrected}`,
          ...(report.correctedTo ? { correctedTo: report.correctedTo } : {}),
          lastResultCount: report.results,
          updatedAt: stamp,
        },
      })
    return 'stored'
  })
}

export type ReaderEvent = 'views' | 'downloads'

export async function countReader(
  payload: Payload,
  item: { collection: string; id: string },
  event: ReaderEvent,
  now = new Date(),
): Promise<void> {
  const month = monthOf(now)
  const stamp = now.toISOString()
  await inTransaction(payload, async (db, tables) => {
    const t = tables.item_readers!
    await db
      .insert(t)
      .values({
        collection: item.collection,
        item: item.id,
        month,
        views: event === 'views' ? 1 : 0,
        downloads: event === 'downloads' ? 1 : 0,
        createdAt: stamp,
        updatedAt: stamp,
      })
      .onConflictDoUpdate({
        target: [t.collection, t.item, t.month],
        set: { [event]: sql`${t[event]} + 1`, updatedAt: stamp },
      })
  })
}

/** The first day and month still kept, `months` back from `now`. */
export function retentionCutoff(months: number, now = new Date()) {
  const cutoff = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 1))
  return { day: dayOf(cutoff), month: monthOf(cutoff) }
}

/**
 * Deletes the counts older than the retention (`NLV_INSIGHTS_RETENTION_MONTHS`, default 24):
 * the current month and the `months − 1` before it are kept whole.
 */
export async function applyRetention(
  payload: Payload,
  months = env.NLV_INSIGHTS_RETENTION_MONTHS,
  now = new Date(),
): Promise<{ searches: number; readers: number }> {
  const { day, month } = retentionCutoff(months, now)
  return inTransaction(payload, async (db, tables) => {
    const q = tables.search_queries!
    const r = tables.item_readers!
    const searches = await db
      .delete(q)
      .where(sql`${q.day} < ${day}`)
      .returning({ id: q.id })
    const readers = await db
      .delete(r)
      .where(sql`${r.month} < ${month}`)
      .returning({ id: r.id })
    return { searches: searches.length, readers: readers.length }
  })
}
