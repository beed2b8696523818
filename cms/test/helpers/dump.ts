/**
 * Every row of every table of the test database, for "the database is exactly as before"
 * assertions: tables by name, rows sorted, values as strings (SQLite and PostgreSQL alike).
 */
import { createClient } from '@libsql/client'
import pg from 'pg'

export type Dump = Record<string, string[]>

const rowsOf = (rows: Record<string, unknown>[]) =>
  rows
    .map((row) =>
      JSON.stringify(
        Object.entries(row).map(([k, v]) => [k, v === null || v === undefined ? null : String(v)]),
      ),
    )
    .sort()

export async function dumpDatabase(url = process.env.DATABASE_URL!): Promise<Dump> {
  const dump: Dump = {}
  if (url.startsWith('postgres')) {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows: tables } = await client.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
      for (const { name } of tables) {
        dump[name] = rowsOf((await client.query(`SELECT * FROM "${name}"`)).rows)
      }
    } finally {
      await client.end()
    }
    return dump
  }
  const client = createClient({ url })
  try {
    const tables = await client.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1`,
    )
    for (const { name } of tables.rows) {
      const result = await client.execute(`SELECT * FROM "${String(name)}"`)
      dump[String(name)] = rowsOf(result.rows as unknown as Record<string, unknown>[])
    }
  } finally {
    client.close()
  }
  return dump
}

/** The tables whose rows differ between two dumps (for a readable failure). */
export function changedTables(before: Dump, after: Dump): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter(
    (name) => JSON.stringify(before[name] ?? []) !== JSON.stringify(after[name] ?? []),
  )
}
