/**
 * What the committee approved is exactly what goes public, and the public trust facts come
 * from the committee alone (issue 11, sections 2 and 3), through REST (the real handlers),
 * GraphQL and the Local API:
 *
 * - a one-language publish (`publishSpecificLocale`) would put beside the approved English an
 *   older French nobody approved together with it: refused on reviewed types;
 * - four eyes covers everyone who changed the content since its last approval, not only the
 *   last person who saved it;
 * - `review.reviewers`, `review.lastReviewedAt` and `review.nextReviewDue` are written by an
 *   approval, or by an administrator as a recorded event; an editor's value is dropped (field
 *   access, as for the workflow's own fields) or, from code that overrides access, refused;
 *   the live site's data never shows a committee nobody recorded.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { contentHash } from '../src/workflow/contentHash'
import { transition } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { docIn, isPublic, stateOfDoc, tokensFor } from './helpers/workflow'

const FS = 'fact-sheets' as const
const ONE_LANGUAGE = /toutes ses langues/
const FORGED = 'Pr FAUX-REVISEUR'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const { rest, graphql } = restClient(config)

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
})

type Role = 'admin' | 'editor' | 'reviewer'
const as = (role: Role) => ({ user: users[role], overrideAccess: false }) as const
const token = (role: Role) => ({ token: tokens[role] })
const system = (id: number | string, action: string) =>
  transition(payload, { collection: FS, id, action, user: null, message: 'Préparation' })

async function eventsOf(id: number | string) {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: { and: [{ 'doc.relationTo': { equals: FS } }, { 'doc.value': { equals: id } }] },
    sort: 'createdAt',
    depth: 0,
    pagination: false,
  })
  return docs as Record<string, any>[]
}

/** The public row (what the site and anonymous readers get), in every locale. */
const published = async (id: number | string) =>
  (await payload.findByID({ collection: FS, id, locale: 'all', depth: 0 })) as Record<string, any>

/** The working copy in every locale. */
const latest = async (id: number | string) =>
  (await payload.findByID({ collection: FS, id, draft: true, locale: 'all', depth: 0 })) as Record<
    string,
    any
  >

const hashOf = (doc: Record<string, any>) =>
  contentHash(payload.collections[FS].config, doc, ['fr', 'en'])

/**
 * Published v2 in French and English; then both languages changed (v3), submitted and
 * approved by the committee: the approval covers v3 in both languages together.
 */
async function approvedChangeToBothLanguages() {
  const id = await docIn(payload, 'draft', users.editor)
  const write = (locale: 'fr' | 'en', title: string) =>
    payload.update({
      collection: FS,
      id,
      locale,
      draft: true,
      data: { title, summary: `${title} : résumé.` } as never,
      ...as('editor'),
    })
  await write('fr', 'Acide folique v2')
  await write('en', 'Folic acid v2')
  for (const action of ['submit', 'approve', 'publish']) await system(id, action)
  await write('fr', 'Acide folique v3')
  await write('en', 'Folic acid v3')
  await system(id, 'submit')
  await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
  expect(await stateOfDoc(payload, FS, id)).toBe('approved')
  return id
}

const v2 = { fr: 'Acide folique v2', en: 'Folic acid v2' }
const v3 = { fr: 'Acide folique v3', en: 'Folic acid v3' }

describe('approval covers exactly what is published', () => {
  it('REST: a one-language publish is refused, for editors and admins, and nothing goes public', async () => {
    const id = await approvedChangeToBothLanguages()
    const eventsBefore = (await eventsOf(id)).length
    for (const role of ['editor', 'admin'] as const) {
      const res = await rest('PATCH', `${FS}/${id}?publishSpecificLocale=en`, {
        ...token(role),
        body: { _status: 'published' },
      })
      expect(res.status, res.text.slice(0, 300)).toBe(400)
      expect(res.json.errors[0].message).toMatch(ONE_LANGUAGE)
    }
    expect((await published(id)).title).toEqual(v2)
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
    expect(await eventsOf(id)).toHaveLength(eventsBefore)
    // Created published in one language: refused too.
    const create = await rest('POST', `${FS}?publishSpecificLocale=fr`, {
      ...token('admin'),
      body: { title: 'Fiche unilingue', summary: 'Résumé.', _status: 'published' },
    })
    expect(create.status).toBe(400)
    expect(create.json.errors[0].message).toMatch(ONE_LANGUAGE)

    // The approved content goes public whole, and the public row is what was approved.
    await transition(payload, { collection: FS, id, action: 'publish', user: users.editor })
    const online = await published(id)
    expect(online.title).toEqual(v3)
    expect(hashOf(online)).toBe((await latest(id)).workflow.approvedHash)
  })

  it('Local API: refused with access enforced, overridden, or as the system', async () => {
    const id = await approvedChangeToBothLanguages()
    const attempts = [
      as('editor'),
      { user: users.admin, overrideAccess: true },
      { overrideAccess: true },
    ]
    for (const who of attempts) {
      await expect(
        payload.update({
          collection: FS,
          id,
          publishSpecificLocale: 'en',
          data: { _status: 'published' } as never,
          ...who,
        }),
      ).rejects.toThrow(ONE_LANGUAGE)
    }
    await expect(
      payload.update({
        collection: FS,
        where: { id: { equals: id } },
        publishSpecificLocale: 'en',
        data: { _status: 'published' } as never,
        overrideAccess: true,
      }),
    ).rejects.toThrow(ONE_LANGUAGE)
    expect((await published(id)).title).toEqual(v2)
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
  })

  it('GraphQL: no one-language publish; a publish from the English view publishes the approved whole', async () => {
    const id = await approvedChangeToBothLanguages()
    const oneLanguage = await graphql(
      `mutation { updateFactSheet(id: ${id}, publishSpecificLocale: "en", data: { _status: published }) { id } }`,
      token('editor'),
    )
    expect(oneLanguage.json.errors?.length).toBeGreaterThan(0)
    expect((await published(id)).title).toEqual(v2)

    const res = await graphql(
      `mutation { updateFactSheet(id: ${id}, locale: en, data: { _status: published }) { id _status } }`,
      token('editor'),
    )
    expect(res.json.errors, JSON.stringify(res.json.errors)).toBeUndefined()
    const online = await published(id)
    expect(online.title).toEqual(v3)
    expect(hashOf(online)).toBe((await latest(id)).workflow.approvedHash)
  })
})

describe('four eyes covers everyone who changed the content since the last approval', () => {
  it('the issue’s case: the admin edits the summary, the editor adds a space to the title, the admin may not approve', async () => {
    // The content is read-only in review: both change it in draft, then the editor submits.
    const id = await docIn(payload, 'draft', users.editor)
    const summary = await rest('PATCH', `${FS}/${id}?draft=true`, {
      ...token('admin'),
      body: { summary: 'Résumé réécrit par l’administratrice.' },
    })
    expect(summary.status).toBe(200)
    const current = await payload.findByID({ collection: FS, id, draft: true, depth: 0 })
    const space = await rest('PATCH', `${FS}/${id}?draft=true`, {
      ...token('editor'),
      body: { title: `${current.title} ` },
    })
    expect(space.status).toBe(200)
    expect((await rest('POST', `${FS}/${id}/workflow/submit`, token('editor'))).status).toBe(200)

    const refused = await rest('POST', `${FS}/${id}/workflow/approve`, {
      ...token('admin'),
      body: { message: 'Conforme.' },
    })
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toMatch(/quatre yeux/)
    expect(refused.json.errors[0].message).toMatch(/^Vous avez modifié ce contenu/)
    expect(await stateOfDoc(payload, FS, id)).toBe('in_review')
    // The panel shows it too, before anyone clicks.
    const status = await rest('GET', `${FS}/${id}/workflow`, token('admin'))
    const approve = status.json.actions.find((a: { action: string }) => a.action === 'approve')
    expect(approve).toMatchObject({ override: true })
    expect(approve.reason.fr).toMatch(/quatre yeux/)
    // Someone who wrote none of it may.
    const ok = await rest('POST', `${FS}/${id}/workflow/approve`, token('reviewer'))
    expect(ok.status).toBe(200)
  })

  it('edits made before the submission count too', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { summary: 'Une phrase de l’administratrice.' } as never,
      ...as('admin'),
    })
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { title: 'Titre de l’équipe' } as never,
      ...as('editor'),
    })
    await transition(payload, { collection: FS, id, action: 'submit', user: users.editor })
    await expect(
      transition(payload, { collection: FS, id, action: 'approve', user: users.admin }),
    ).rejects.toThrow(/quatre yeux/)
  })

  it('an approval starts the count again', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { summary: 'Écrit par l’administratrice.' } as never,
      ...as('admin'),
    })
    await system(id, 'submit')
    await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { title: 'Nouvelle version par l’équipe' } as never,
      ...as('editor'),
    })
    await system(id, 'submit')
    // The admin changed nothing since the last approval: their eyes are a second pair now.
    expect(
      (await transition(payload, { collection: FS, id, action: 'approve', user: users.admin }))
        .state,
    ).toBe('approved')
  })
})

describe("the committee's attribution cannot be forged", () => {
  const forged = {
    reviewers: [{ name: FORGED }],
    lastReviewedAt: '2026-01-01T00:00:00.000Z',
    nextReviewDue: '2099-01-01T00:00:00.000Z',
  }
  const factsOf = (doc: Record<string, any>) => ({
    reviewers: (doc.review?.reviewers ?? []).map((r: { name: string }) => r.name),
    lastReviewedAt: doc.review?.lastReviewedAt ?? null,
    nextReviewDue: doc.review?.nextReviewDue ?? null,
  })

  async function publishedItem() {
    const id = await docIn(payload, 'draft', users.editor)
    await system(id, 'submit')
    await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
    await system(id, 'publish')
    return id
  }

  async function snapshotItem(id: number | string) {
    const snapshot = await buildSnapshot(payload)
    return snapshot.items.find((i) => i.id === String(id))!
  }

  it('an editor’s change never lands, through REST, GraphQL or the Local API, and the live site shows the real committee', async () => {
    const id = await publishedItem()
    const before = factsOf(await published(id))
    expect(before.reviewers).toEqual(['Test reviewer'])
    const eventsBefore = (await eventsOf(id)).length

    // The public row first: once a draft is saved, a write without `draft` publishes the
    // draft's status too (Payload), which the workflow records as an archive.
    for (const query of ['', '?draft=true']) {
      for (const field of ['reviewers', 'lastReviewedAt', 'nextReviewDue'] as const) {
        await rest('PATCH', `${FS}/${id}${query}`, {
          ...token('editor'),
          body: { review: { [field]: forged[field] } },
        })
        expect(factsOf(await published(id)), `${field}${query}`).toEqual(before)
      }
    }
    await graphql(
      `mutation { updateFactSheet(id: ${id}, draft: true, data: { review: { reviewers: [{ name: "${FORGED}" }] } }) { id } }`,
      token('editor'),
    )
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { review: forged } as never,
      ...as('editor'),
    })
    // Code that overrides access on an editor's behalf is refused, with the reason.
    await expect(
      payload.update({
        collection: FS,
        id,
        draft: true,
        data: { review: forged } as never,
        user: users.editor,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/comité/)
    // Nor at creation, to be published later by an override.
    const created = await rest('POST', `${FS}?draft=true`, {
      ...token('editor'),
      body: { title: 'Fiche préremplie', summary: 'Résumé.', review: forged },
    })
    expect(created.status).toBe(201)
    expect(factsOf(await latest(created.json.doc.id)).reviewers).toEqual([])

    expect(factsOf(await published(id))).toEqual(before)
    expect(factsOf(await latest(id))).toEqual(before)
    expect(await eventsOf(id)).toHaveLength(eventsBefore)
    const item = await snapshotItem(id)
    expect(item.review.reviewers).toEqual(['Test reviewer'])
    expect(item.review.nextReviewDue).not.toBe('2099-01-01')
    expect(JSON.stringify(await buildSnapshot(payload))).not.toContain(FORGED)
  })

  it('an editor’s save that sends the facts back unchanged (as the admin form does) goes through', async () => {
    const id = await publishedItem()
    const current = await latest(id)
    const res = await rest('PATCH', `${FS}/${id}?draft=true&locale=fr`, {
      ...token('editor'),
      body: { title: 'Titre révisé', review: current.review },
    })
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    expect(await stateOfDoc(payload, FS, id)).toBe('draft')
  })

  it('an administrator may correct them: recorded in the audit trail, the approval untouched', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    const before = factsOf(await latest(id))
    const res = await rest('PATCH', `${FS}/${id}?draft=true`, {
      ...token('admin'),
      body: { review: { nextReviewDue: '2030-01-15T00:00:00.000Z' } },
    })
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
    expect(factsOf(await latest(id))).toEqual({
      ...before,
      nextReviewDue: '2030-01-15T00:00:00.000Z',
    })
    const event = (await eventsOf(id)).at(-1)!
    expect(event).toMatchObject({
      action: 'review_facts',
      fromState: 'approved',
      toState: 'approved',
      actorName: 'Test admin',
      override: true,
    })
    expect(event.message).toContain('Prochaine révision')
    expect(event.message).toContain('2030-01-15')
    // The approval still holds: the publish goes through.
    await transition(payload, { collection: FS, id, action: 'publish', user: users.editor })
    expect(await isPublic(payload, FS, id)).toBe(true)
  })

  it('restoring an old version keeps the review facts of today', async () => {
    const id = await publishedItem()
    const { docs } = await payload.findVersions({
      collection: FS,
      where: { parent: { equals: id } },
      sort: 'updatedAt',
      limit: 1,
    })
    const before = factsOf(await latest(id))
    const res = await rest('POST', `${FS}/versions/${docs[0]!.id}?draft=true`, token('editor'))
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    expect(factsOf(await latest(id))).toEqual(before)
  })
})
