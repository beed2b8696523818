import { getPayload, type Payload } from 'payload'

/**
 * A real Payload on this test file's temporary database. Its job crons are stopped: each tick
 * (every minute) queues the scheduled tasks (`handleSchedules`: payload_jobs and
 * payload_jobs_stats) even where jobs do not run, a write that could land between a test's
 * two dumps of the database (seen under load in atomicWrites.int.spec.ts). Tests run jobs and
 * schedules themselves (`payload.jobs.run`, `payload.jobs.handleSchedules`).
 */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('../../src/payload.config')
  const payload = await getPayload({ config })
  if (process.env.NLV_JOBS_AUTORUN !== 'true') for (const cron of payload.crons) cron.stop()
  return payload
}

export type Role = 'admin' | 'editor' | 'reviewer'

/** Creates a user of each role (password `test-password-1`) and returns them by role. */
export async function createUsers(payload: Payload) {
  const users = {} as Record<Role, Awaited<ReturnType<typeof payload.create<'users', any>>>>
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = await payload.create({
      collection: 'users',
      data: {
        email: `${role}@test.local`,
        name: `Test ${role}`,
        role,
        password: 'test-password-1',
      },
      overrideAccess: true,
    })
  }
  return users
}
