/**
 * Creates a migration for the database DATABASE_URL selects (SQLite by default, PostgreSQL
 * for a postgres:// URL), into src/migrations/<sqlite|postgres>/. Run it once for each:
 *   pnpm --filter @nlv/cms migrate:create <name>
 *   DATABASE_URL=postgres://… pnpm --filter @nlv/cms migrate:create <name>
 * The schema is compared with the last committed migration, not with a live database.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: migrate:create <name>   (lowercase letters, digits and underscores)')
  process.exit(2)
}
if (!/^postgres/.test(process.env.DATABASE_URL ?? '')) {
  // A throwaway file: the diff is against the migrations' own snapshots.
  process.env.DATABASE_URL = `file:${path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-migrate-')), 'schema.db')}`
}
process.env.NLV_DB_PUSH = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { importsFinished } = await import('../src/cli')
importsFinished()
const payload = await getPayload({ config, disableOnInit: true })
await payload.db.createMigration({ migrationName: name, payload, forceAcceptWarning: true })
console.log(`[migrate:create] ${name} written for ${payload.db.name} in ${payload.db.migrationDir}`)
process.exit(0)
