/**
 * Start-up checks in production: the CMS refuses to run with settings that are only safe on a
 * developer's machine, and says what to do. (Development and tests skip them.)
 */
import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { DEV_PAYLOAD_SECRET, DEV_SEED_PASSWORD, env, isPostgres, isProductionRuntime } from './env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export class UnsafeProductionError extends Error {
  override name = 'UnsafeProductionError'
}

export function checkSecret(secret: string | undefined = env.PAYLOAD_SECRET): void {
  if (!secret || secret === DEV_PAYLOAD_SECRET || secret.length < 32) {
    throw new UnsafeProductionError(
      'PAYLOAD_SECRET is missing, is the development default, or is shorter than 32 characters. ' +
        'Set it to a long random value, e.g. `openssl rand -hex 32`, and restart.',
    )
  }
}

/** The committed migrations of the database in use. */
export const committedMigrations = () => (isPostgres ? postgresMigrations : sqliteMigrations)

export async function checkMigrations(payload: Payload): Promise<void> {
  const committed = committedMigrations().map((m) => m.name)
  // An empty database has no migrations table yet: then nothing has run.
  const ran = await payload
    .find({ collection: 'payload-migrations', limit: 0, pagination: false, depth: 0 })
    .catch(() => ({ docs: [] as { name: string }[] }))
  const done = new Set(ran.docs.map((m) => m.name))
  const pending = committed.filter((name) => !done.has(name))
  if (pending.length) {
    throw new UnsafeProductionError(
      `The database has not run ${pending.length} migration(s) (${pending.join(', ')}). ` +
        'Back it up (`pnpm backup`), then run `pnpm --filter @nlv/cms migrate`, and restart.',
    )
  }
}

/** Same derivation as Payload's local strategy (pbkdf2-sha256); compares without logging in. */
function isPassword(
  doc: { hash?: string | null; salt?: string | null },
  password: string,
): boolean {
  if (!doc.hash || !doc.salt) return false
  const current = doc.hash.startsWith('pbkdf2-sha256-v1:')
  const stored = Buffer.from(current ? doc.hash.slice('pbkdf2-sha256-v1:'.length) : doc.hash, 'hex')
  const derived = crypto.pbkdf2Sync(
    password,
    doc.salt,
    current ? 600_000 : 25_000,
    current ? 32 : 512,
    'sha256',
  )
  return derived.length === stored.length && crypto.timingSafeEqual(derived, stored)
}

export async function checkDefaultPasswords(payload: Payload): Promise<void> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { like: '@nourrirlavie.local' } },
    showHiddenFields: true,
    pagination: false,
    depth: 0,
  })
  const exposed = docs.filter((u) =>
    isPassword(u as { hash?: string; salt?: string }, DEV_SEED_PASSWORD),
  )
  if (exposed.length) {
    throw new UnsafeProductionError(
      `Account(s) ${exposed.map((u) => u.email).join(', ')} still use the development password. ` +
        'Change their password (or delete them) with NODE_ENV=development, then restart.',
    )
  }
}

/** Payload `onInit`: runs every check in production. */
export async function assertProductionSafe(payload: Payload): Promise<void> {
  if (!isProductionRuntime) return
  checkSecret()
  await checkMigrations(payload)
  await checkDefaultPasswords(payload)
}
