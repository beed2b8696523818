import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { DEV_PAYLOAD_SECRET, DEV_SEED_PASSWORD } from '../src/env'
import { checkDefaultPasswords, checkSecret } from '../src/productionSafety'
import { testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('production start-up checks', () => {
  it.each([undefined, '', DEV_PAYLOAD_SECRET, 'short-secret'])(
    'refuses PAYLOAD_SECRET=%j, saying how to make one',
    (secret) => {
      expect(() => checkSecret(secret)).toThrow(/openssl rand -hex 32/)
    },
  )

  it('accepts a long random secret', () => {
    expect(() => checkSecret('4f1e0c9b6a7d2e8f3c5b1a0d9e8f7c6b5a4d3e2f1a0b9c8d')).not.toThrow()
  })

  it('refuses a development account that still has the default password, naming it', async () => {
    await payload.create({
      collection: 'users',
      data: {
        email: 'admin@nourrirlavie.local',
        name: 'Admin',
        role: 'admin',
        password: DEV_SEED_PASSWORD,
      },
    })
    await expect(checkDefaultPasswords(payload)).rejects.toThrow(
      /admin@nourrirlavie\.local still use/,
    )
    const [user] = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'admin@nourrirlavie.local' } },
      })
    ).docs
    await payload.update({
      collection: 'users',
      id: user!.id,
      data: { password: 'a-new-long-password-2026' },
    })
    await expect(checkDefaultPasswords(payload)).resolves.toBeUndefined()
  })
})
