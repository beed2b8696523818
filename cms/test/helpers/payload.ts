import { getPayload, type Payload } from 'payload'

/** A real Payload on this test file's temporary database. */
export async function testPayload(): Promise<Payload> {
  const { default: config } = await import('../../src/payload.config')
  return getPayload({ config })
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
