/**
 * What the admin shows and the CSV exports hold, summed by the database over a period:
 * searches by query (all, those that found nothing, those the typo rule corrected), and
 * readers by item.
 */
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { isPostgres } from '../env'
import { dayOf, monthOf } from './counters'

const sql = (isPostgres ? pgSql : sqliteSql) as typeof sqliteSql

export const queryKinds = ['top', 'zero', 'corrected'] as const
export type QueryKind = (typeof queryKinds)[number]

export const periods = [7, 30, 90, 365] as const

export interface QueryRow {
  language: string
  query: string
  searches: number
  zeroResults: number
  corrected: number
  correctedTo: string | null
  lastResultCount: number | null
  lastDay: string
}

const drizzleOf = (payload: Payload) =>
  payload.db as unknown as { drizzle: any; tables: Record<string, any> }

/** The first day of a period of `days` ending today (UTC). */
export const periodStart = (days: number, now = new Date()) =>
  dayOf(new Date(now.getTime() - (days - 1) * 86_400_000))

export async function queryRows(
  payload: Payload,
  {
    kind,
    from,
    to,
    language,
    limit = 200,
  }: {
    kind: QueryKind
    from: string
    to: string
    language?: 'fr' | 'en'
    limit?: number
  },
): Promise<QueryRow[]> {
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.search_queries
  const searches = sql<number>`sum(${t.searches})`
  const zero = sql<number>`sum(${t.zeroResults})`
  const corrected = sql<number>`sum(${t.corrected})`
  const conditions = [sql`${t.day} >= ${from}`, sql`${t.day} <= ${to}`]
  if (language) conditions.push(sql`${t.language} = ${language}`)
  const having =
    kind === 'zero' ? sql`${zero} > 0` : kind === 'corrected' ? sql`${corrected} > 0` : undefined
  let select = drizzle
    .select({
      language: t.language,
      query: t.query,
      searches,
      zeroResults: zero,
      corrected,
      correctedTo: sql<string | null>`max(${t.correctedTo})`,
      lastResultCount: sql<number | null>`max(${t.lastResultCount})`,
      lastDay: sql<string>`max(${t.day})`,
    })
    .from(t)
    .where(sql.join(conditions, sql` and `))
    .groupBy(t.language, t.query)
  if (having) select = select.having(having)
  const order = kind === 'zero' ? zero : kind === 'corrected' ? corrected : searches
  const rows = await select.orderBy(sql`${order} desc`, t.query).limit(limit)
  return rows.map((r: Record<string, unknown>) => ({
    language: String(r.language),
    query: String(r.query),
    searches: Number(r.searches),
    zeroResults: Number(r.zeroResults),
    corrected: Number(r.corrected),
    correctedTo: r.correctedTo ? String(r.correctedTo) : null,
    lastResultCount: r.lastResultCount === null ? null : Number(r.lastResultCount),
    lastDay: String(r.lastDay),
  }))
}

export interface ReaderRow {
  collection: string
  item: string
  title: string
  /** Set when rows are by month. */
  month?: string
  views: number
  downloads: number
}

/** Views and downloads by item from month `from` to month `to` (`YYYY-MM`), most read first. */
export async function readerRows(
  payload: Payload,
  {
    from,
    to,
    collection,
    item,
    byMonth = false,
  }: { from: string; to: string; collection?: string; item?: string; byMonth?: boolean },
): Promise<ReaderRow[]> {
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.item_readers
  const conditions = [sql`${t.month} >= ${from}`, sql`${t.month} <= ${to}`]
  if (collection) conditions.push(sql`${t.collection} = ${collection}`)
  if (item) conditions.push(sql`${t.item} = ${item}`)
  const views = sql<number>`sum(${t.views})`
  const groups = byMonth ? [t.month, t.collection, t.item] : [t.collection, t.item]
  const rows = await drizzle
    .select({
      ...(byMonth ? { month: t.month } : {}),
      collection: t.collection,
      item: t.item,
      views,
      downloads: sql<number>`sum(${t.downloads})`,
    })
    .from(t)
    .where(sql.join(conditions, sql` and `))
    .groupBy(...groups)
    .orderBy(...(byMonth ? [sql`${t.month} desc`] : []), sql`${views} desc`)
  const titles = new Map<string, string>()
  for (const type of contentTypes) {
    const ids = rows.filter((r: ReaderRow) => r.collection === type).map((r: ReaderRow) => r.item)
    if (ids.length === 0) continue
    const found = await payload.find({
      collection: type,
      where: { id: { in: ids } },
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: true,
      select: { title: true },
      locale: 'fr',
    })
    for (const doc of found.docs as Array<{ id: string | number; title?: string }>)
      titles.set(`${type}/${doc.id}`, doc.title ?? '')
  }
  return rows.map((r: Record<string, unknown>) => ({
    collection: String(r.collection),
    item: String(r.item),
    title: titles.get(`${r.collection}/${r.item}`) ?? '(contenu supprimé)',
    ...(r.month ? { month: String(r.month) } : {}),
    views: Number(r.views),
    downloads: Number(r.downloads),
  }))
}

/** Views and downloads of one item by month, newest first (the item's sidebar). */
export interface MonthRow {
  month: string
  views: number
  downloads: number
}

export async function itemMonths(
  payload: Payload,
  collection: string,
  item: string,
): Promise<MonthRow[]> {
  const { drizzle, tables } = drizzleOf(payload)
  const t = tables.item_readers
  const rows = await drizzle
    .select({ month: t.month, views: t.views, downloads: t.downloads })
    .from(t)
    .where(sql`${t.collection} = ${collection} and ${t.item} = ${item}`)
    .orderBy(sql`${t.month} desc`)
  return rows.map((r: Record<string, unknown>) => ({
    month: String(r.month),
    views: Number(r.views),
    downloads: Number(r.downloads),
  }))
}

export const currentMonth = () => monthOf(new Date())
