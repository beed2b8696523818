import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createUsers, testPayload } from './helpers/payload'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
})

describe('users and roles', () => {
  it('an editor cannot create, list others, or delete accounts', async () => {
    const as = { user: users.editor, overrideAccess: false } as const
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@test.local', name: 'X', role: 'admin', password: 'password-12345' },
        ...as,
      }),
    ).rejects.toThrow()
    const list = await payload.find({ collection: 'users', ...as })
    expect(list.docs.map((u) => u.email)).toEqual(['editor@test.local'])
    await expect(
      payload.delete({ collection: 'users', id: users.reviewer.id, ...as }),
    ).rejects.toThrow()
  })

  it('a reviewer cannot read other accounts (their e-mail stays private)', async () => {
    await expect(
      payload.findByID({
        collection: 'users',
        id: users.admin.id,
        user: users.reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('nobody raises their own role; an admin can change roles', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.editor.id,
      data: { role: 'admin', name: 'Éditrice' },
      user: users.editor,
      overrideAccess: false,
    })
    expect(updated.role).toBe('editor')
    expect(updated.name).toBe('Éditrice')
    const promoted = await payload.update({
      collection: 'users',
      id: users.reviewer.id,
      data: { role: 'editor' },
      user: users.admin,
      overrideAccess: false,
    })
    expect(promoted.role).toBe('editor')
  })

  it('reviewers cannot write content', async () => {
    await expect(
      payload.create({
        collection: 'fact-sheets',
        data: { title: 'Par un réviseur', summary: 'Non.' },
        user: users.reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
})
