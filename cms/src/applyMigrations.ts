/**
 * Applies the committed migrations the database has not run yet (`pnpm --filter @nlv/cms
 * migrate`, and the quick start, which makes its database this way). Never waits on a
 * question it cannot get an answer to.
 */
import type { Payload } from 'payload'
import { committedMigrations } from './productionSafety'

export class MigrationRefused extends Error {
  override name = 'MigrationRefused'
}

/**
 * Schema push (`pnpm --filter @nlv/cms dev`, tests, quick starts older than migrations)
 * records itself as a migration of batch -1; Payload then asks whether to go on, since the
 * pushed schema may not be the one the migrations expect.
 */
export async function pushedInDevMode(payload: Payload): Promise<boolean> {
  const ran = await payload
    .find({ collection: 'payload-migrations', where: { batch: { equals: -1 } }, limit: 1 })
    .catch(() => ({ totalDocs: 0 })) // no migrations table yet: an empty database
  return ran.totalDocs > 0
}

/** `payload` must have been started with schema push off (NLV_DB_PUSH=false). */
export async function applyMigrations(
  payload: Payload,
  { interactive = Boolean(process.stdin.isTTY) } = {},
): Promise<void> {
  if (!interactive && (await pushedInDevMode(payload))) {
    throw new MigrationRefused(
      'this database was changed by schema push (development mode), so its schema may not be ' +
        'the one the committed migrations expect, and Payload would ask whether to go on ' +
        '(data loss is possible); there is no terminal to ask in.\n' +
        '  What to do: back it up (`pnpm backup`), then either run ' +
        '`pnpm --filter @nlv/cms migrate` in a terminal and answer, or start from a database ' +
        'made by the migrations (the quick start makes one: delete or move `var/`) and restore ' +
        'your content through the admin or the API. Development mode ' +
        '(`pnpm --filter @nlv/cms dev`) should use its own DATABASE_URL.',
    )
  }
  await payload.db.migrate({ migrations: committedMigrations() as never })
}
