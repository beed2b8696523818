/**
 * Applies the committed migrations that the database has not run yet: creates the quick
 * start's database (scripts/start.sh) and upgrades production. Never asks a question it
 * cannot get an answer to: without a terminal, a database that Payload would ask about fails
 * at once, saying what to do.
 */
export {}
process.env.NLV_DB_PUSH = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { committedMigrations } = await import('../src/productionSafety')
const { importsFinished } = await import('../src/cli')
importsFinished()

/**
 * Schema push (`pnpm --filter @nlv/cms dev`, tests, quick starts older than this script)
 * records itself as a migration of batch -1. Payload then asks whether to go on, because the
 * pushed schema may not be what the migrations expect.
 */
async function pushedInDevMode(payload: Awaited<ReturnType<typeof getPayload>>) {
  const ran = await payload
    .find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1 })
    .catch(() => ({ totalDocs: 0 })) // no migrations table yet: an empty database
  return ran.totalDocs > 0
}

try {
  const payload = await getPayload({ config, disableOnInit: true })
  if ((await pushedInDevMode(payload)) && !process.stdin.isTTY) {
    console.error(
      '[migrate] refused: this database was changed by schema push (development mode), so its ' +
        'schema may not be the one the committed migrations expect, and Payload would ask ' +
        'whether to go on (data loss is possible). There is no terminal to ask in.\n' +
        '  What to do: back it up (`pnpm backup`), then either run ' +
        '`pnpm --filter @nlv/cms migrate` in a terminal and answer, or start from a database ' +
        'made by the migrations (the quick start makes one) and restore your content through ' +
        'the admin or the API. Development mode (`pnpm --filter @nlv/cms dev`) should use its ' +
        'own DATABASE_URL.',
    )
    process.exit(1)
  }
  await payload.db.migrate({ migrations: committedMigrations() as never })
  console.log(`[migrate] ${payload.db.name} database is up to date`)
  process.exit(0)
} catch (error) {
  console.error(`[migrate] failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
