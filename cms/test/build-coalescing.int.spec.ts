/**
 * A site-build job that waited for the build lock is skipped only when a build that began
 * after the job was queued went live (publishing/plugin.ts): the build records the tickets of
 * the build jobs pending when it began (`coveredJobs`). Tickets, not clocks — a web instance
 * whose clock is behind the worker's must never see its publish skipped — nor job ids, which
 * SQLite reuses. The builds here fail fast (no
 * site project): what is tested is whether a build ran, not the site it makes.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { env } from '../src/env'
import { queueSiteBuild } from '../src/publishing/queueSiteBuild'
import { createUsers, testPayload } from './helpers/payload'
import { docIn } from './helpers/workflow'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
const siteDir = env.NLV_SITE_DIR

const buildJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      sort: 'id',
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
  ).docs as Array<Record<string, any>>

const buildCount = async () =>
  (await payload.count({ collection: 'site-builds', overrideAccess: true })).totalDocs

/** Payload deletes a job once it completes. */
const stillQueued = async (id: number | string) => (await buildJobs()).some((j) => j.id === id)

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  env.NLV_SITE_DIR = '/nonexistent/site-project'
})
afterAll(() => {
  env.NLV_SITE_DIR = siteDir
})

describe('coalescing of site builds', () => {
  it('a build records the build jobs pending when it began', async () => {
    await docIn(payload, 'published', users.editor)
    const pending = (await buildJobs()).filter((j) => !j.completedAt)
    expect(pending.length).toBeGreaterThan(0)
    await payload.jobs.run({ queue: 'site', limit: 10 })
    const { docs } = await payload.find({
      collection: 'site-builds',
      sort: '-id',
      limit: 1,
      overrideAccess: true,
    })
    for (const job of pending) expect(docs[0]?.coveredJobs).toContain(`,${job.input.ticket},`)
  })

  it('a job that gets the id of an earlier, finished job is still built', async () => {
    // SQLite gives the id of a deleted last row to the next one, and Payload deletes a job
    // once it completes: a build covering the earlier job must not cover this one.
    await queueSiteBuild({ payload } as never, 'premier changement')
    const earlier = (await buildJobs()).filter((j) => !j.completedAt).at(-1)!
    await payload.jobs.run({ queue: 'site', limit: 10 })
    await queueSiteBuild({ payload } as never, 'second changement')
    const later = (await buildJobs()).filter((j) => !j.completedAt).at(-1)!
    if (!process.env.NLV_TEST_POSTGRES_URL) expect(later.id).toBe(earlier.id)
    const before = await buildCount()
    await payload.jobs.run({ queue: 'site', limit: 10 })
    expect(await buildCount()).toBe(before + 1)
  })

  it('a job queued by a machine whose clock is behind is still built', async () => {
    // An earlier build went live a minute ago.
    const ago = new Date(Date.now() - 60_000).toISOString()
    await payload.create({
      collection: 'site-builds',
      data: {
        buildId: '20990101T000000Z-aaaa',
        status: 'succeeded',
        startedAt: ago,
        finishedAt: ago,
      },
      overrideAccess: true,
    })
    await docIn(payload, 'published', users.editor)
    const job = (await buildJobs()).filter((j) => !j.completedAt).at(-1)!
    // The web instance that queued it runs ten minutes late: by the clocks, the build above
    // "began after" this job, though it could not hold its change.
    await payload.db.updateOne({
      collection: 'payload-jobs',
      id: job.id,
      data: { createdAt: new Date(Date.now() - 600_000).toISOString() },
    })
    const before = await buildCount()
    await payload.jobs.run({ queue: 'site', limit: 10 })
    // It ran a build of its own (before the fix: skipped as « already built »).
    expect(await buildCount()).toBe(before + 1)
    expect(await stillQueued(job.id)).toBe(false)
  })

  it('a job covered by a build that began after it was queued is skipped', async () => {
    await docIn(payload, 'published', users.editor)
    const job = (await buildJobs()).filter((j) => !j.completedAt).at(-1)!
    // Another worker's build began while this job was pending, and went live.
    const now = new Date().toISOString()
    await payload.create({
      collection: 'site-builds',
      data: {
        buildId: '20990101T000001Z-bbbb',
        status: 'succeeded',
        startedAt: now,
        finishedAt: now,
        coveredJobs: `,${job.input.ticket},`,
      },
      overrideAccess: true,
    })
    const before = await buildCount()
    await payload.jobs.run({ queue: 'site', limit: 10 })
    // Done without a build of its own.
    expect(await buildCount()).toBe(before)
    expect(await stillQueued(job.id)).toBe(false)
  })
})
