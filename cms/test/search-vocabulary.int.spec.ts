/**
 * The « Vocabulaire de recherche » on a real Payload: what the content team may write (and
 * the French refusals when it makes no sense), what the snapshot publishes, and that a
 * change queues a site build.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { createUsers, testPayload } from './helpers/payload'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
})

const create = (data: Record<string, unknown>) =>
  payload.create({
    collection: 'search-vocabulary',
    data: data as never,
    user: users.editor,
    overrideAccess: false,
  })

/** The messages of a refused write, field by field. */
async function refusal(write: Promise<unknown>): Promise<string> {
  try {
    await write
  } catch (error) {
    const { data } = error as { data?: { errors?: Array<{ message: string }> } }
    return (data?.errors ?? []).map((e) => e.message).join(' | ')
  }
  throw new Error('the write was accepted')
}

const queuedBuilds = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      pagination: false,
      overrideAccess: true,
    })
  ).docs.filter((job) => !job.completedAt).length

describe('search vocabulary', () => {
  it('stores a group of equivalents, trimmed and each term once, with a readable title', async () => {
    const doc = await create({
      kind: 'equivalents',
      terms: ['  diabète de   grossesse ', 'diabète gestationnel', 'DG', 'Diabete de grossesse'],
    })
    expect(doc.terms).toEqual(['diabète de grossesse', 'diabète gestationnel', 'DG'])
    expect(doc.language).toBe('fr')
    expect(doc.summary).toBe('diabète de grossesse = diabète gestationnel = DG')
  })

  it('refuses a group of one term and an expansion to nothing, in French', async () => {
    expect(await refusal(create({ kind: 'equivalents', terms: ['seul'] }))).toMatch(
      /au moins deux termes/,
    )
    expect(await refusal(create({ kind: 'expansion', terms: ['anxiété'] }))).toMatch(
      /au moins un terme vers lequel élargir/,
    )
    expect(await refusal(create({ kind: 'equivalents', terms: ['a'.repeat(81), 'b'] }))).toMatch(
      /au plus 80 caractères/,
    )
  })

  it('is written by the content team, never by reviewers', async () => {
    await expect(
      payload.create({
        collection: 'search-vocabulary',
        data: { kind: 'equivalents', terms: ['bébé', 'nourrisson'] } as never,
        user: users.reviewer,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })

  it('is published in the snapshot, and a change queues a site build', async () => {
    await payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    expect(await queuedBuilds()).toBe(0)
    await create({
      kind: 'expansion',
      language: 'all',
      terms: ['anxiété'],
      expandsTo: ['santé mentale'],
    })
    expect(await queuedBuilds()).toBe(1)
    const snapshot = await buildSnapshot(payload)
    expect(snapshot.searchVocabulary).toContainEqual({
      kind: 'expansion',
      language: 'all',
      terms: ['anxiété'],
      expandsTo: ['santé mentale'],
    })
    expect(snapshot.searchVocabulary).toContainEqual({
      kind: 'equivalents',
      language: 'fr',
      terms: ['diabète de grossesse', 'diabète gestationnel', 'DG'],
      expandsTo: [],
    })
  })
})
