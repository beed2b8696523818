/**
 * Concurrent saves of one draft (as two editors on two web instances): each is whole, one
 * after the other, and exactly one version stays marked latest — the newest
 * (database/documentWriteLock.ts on PostgreSQL; SQLite's writes take turns anyway).
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUsers, testPayload } from './helpers/payload'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
})
afterAll(async () => {
  await payload?.destroy()
})

describe('concurrent saves of one document', () => {
  it('end in one whole version marked latest, every save kept in the history', async () => {
    const doc = await payload.create({
      collection: 'fact-sheets',
      data: { title: 'Départ', summary: 'Départ.', keyMessages: [{ text: 'Départ.' }] },
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    const edits = Array.from({ length: 8 }, (_, i) => ({
      title: `Version ${i + 1}`,
      keyMessages: [{ text: `Version ${i + 1}, un` }, { text: `Version ${i + 1}, deux` }],
    }))
    await Promise.all(
      edits.map((data) =>
        payload.update({
          collection: 'fact-sheets',
          id: doc.id,
          data,
          draft: true,
          user: users.editor,
          overrideAccess: false,
        }),
      ),
    )
    const { docs: versions } = await payload.findVersions({
      collection: 'fact-sheets',
      where: { parent: { equals: doc.id } },
      sort: 'createdAt',
      limit: 100,
      depth: 0,
    })
    expect(versions).toHaveLength(edits.length + 1)
    for (const v of versions.slice(1)) {
      const edit = edits.find((e) => e.title === v.version.title)
      expect(edit, v.version.title).toBeTruthy()
      expect(v.version.keyMessages?.map((m) => m.text)).toEqual(
        edit!.keyMessages.map((m) => m.text),
      )
    }
    const latest = versions.filter((v) => v.latest)
    expect(latest.map((v) => v.version.title)).toEqual([versions.at(-1)!.version.title])
    const current = await payload.findByID({
      collection: 'fact-sheets',
      id: doc.id,
      draft: true,
      depth: 0,
    })
    expect(current.title).toBe(versions.at(-1)!.version.title)
  })
})
