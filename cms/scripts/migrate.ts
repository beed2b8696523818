/** Applies the committed migrations that the database has not run yet (see src/applyMigrations.ts). */
export {}
process.env.NLV_DB_PUSH = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { applyMigrations, MigrationRefused } = await import('../src/applyMigrations')
const { importsFinished } = await import('../src/cli')
importsFinished()

try {
  const payload = await getPayload({ config, disableOnInit: true })
  await applyMigrations(payload)
  console.log(`[migrate] ${payload.db.name} database is up to date`)
  process.exit(0)
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[migrate] ${error instanceof MigrationRefused ? 'refused' : 'failed'}: ${message}`)
  process.exit(1)
}
