/**
 * The committed migrations (SQLite, or PostgreSQL in the Postgres job) build a working schema
 * from an empty database, and production start-up refuses a database that has not run them.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { validData } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  process.env.NLV_DB_PUSH = 'false'
  payload = await testPayload()
})

describe('committed migrations', () => {
  it('production start-up refuses the empty, unmigrated database, saying what to run', async () => {
    const { checkMigrations } = await import('../src/productionSafety')
    await expect(checkMigrations(payload)).rejects.toThrow(/pnpm --filter @nlv\/cms migrate/)
  })

  it('apply from empty and give a schema every collection works on', async () => {
    const { checkMigrations, committedMigrations } = await import('../src/productionSafety')
    await payload.db.migrate({ migrations: committedMigrations() as never })
    await expect(checkMigrations(payload)).resolves.toBeUndefined()
    const doc = await payload.create({
      collection: 'webinars',
      data: { ...validData('webinars', 'Webinaire migré'), _status: 'published' } as never,
    })
    await payload.update({
      collection: 'webinars',
      id: doc.id,
      locale: 'en',
      data: { title: 'Migrated', summary: 'ok', _status: 'published' } as never,
    })
    const en = await payload.findByID({ collection: 'webinars', id: doc.id, locale: 'en' })
    expect(en.title).toBe('Migrated')
    expect(await payload.count({ collection: 'users' })).toEqual({ totalDocs: 0 })
  })
})
