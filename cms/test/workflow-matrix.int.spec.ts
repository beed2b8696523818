/**
 * The whole transition matrix: every state × role × action, through the Local API (the
 * `transition()` function, reading as the user with access enforced) and through REST as a
 * logged-in user of each role (plus anonymous). Then Payload's own publish (`_status`) for
 * every state × role, through the Local API with `overrideAccess: false` and REST PATCH.
 *
 * The expected answers are written out here by hand, not computed from the table in
 * states.ts, so that a wrong edit to the table fails this test.
 */
import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import {
  type WorkflowAction,
  type WorkflowState,
  workflowActions,
  workflowStates,
} from '../src/workflow/states'
import { transition, TransitionRefused } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { docIn, isPublic, restCall, stateOfDoc, tokensFor } from './helpers/workflow'

type Role = 'admin' | 'editor' | 'reviewer'
const FS = 'fact-sheets' as const

/** From which states each role may take each action (on a document with no open issue). */
const editorMay: Partial<Record<WorkflowAction, WorkflowState[]>> = {
  submit: ['draft', 'changes_requested', 'published'],
  withdraw: ['in_review', 'changes_requested', 'approved'],
  publish: ['approved'],
  archive: ['published'],
  reopen: ['archived'],
}
const reviewerMay: Partial<Record<WorkflowAction, WorkflowState[]>> = {
  request_changes: ['in_review'],
  approve: ['in_review'],
}
const allowed: Record<Role, Partial<Record<WorkflowAction, WorkflowState[]>>> = {
  editor: editorMay,
  reviewer: reviewerMay,
  admin: { ...editorMay, ...reviewerMay },
}
const resultOf: Record<WorkflowAction, WorkflowState> = {
  submit: 'in_review',
  withdraw: 'draft',
  request_changes: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  archive: 'archived',
  reopen: 'draft',
}
/** Actions a role may never take, whatever the state (refused as a role, 403). */
const roleMay = (role: Role, action: WorkflowAction) => role === 'admin' || action in allowed[role]

const roles: Role[] = ['admin', 'editor', 'reviewer']
const cases = workflowStates.flatMap((state) =>
  roles.flatMap((role) =>
    workflowActions.map((action) => ({
      state,
      role,
      action,
      ok: allowed[role][action]?.includes(state) ?? false,
    })),
  ),
)

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
/** One document per state for the refused cases (a refusal changes nothing, so they are shared). */
const shared = {} as Record<WorkflowState, number | string>
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  for (const state of workflowStates) shared[state] = await docIn(payload, state, users.editor)
})

const target = async (state: WorkflowState, ok: boolean) =>
  ok ? docIn(payload, state, users.editor) : shared[state]

describe(`transition matrix, Local API (${cases.length} cases)`, () => {
  it.each(cases)('$role · $action from $state → $ok', async ({ state, role, action, ok }) => {
    const id = await target(state, ok)
    const attempt = transition(payload, {
      collection: FS,
      id,
      action,
      user: users[role],
      message: 'Motif consigné',
    })
    if (ok) {
      expect((await attempt).state).toBe(resultOf[action])
      expect(await stateOfDoc(payload, FS, id)).toBe(resultOf[action])
    } else {
      const error = await attempt.then(
        () => null,
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(TransitionRefused)
      expect((error as TransitionRefused).status).toBe(roleMay(role, action) ? 409 : 403)
      expect(await stateOfDoc(payload, FS, id)).toBe(state)
    }
  })
})

const restCases = [
  ...cases,
  ...workflowStates.flatMap((state) =>
    workflowActions.map((action) => ({ state, role: null, action, ok: false })),
  ),
]

describe(`transition matrix, REST (${restCases.length} cases)`, () => {
  it.each(restCases)(
    '$role · POST …/workflow/$action from $state → $ok',
    async ({ state, role, action, ok }) => {
      const id = await target(state, ok)
      const res = await restCall(handlers, 'POST', `${FS}/${id}/workflow/${action}`, {
        token: role ? tokens[role] : undefined,
        body: { message: 'Motif consigné' },
      })
      if (ok) {
        expect(res.status).toBe(200)
        expect(res.json.state).toBe(resultOf[action])
      } else {
        expect(res.status).toBe(role === null ? 401 : roleMay(role, action) ? 409 : 403)
        expect(typeof res.json.errors[0].message).toBe('string')
      }
      expect(await stateOfDoc(payload, FS, id)).toBe(ok ? resultOf[action] : state)
    },
  )
})

/** Payload's own publish: only approved content, except an admin's recorded override. */
const publishCases = workflowStates
  .filter((state) => state !== 'published')
  .flatMap((state) =>
    roles.map((role) => ({
      state,
      role,
      // Reviewers have no write access at all; editors publish only what was approved;
      // an admin's plain publish is an override (recorded).
      ok: role === 'admin' || (role === 'editor' && state === 'approved'),
    })),
  )

describe(`Payload publish (_status) matrix (${publishCases.length * 2} cases)`, () => {
  it.each(publishCases)(
    'Local API · $role publishes from $state → $ok',
    async ({ state, role, ok }) => {
      const id = await docIn(payload, state, users.editor)
      const attempt = payload.update({
        collection: FS,
        id,
        data: { _status: 'published' } as never,
        user: users[role],
        overrideAccess: false,
      })
      if (ok) await attempt
      else await expect(attempt).rejects.toThrow()
      expect(await isPublic(payload, FS, id)).toBe(ok)
      expect(await stateOfDoc(payload, FS, id)).toBe(ok ? 'published' : state)
    },
  )

  it.each(publishCases)(
    'REST PATCH · $role publishes from $state → $ok',
    async ({ state, role, ok }) => {
      const id = await docIn(payload, state, users.editor)
      const res = await restCall(handlers, 'PATCH', `${FS}/${id}`, {
        token: tokens[role],
        body: { _status: 'published' },
      })
      expect(res.status).toBe(ok ? 200 : 403)
      expect(await isPublic(payload, FS, id)).toBe(ok)
    },
  )
})

describe('every reviewed content type follows the workflow', () => {
  it.each(['intervention-tools', 'webinars', 'publications'] as const)(
    '%s: submit, approve, publish; unapproved publish refused',
    async (collection) => {
      const id = await docIn(payload, 'draft', users.editor, collection)
      await expect(
        payload.update({
          collection,
          id,
          data: { _status: 'published' } as never,
          user: users.editor,
          overrideAccess: false,
        }),
      ).rejects.toThrow("Cette version n'a pas été approuvée par le comité")
      for (const [action, role] of [
        ['submit', 'editor'],
        ['approve', 'reviewer'],
        ['publish', 'editor'],
      ] as const) {
        await transition(payload, { collection, id, action, user: users[role] })
      }
      expect(await isPublic(payload, collection, id)).toBe(true)
    },
  )
})

/**
 * The contributor role through REST: on their own items they submit and take back their own
 * work, nothing else (the committee approves, the content team publishes); a colleague's item
 * is not theirs to act on: a draft is not even found, a published one is refused.
 */
const contributorMay: Partial<Record<WorkflowAction, WorkflowState[]>> = {
  submit: ['draft', 'changes_requested', 'published'],
  withdraw: ['in_review', 'changes_requested', 'approved'],
}
const contributorRoleMay = (action: WorkflowAction) => action in contributorMay
const contributorCases = workflowStates.flatMap((state) =>
  workflowActions.flatMap((action) =>
    (['own', 'colleague'] as const).map((whose) => ({
      state,
      action,
      whose,
      ok: whose === 'own' && (contributorMay[action]?.includes(state) ?? false),
    })),
  ),
)

describe(`transition matrix, contributor through REST (${contributorCases.length} cases)`, () => {
  let contributor: Record<string, any>
  let token: string
  const sharedOwn = {} as Record<WorkflowState, number | string>

  beforeAll(async () => {
    contributor = await payload.create({
      collection: 'users',
      data: {
        email: 'contributor@test.local',
        name: 'Test contributor',
        role: 'contributor',
        password: 'test-password-1',
      } as never,
      overrideAccess: true,
    })
    token = (await tokensFor(payload, { contributor })).contributor!
    for (const state of workflowStates) sharedOwn[state] = await docIn(payload, state, contributor)
  })

  it.each(contributorCases)(
    'contributor · $action from $state on a $whose item → $ok',
    async ({ state, action, whose, ok }) => {
      const id =
        whose === 'colleague'
          ? shared[state]
          : ok
            ? await docIn(payload, state, contributor)
            : sharedOwn[state]
      const res = await restCall(handlers, 'POST', `${FS}/${id}/workflow/${action}`, {
        token,
        body: { message: 'Motif consigné' },
      })
      if (ok) {
        expect(res.status).toBe(200)
        expect(res.json.state).toBe(resultOf[action])
      } else {
        // A colleague's unpublished item is invisible to them; a published one is not theirs.
        const expected =
          whose === 'colleague'
            ? state === 'published' || state === 'archived'
              ? state === 'published'
                ? 403
                : 404
              : 404
            : contributorRoleMay(action)
              ? 409
              : 403
        expect(res.status).toBe(expected)
        expect(typeof res.json.errors[0].message).toBe('string')
      }
      expect(await stateOfDoc(payload, FS, id)).toBe(ok ? resultOf[action] : state)
    },
  )

  it('never publishes through Payload’s own publish, even their own approved item', async () => {
    const id = await docIn(payload, 'approved', contributor)
    const res = await restCall(handlers, 'PATCH', `${FS}/${id}`, {
      token,
      body: { _status: 'published' },
    })
    expect(res.status).toBe(403)
    expect(await isPublic(payload, FS, id)).toBe(false)
  })

  it('never takes their own published item offline through Payload’s own unpublish', async () => {
    const id = await docIn(payload, 'published', contributor)
    const res = await restCall(handlers, 'PATCH', `${FS}/${id}`, {
      token,
      body: { _status: 'draft' },
    })
    expect(res.status).toBe(403)
    expect(await isPublic(payload, FS, id)).toBe(true)
  })
})
