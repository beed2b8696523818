/** Helpers for the review-workflow tests: documents in a given state, REST calls as a user. */
import type { ContentType } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { transition } from '../../src/workflow/transition'
import type { WorkflowState } from '../../src/workflow/states'
import { validData } from './fixtures'

type User = Record<string, any>

/** The transitions (taken by the system itself) that lead from a new draft to each state. */
const pathTo: Record<WorkflowState, string[]> = {
  draft: [],
  in_review: ['submit'],
  changes_requested: ['submit', 'request_changes'],
  approved: ['submit', 'approve'],
  published: ['submit', 'approve', 'publish'],
  archived: ['submit', 'approve', 'publish', 'archive'],
}

let counter = 0

/** A new document written by `editor`, then moved to `state`. Returns its id. */
export async function docIn(
  payload: Payload,
  state: WorkflowState,
  editor: User,
  collection: ContentType = 'fact-sheets',
): Promise<number | string> {
  const doc = await payload.create({
    collection,
    data: validData(collection, `Fiche ${state} ${++counter}`) as never,
    draft: true,
    user: editor,
    overrideAccess: false,
  })
  for (const action of pathTo[state]) {
    await transition(payload, {
      collection,
      id: doc.id,
      action,
      user: null,
      message: 'Étape de préparation du test',
    })
  }
  return doc.id
}

export async function stateOfDoc(payload: Payload, collection: ContentType, id: number | string) {
  const doc = await payload.findByID({
    collection,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })
  return (doc as { workflowState?: string }).workflowState
}

export async function isPublic(payload: Payload, collection: ContentType, id: number | string) {
  const { totalDocs } = await payload.count({
    collection,
    where: { id: { equals: id } },
    overrideAccess: false,
  })
  return totalDocs === 1
}

/** Logs each user in (password `test-password-1`) and returns their JWTs. */
export async function tokensFor(payload: Payload, users: Record<string, User>) {
  const tokens: Record<string, string> = {}
  for (const [role, user] of Object.entries(users)) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'test-password-1' },
    })
    tokens[role] = token!
  }
  return tokens
}

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

/**
 * Calls Payload's real REST route handlers (the ones Next serves) without an HTTP server.
 * `path` is what follows `/api/`, query string included.
 */
export async function restCall(
  handlers: Record<'GET' | 'POST' | 'PATCH', Handler>,
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  { token, body }: { token?: string; body?: unknown } = {},
): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request(`http://localhost:3000/api/${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = path.split('?')[0]!.split('/').filter(Boolean)
  const res = await handlers[method](request, { params: Promise.resolve({ slug }) })
  return { status: res.status, json: await res.json().catch(() => null) }
}

/**
 * Writes « Ce qui a changé » on an item, as the review panel's endpoint does (a change to
 * published content cannot be submitted without it: workflow/changeLog/).
 */
export async function writeChangeNote(
  payload: Payload,
  collection: ContentType,
  id: number | string,
  text = 'Mise à jour faite pour le test.',
) {
  await payload.update({
    collection,
    id,
    data: { changeNote: { text } } as never,
    draft: true,
    depth: 0,
    overrideAccess: true,
    context: { changeNoteWrite: true },
  })
}
