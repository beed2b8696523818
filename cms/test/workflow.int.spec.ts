/**
 * The review workflow's promises, each through the APIs that could break it: approval bound to
 * the content, the publish gate (Local API, REST, bulk, GraphQL, version restore), four eyes,
 * reviewers never writing content, comments, the audit trail, seeding, scheduling, re-review.
 */
import { GRAPHQL_POST, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { REVIEW_INTERVAL_MONTHS } from '../src/workflow/states'
import { transition, TransitionRefused } from '../src/workflow/transition'
import { itemsDueForReview } from '../src/workflow/reviewDue'
import { createUsers, testPayload } from './helpers/payload'
import { validData } from './helpers/fixtures'
import { docIn, isPublic, restCall, stateOfDoc, tokensFor } from './helpers/workflow'

const NOT_APPROVED = "Cette version n'a pas été approuvée par le comité"
const FS = 'fact-sheets' as const

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
const rest = (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  role: string | null,
  body?: unknown,
) => restCall(handlers, method, path, { token: role ? tokens[role] : undefined, body })

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
})

const as = (role: 'admin' | 'editor' | 'reviewer') =>
  ({ user: users[role], overrideAccess: false }) as const

async function eventsOf(id: number | string) {
  const { docs } = await payload.find({
    collection: 'review-events',
    where: { and: [{ 'doc.relationTo': { equals: FS } }, { 'doc.value': { equals: id } }] },
    sort: 'createdAt',
    depth: 0,
  })
  return docs as Record<string, any>[]
}

describe('the review loop', () => {
  it('goes draft → review → changes → review → approved → published, recorded step by step', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    const step = (action: string, role: 'admin' | 'editor' | 'reviewer', message?: string) =>
      transition(payload, { collection: FS, id, action, user: users[role], message })

    expect((await step('submit', 'editor', 'Première version')).state).toBe('in_review')
    expect(
      (await step('request_changes', 'reviewer', 'Préciser la dose d’acide folique.')).state,
    ).toBe('changes_requested')
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { summary: 'Dose : 0,4 mg par jour.' } as never,
      ...as('editor'),
    })
    expect(await stateOfDoc(payload, FS, id)).toBe('changes_requested')
    expect((await step('submit', 'editor')).state).toBe('in_review')
    expect(await isPublic(payload, FS, id)).toBe(false)
    expect((await step('approve', 'reviewer', 'Conforme.')).state).toBe('approved')
    expect(await isPublic(payload, FS, id)).toBe(false)
    expect((await step('publish', 'editor')).state).toBe('published')
    expect(await isPublic(payload, FS, id)).toBe(true)
    const published = await payload.findByID({ collection: FS, id, overrideAccess: false })
    expect(published.summary).toBe('Dose : 0,4 mg par jour.')

    const events = await eventsOf(id)
    expect(events.map((e) => [e.action, e.fromState, e.toState, e.actorName])).toEqual([
      ['submit', 'draft', 'in_review', 'Test editor'],
      ['request_changes', 'in_review', 'changes_requested', 'Test reviewer'],
      ['submit', 'changes_requested', 'in_review', 'Test editor'],
      ['approve', 'in_review', 'approved', 'Test reviewer'],
      ['publish', 'approved', 'published', 'Test editor'],
    ])
    expect(events[1]!.message).toBe('Préciser la dose d’acide folique.')
    expect(
      events.every(
        (e) => typeof e.version === 'string' && e.version.length > 0 && e.override === false,
      ),
    ).toBe(true)
  })

  it('binds the approval to the version the reviewer read, and fills the public review facts', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const before = Date.now()
    await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
    const doc = (await payload.findByID({ collection: FS, id, draft: true, depth: 0 })) as Record<
      string,
      any
    >
    expect(doc.workflow.approvedBy).toBe(users.reviewer.id)
    expect(doc.workflow.approvedHash).toMatch(/^[0-9a-f]{64}$/)
    expect(doc.workflow.approvedVersion).toMatch(/^\d+$/)
    const versions = await payload.findVersions({
      collection: FS,
      where: { parent: { equals: id } },
      sort: 'updatedAt',
    })
    // The approved version is the one the reviewer saw: the last before the approval's own write.
    expect(versions.docs.map((v) => String(v.id))).toContain(doc.workflow.approvedVersion)
    expect(doc.review.reviewers.map((r: { name: string }) => r.name)).toEqual(['Test reviewer'])
    expect(new Date(doc.review.lastReviewedAt).getTime()).toBeGreaterThanOrEqual(before - 1000)
    const months =
      (new Date(doc.review.nextReviewDue).getFullYear() -
        new Date(doc.review.lastReviewedAt).getFullYear()) *
        12 +
      new Date(doc.review.nextReviewDue).getMonth() -
      new Date(doc.review.lastReviewedAt).getMonth()
    expect(months).toBe(REVIEW_INTERVAL_MONTHS)
  })

  it('refuses an action on a version other than the one the user was shown', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    await expect(
      transition(payload, {
        collection: FS,
        id,
        action: 'approve',
        user: users.reviewer,
        versionId: '999999',
      }),
    ).rejects.toThrow(/a changé depuis/)
  })
})

describe('approval is bound to the content', () => {
  it('an edit after approval (here in English) sends the item back to draft and voids the approval', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    await payload.update({
      collection: FS,
      id,
      locale: 'en',
      draft: true,
      data: { title: 'Folic acid' } as never,
      ...as('editor'),
    })
    const doc = (await payload.findByID({ collection: FS, id, draft: true, depth: 0 })) as Record<
      string,
      any
    >
    expect(doc.workflowState).toBe('draft')
    expect(doc.workflow.approvedHash ?? null).toBeNull()
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'edit',
      fromState: 'approved',
      toState: 'draft',
    })
    const refused = transition(payload, {
      collection: FS,
      id,
      action: 'publish',
      user: users.editor,
    })
    await expect(refused).rejects.toBeInstanceOf(TransitionRefused)
    await expect(
      payload.update({
        collection: FS,
        id,
        data: { _status: 'published' } as never,
        ...as('editor'),
      }),
    ).rejects.toThrow(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('a save that changes nothing keeps the approval', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    const current = await payload.findByID({ collection: FS, id, draft: true, depth: 0 })
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: current as never,
      ...as('editor'),
    })
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
  })

  it('moving the next review date (an administrator’s correction) is not a content change', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { review: { nextReviewDue: '2030-01-15T00:00:00.000Z' } } as never,
      ...as('admin'),
    })
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
    expect(
      (await transition(payload, { collection: FS, id, action: 'publish', user: users.editor }))
        .state,
    ).toBe('published')
  })

  it('an edit to a published item leaves the public version online until the new one is approved', async () => {
    const id = await docIn(payload, 'published', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { title: 'Titre révisé' } as never,
      ...as('editor'),
    })
    expect(await stateOfDoc(payload, FS, id)).toBe('draft')
    const online = await payload.findByID({ collection: FS, id, overrideAccess: false })
    expect(online.title).not.toBe('Titre révisé')
    // Still online, so it can be archived from its working state.
    expect(
      (await transition(payload, { collection: FS, id, action: 'archive', user: users.editor }))
        .state,
    ).toBe('archived')
    expect(await isPublic(payload, FS, id)).toBe(false)
  })
})

describe('the publish gate holds on every API', () => {
  it('Local API with access enforced', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    await expect(
      payload.update({
        collection: FS,
        id,
        data: { _status: 'published' } as never,
        ...as('editor'),
      }),
    ).rejects.toThrow(NOT_APPROVED)
    await expect(
      payload.create({
        collection: FS,
        data: { ...validData(FS, 'Publiée d’emblée'), _status: 'published' } as never,
        ...as('editor'),
      }),
    ).rejects.toThrow(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('REST PATCH, with the French message', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    const res = await rest('PATCH', `${FS}/${id}`, 'editor', { _status: 'published' })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).toContain(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('REST bulk publish (PATCH with where) publishes only what was approved', async () => {
    const approved = await docIn(payload, 'approved', users.editor)
    const unapproved = await docIn(payload, 'in_review', users.editor)
    const res = await rest('PATCH', `${FS}?where[id][in]=${approved},${unapproved}`, 'editor', {
      _status: 'published',
    })
    expect(JSON.stringify(res.json)).toContain(NOT_APPROVED)
    expect(await isPublic(payload, FS, unapproved)).toBe(false)
    expect(await isPublic(payload, FS, approved)).toBe(true)
    expect(await stateOfDoc(payload, FS, approved)).toBe('published')
    expect((await eventsOf(approved)).at(-1)).toMatchObject({ action: 'publish', override: false })
  })

  it('the admin list’s bulk publish (draft=true) too', async () => {
    const id = await docIn(payload, 'changes_requested', users.editor)
    const res = await rest('PATCH', `${FS}?draft=true&where[id][in]=${id}`, 'editor', {
      _status: 'published',
    })
    expect(JSON.stringify(res.json)).toContain(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('GraphQL', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const graphql = GRAPHQL_POST(config)
    const res = await graphql(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${tokens.editor}` },
        body: JSON.stringify({
          query: `mutation { updateFactSheet(id: ${id}, data: { _status: published }) { id _status } }`,
        }),
      }),
    )
    const json = await res.json()
    expect(JSON.stringify(json.errors)).toContain(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('restoring an old version as the published one', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const { docs } = await payload.findVersions({
      collection: FS,
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: 1,
    })
    await transition(payload, { collection: FS, id, action: 'archive', user: users.editor })
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { title: 'Autre contenu' } as never,
      ...as('editor'),
    })
    const res = await rest('POST', `${FS}/versions/${docs[0]!.id}`, 'editor')
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.json)).toContain(NOT_APPROVED)
    expect(await isPublic(payload, FS, id)).toBe(false)
    // Restored as a draft it is just an edit.
    const asDraft = await rest('POST', `${FS}/versions/${docs[0]!.id}?draft=true`, 'editor')
    expect(asDraft.status).toBe(200)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('a plain publish of exactly the approved version is the publish transition', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    const res = await rest('PATCH', `${FS}/${id}`, 'editor', { _status: 'published' })
    expect(res.status).toBe(200)
    expect(await stateOfDoc(payload, FS, id)).toBe('published')
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'publish',
      actorName: 'Test editor',
      override: false,
    })
  })

  it('an admin may publish unapproved content, recorded as an override', async () => {
    const viaEndpoint = await docIn(payload, 'in_review', users.editor)
    const refused = await rest('POST', `${FS}/${viaEndpoint}/workflow/publish`, 'admin')
    expect(refused.status).toBe(409)
    expect(refused.json.errors[0].message).toContain('dérogation')
    const forced = await rest('POST', `${FS}/${viaEndpoint}/workflow/publish`, 'admin', {
      override: true,
      message: 'Urgence santé publique',
    })
    expect(forced.status).toBe(200)
    expect((await eventsOf(viaEndpoint)).at(-1)).toMatchObject({
      action: 'publish',
      override: true,
      actorName: 'Test admin',
      message: 'Urgence santé publique',
    })

    const viaPatch = await docIn(payload, 'draft', users.editor)
    expect(
      (await rest('PATCH', `${FS}/${viaPatch}`, 'admin', { _status: 'published' })).status,
    ).toBe(200)
    expect((await eventsOf(viaPatch)).at(-1)).toMatchObject({ action: 'publish', override: true })
  })

  it('unpublishing through the API is the archive transition', async () => {
    const id = await docIn(payload, 'published', users.editor)
    expect((await rest('PATCH', `${FS}/${id}`, 'editor', { _status: 'draft' })).status).toBe(200)
    expect(await isPublic(payload, FS, id)).toBe(false)
    expect(await stateOfDoc(payload, FS, id)).toBe('archived')
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'archive',
      fromState: 'published',
      toState: 'archived',
    })
  })
})

describe('four eyes', () => {
  it('the person who last changed the content cannot approve it (an admin only by override)', async () => {
    // The content is read-only in review: the admin changes it in draft, then it is submitted.
    const id = await docIn(payload, 'draft', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { summary: 'Modifié par l’admin.' } as never,
      ...as('admin'),
    })
    await transition(payload, { collection: FS, id, action: 'submit', user: users.editor })
    const refused = transition(payload, {
      collection: FS,
      id,
      action: 'approve',
      user: users.admin,
    })
    await expect(refused).rejects.toThrow(/quatre yeux/)
    const forced = await transition(payload, {
      collection: FS,
      id,
      action: 'approve',
      user: users.admin,
      override: true,
    })
    expect(forced).toMatchObject({ state: 'approved', override: true })
    expect((await eventsOf(id)).at(-1)).toMatchObject({ action: 'approve', override: true })
  })

  it('a reviewer who wrote the last change (before becoming a reviewer) cannot approve it', async () => {
    const writer = await payload.create({
      collection: 'users',
      data: {
        email: 'writer@test.local',
        name: 'Rédactrice devenue réviseure',
        role: 'editor',
        password: 'test-password-1',
      },
    })
    const id = await docIn(payload, 'draft', writer)
    await transition(payload, { collection: FS, id, action: 'submit', user: writer })
    const reviewer = await payload.update({
      collection: 'users',
      id: writer.id,
      data: { role: 'reviewer' },
    })
    const res = transition(payload, {
      collection: FS,
      id,
      action: 'approve',
      user: { ...reviewer, collection: 'users' },
    })
    await expect(res).rejects.toThrow(/quatre yeux/)
    expect(await stateOfDoc(payload, FS, id)).toBe('in_review')
    // Another reviewer may.
    expect(
      (await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer }))
        .state,
    ).toBe('approved')
  })
})

describe('reviewers never write content', () => {
  it('not through REST, nor the Local API, even with access overridden', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    expect(
      (
        await rest('PATCH', `${FS}/${id}?draft=true`, 'reviewer', {
          title: 'Réécrit par le comité',
        })
      ).status,
    ).toBe(403)
    await expect(
      payload.update({
        collection: FS,
        id,
        draft: true,
        data: { title: 'Réécrit' } as never,
        ...as('reviewer'),
      }),
    ).rejects.toThrow()
    await expect(
      payload.update({
        collection: FS,
        id,
        draft: true,
        data: { title: 'Réécrit' } as never,
        user: users.reviewer,
        overrideAccess: true,
      }),
    ).rejects.toThrow(/ne modifie pas les contenus/)
    const doc = await payload.findByID({ collection: FS, id, draft: true })
    expect(doc.title).not.toContain('Réécrit')
  })

  it('nobody sets the workflow state or the approval through the API', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const res = await rest('PATCH', `${FS}/${id}?draft=true`, 'editor', {
      workflowState: 'approved',
      workflow: { approvedHash: 'f'.repeat(64), approvedBy: users.reviewer.id },
    })
    expect(res.status).toBe(200)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { workflowState: 'approved' } as never,
      overrideAccess: true,
    })
    const doc = (await payload.findByID({ collection: FS, id, draft: true, depth: 0 })) as Record<
      string,
      any
    >
    expect(doc.workflowState).toBe('in_review')
    expect(doc.workflow.approvedHash ?? null).toBeNull()
  })
})

describe('comments', () => {
  const comment = (
    role: 'admin' | 'editor' | 'reviewer',
    id: number | string,
    data: Record<string, unknown>,
  ) =>
    payload.create({
      collection: 'review-comments',
      data: { doc: { relationTo: FS, value: id }, ...data } as never,
      depth: 0,
      ...as(role),
    })

  it('unresolved change requests block approval; editors reply; reviewers resolve', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const request = await comment('reviewer', id, {
      kind: 'change_request',
      field: 'summary',
      body: 'Ajouter la source.',
    })
    expect(request).toMatchObject({
      author: users.reviewer.id,
      authorName: 'Test reviewer',
      resolved: false,
    })
    expect(request.version).toMatch(/^\d+$/)
    await expect(
      transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer }),
    ).rejects.toThrow(/non résolue/)

    const reply = await comment('editor', id, { body: 'Source ajoutée.', parent: request.id })
    expect(reply.parent).toBe(request.id)
    await expect(
      comment('editor', id, { kind: 'change_request', body: 'Je me demande des modifications.' }),
    ).rejects.toThrow(/comité/)
    await expect(
      payload.update({
        collection: 'review-comments',
        id: request.id,
        data: { resolved: true },
        ...as('editor'),
      }),
    ).rejects.toThrow()
    // A reviewer resolves, and cannot rewrite what was said.
    const resolved = await payload.update({
      collection: 'review-comments',
      id: request.id,
      data: { resolved: true, body: 'Texte changé' },
      depth: 0,
      ...as('reviewer'),
    })
    expect(resolved).toMatchObject({
      resolved: true,
      body: 'Ajouter la source.',
      resolvedBy: users.reviewer.id,
    })
    expect(
      (await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer }))
        .state,
    ).toBe('approved')
  })

  it('requesting changes needs a reason: a message or an open change request', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    await expect(
      transition(payload, { collection: FS, id, action: 'request_changes', user: users.reviewer }),
    ).rejects.toThrow(/Précisez/)
    await comment('reviewer', id, { kind: 'change_request', body: 'Revoir le titre.' })
    expect(
      (
        await transition(payload, {
          collection: FS,
          id,
          action: 'request_changes',
          user: users.reviewer,
        })
      ).state,
    ).toBe('changes_requested')
  })
})

describe('the audit trail', () => {
  it('is read by staff, filterable, and nobody can write, edit or delete it', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    const list = await rest(
      'GET',
      `review-events?where[action][equals]=approve&where[doc.value][equals]=${id}`,
      'reviewer',
    )
    expect(list.status).toBe(200)
    expect(list.json.docs).toHaveLength(1)
    const eventId = list.json.docs[0].id
    for (const role of ['admin', 'editor', 'reviewer'] as const) {
      expect(
        (await rest('PATCH', `review-events/${eventId}`, role, { message: 'réécrit' })).status,
      ).toBe(403)
      expect(
        (
          await rest('POST', 'review-events', role, {
            doc: { relationTo: FS, value: id },
            action: 'approve',
            toState: 'approved',
          })
        ).status,
      ).toBe(403)
      await expect(
        payload.delete({ collection: 'review-events', id: eventId, ...as(role) }),
      ).rejects.toThrow()
    }
    expect((await rest('GET', 'review-events', null)).status).toBe(403)
  })
})

describe('the workflow endpoint', () => {
  it('offers each user exactly the actions they may take', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const offered = async (role: 'admin' | 'editor' | 'reviewer') => {
      const res = await rest('GET', `${FS}/${id}/workflow`, role)
      expect(res.status).toBe(200)
      return res.json.actions.map(
        (a: { action: string; enabled: boolean; override: boolean }) =>
          `${a.action}${a.override ? '!' : ''}${a.enabled ? '' : '(off)'}`,
      )
    }
    expect(await offered('editor')).toEqual(['withdraw'])
    expect(await offered('reviewer')).toEqual(['request_changes', 'approve'])
    expect(await offered('admin')).toEqual(['withdraw', 'request_changes', 'approve', 'publish!'])
    await payload.create({
      collection: 'review-comments',
      data: {
        doc: { relationTo: FS, value: id },
        kind: 'change_request',
        body: 'À revoir',
      } as never,
      ...as('reviewer'),
    })
    expect(await offered('reviewer')).toEqual(['request_changes', 'approve(off)'])
    expect((await rest('GET', `${FS}/${id}/workflow`, null)).status).toBe(401)
  })
})

describe('seeding', () => {
  it('publishes directly, in a consistent state, with nothing recorded or sent', async () => {
    const jobsBefore = await payload.count({
      collection: 'payload-jobs',
      where: { queue: { equals: 'workflow' } },
    })
    const doc = await payload.create({
      collection: FS,
      data: { ...validData(FS, 'Fiche importée'), _status: 'published' } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    expect((doc as Record<string, any>).workflowState).toBe('published')
    expect(await isPublic(payload, FS, doc.id)).toBe(true)
    expect(await eventsOf(doc.id)).toHaveLength(0)
    expect(
      (
        await payload.count({
          collection: 'payload-jobs',
          where: { queue: { equals: 'workflow' } },
        })
      ).totalDocs,
    ).toBe(jobsBefore.totalDocs)
    // Later edits follow the workflow like any other published item.
    await payload.update({
      collection: FS,
      id: doc.id,
      draft: true,
      data: { title: 'Fiche importée, révisée' } as never,
      ...as('editor'),
    })
    expect(await stateOfDoc(payload, FS, doc.id)).toBe('draft')
  })
})

describe('scheduling', () => {
  it('publishes an approved item at its date, as the editor who scheduled it', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    const at = new Date(Date.now() - 1000).toISOString()
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { schedule: { publishAt: at } } as never,
      ...as('editor'),
    })
    expect(await isPublic(payload, FS, id)).toBe(false)
    await payload.jobs.run({ queue: 'workflow', limit: 1000 })
    expect(await isPublic(payload, FS, id)).toBe(true)
    expect((await eventsOf(id)).at(-1)).toMatchObject({
      action: 'publish',
      actorName: 'Test editor',
      message: 'Publication programmée',
    })
  })

  it('never publishes what is not approved, and ignores a date moved since', async () => {
    const unapproved = await docIn(payload, 'in_review', users.editor)
    const moved = await docIn(payload, 'approved', users.editor)
    const past = new Date(Date.now() - 1000).toISOString()
    const schedulePublish = (id: number | string, publishAt: string) =>
      payload.update({
        collection: FS,
        id,
        draft: true,
        data: { schedule: { publishAt } } as never,
        ...as('editor'),
      })
    await schedulePublish(unapproved, past)
    await schedulePublish(moved, past)
    await schedulePublish(moved, '2099-01-01T00:00:00.000Z')
    await payload.jobs.run({ queue: 'workflow', limit: 1000 })
    expect(await isPublic(payload, FS, unapproved)).toBe(false)
    expect(await isPublic(payload, FS, moved)).toBe(false)
  })

  it('takes an item offline at its unpublish date', async () => {
    const id = await docIn(payload, 'published', users.editor)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { schedule: { unpublishAt: new Date(Date.now() - 1000).toISOString() } } as never,
      ...as('editor'),
    })
    await payload.jobs.run({ queue: 'workflow', limit: 1000 })
    expect(await isPublic(payload, FS, id)).toBe(false)
    expect(await stateOfDoc(payload, FS, id)).toBe('archived')
  })
})

describe('periodic re-review', () => {
  it('lists published items due or overdue, with their themes and reviewers', async () => {
    const theme = await payload.create({
      collection: 'themes',
      data: { name: 'Allaitement' } as never,
    })
    const id = await docIn(payload, 'published', users.editor)
    await payload.update({
      collection: FS,
      id,
      data: {
        themes: [theme.id],
        review: {
          nextReviewDue: '2020-01-01T00:00:00.000Z',
          reviewers: [{ name: 'Dre Tremblay' }],
        },
      } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
    const due = await itemsDueForReview(payload, { withinDays: 0 })
    expect(due.find((i) => i.id === id)).toMatchObject({
      overdue: true,
      themes: ['Allaitement'],
      reviewers: ['Dre Tremblay'],
    })
  })
})
