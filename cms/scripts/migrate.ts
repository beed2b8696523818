/** Applies the committed migrations that the database has not run yet (production upgrades). */
export {}
process.env.NLV_DB_PUSH = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { committedMigrations } = await import('../src/productionSafety')
try {
  const payload = await getPayload({ config, disableOnInit: true })
  await payload.db.migrate({ migrations: committedMigrations() as never })
  console.log(`[migrate] ${payload.db.name} database is up to date`)
  process.exit(0)
} catch (error) {
  console.error(`[migrate] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
