/**
 * REST endpoints on each reviewed collection:
 * - `GET  /api/<collection>/:id/workflow` — state, the actions this user may take (for the
 *   admin buttons), comments and history;
 * - `POST /api/<collection>/:id/workflow/<action>` — body `{ message?, override?, versionId? }`;
 *   runs `transition()`. Refusals answer `{ errors: [{ message }] }` with the reason in the
 *   user's admin language (French by default).
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isStaff } from '../access/isStaff'
import { hasRole } from '../access/roles'
import { publicationStatus } from '../publishing/publicationStatus'
import { say } from '../i18n/say'
import {
  aboutDoc,
  type Doc,
  factsFor,
  isContentType,
  latestDoc,
  latestVersionId,
} from './documents'
import { actorOf } from './context'
import { offeredActions } from './rules'
import { stateLabels, stateOf } from './states'
import { transition, TransitionRefused } from './transition'

const fail = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

function staffOnly(req: PayloadRequest): Response | null {
  if (!req.user)
    return fail(say(req, { fr: 'Connectez-vous pour continuer.', en: 'Please log in.' }), 401)
  // A contributor reaches the workflow of their own items only (checked by reading as them).
  if (!isStaff({ req }) && !hasRole(req.user, 'contributor'))
    return fail(say(req, { fr: 'Accès refusé.', en: 'Forbidden.' }), 403)
  return null
}

async function userNames(
  req: PayloadRequest,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => Boolean(v)))]
  if (!wanted.length) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((u) => [String(u.id), String((u as { name?: string }).name ?? '')]))
}

/**
 * What `GET /api/<collection>/:id/workflow` answers (the panel's status), or the refusal as a
 * Response. Also called by the panel's server component (WorkflowPanelField.tsx), so that the
 * edit view arrives with its panel filled in, without a round trip after hydration.
 */
export async function workflowStatus(
  req: PayloadRequest,
  collection: string,
  id: string,
): Promise<Response | Record<string, unknown>> {
  const denied = staffOnly(req)
  if (denied) return denied
  if (!isContentType(collection)) return fail('Not found', 404)
  const contributor = !isStaff({ req })
  if (contributor) {
    const own = await req.payload
      .findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, req })
      .catch(() => null)
    if (!own || idOf((own as Doc).workflow?.createdBy) !== String(req.user!.id))
      return fail(say(req, { fr: 'Contenu introuvable.', en: 'Item not found.' }), 404)
  }
  const doc: Doc | null = await latestDoc(req, collection, id)
  if (!doc) return fail(say(req, { fr: 'Contenu introuvable.', en: 'Item not found.' }), 404)
  const state = stateOf(doc)
  const facts = await factsFor(req, collection, doc)
  const user = req.user!
  const actor = actorOf(user)
  const [comments, events] = await Promise.all([
    req.payload.find({
      collection: 'review-comments',
      where: aboutDoc(collection, id),
      sort: 'createdAt',
      limit: 500,
      depth: 0,
      overrideAccess: false,
      req,
    }),
    req.payload.find({
      collection: 'review-events',
      where: aboutDoc(collection, id),
      sort: '-createdAt',
      limit: 50,
      depth: 0,
      // A contributor's own item (checked above): its history, not the review-events list.
      overrideAccess: contributor,
      req,
    }),
  ])
  const names = await userNames(req, [idOf(doc.workflow?.approvedBy), facts.lastContentEditor])
  return {
    state,
    stateLabel: stateLabels[state],
    online: facts.online,
    publication: await publicationStatus(req, collection, id),
    role: user.role ?? null,
    userId: String(user.id),
    latestVersionId: await latestVersionId(req, collection, id),
    unresolvedChangeRequests: facts.unresolvedChangeRequests,
    lastContentEditor: facts.lastContentEditor
      ? (names.get(facts.lastContentEditor) ?? null)
      : null,
    approval: doc.workflow?.approvedAt
      ? {
          by: names.get(idOf(doc.workflow.approvedBy) ?? '') ?? null,
          at: doc.workflow.approvedAt,
          version: doc.workflow.approvedVersion ?? null,
          current: facts.contentApproved,
        }
      : null,
    actions: offeredActions(actor, state, facts),
    comments: comments.docs.map((comment) => {
      return {
        id: comment.id,
        kind: comment.kind,
        field: comment.field ?? null,
        body: comment.body,
        authorName: comment.authorName ?? null,
        createdAt: comment.createdAt,
        parent: idOf(comment.parent),
        version: comment.version ?? null,
        resolved: Boolean(comment.resolved),
      }
    }),
    events: events.docs.map((event) => {
      return {
        id: event.id,
        createdAt: event.createdAt,
        action: event.action,
        fromState: event.fromState ?? null,
        toState: event.toState,
        actorName: event.actorName ?? null,
        message: event.message ?? null,
        override: Boolean(event.override),
        version: event.version ?? null,
      }
    }),
  }
}

const status: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const result = await workflowStatus(
      req,
      String(req.routeParams?.collection),
      String(req.routeParams?.id),
    )
    return result instanceof Response ? result : Response.json(result)
  },
}

const act: Endpoint = {
  path: '/:id/workflow/:action',
  method: 'post',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const body = (await req.json?.().catch(() => ({}))) as
      { message?: unknown; override?: unknown; versionId?: unknown } | undefined
    try {
      const result = await transition(req.payload, {
        collection: String(req.routeParams?.collection),
        id: String(req.routeParams?.id),
        action: String(req.routeParams?.action),
        user: req.user,
        message: typeof body?.message === 'string' ? body.message : undefined,
        override: body?.override === true,
        versionId: typeof body?.versionId === 'string' ? body.versionId : undefined,
        req,
      })
      return Response.json({
        state: result.state,
        stateLabel: stateLabels[result.state],
        override: result.override,
        message: say(req, {
          fr: `Nouvel état : ${stateLabels[result.state].fr}.`,
          en: `New state: ${stateLabels[result.state].en}.`,
        }),
      })
    } catch (error) {
      if (error instanceof TransitionRefused) return fail(error.message, error.status)
      const e = error as { status?: number; isPublic?: boolean; message?: string }
      if (e.status && e.status < 500) return fail(e.message ?? 'Error', e.status)
      throw error
    }
  },
}

/** `GET /api/<collection>/:id/workflow/publication`: the panel polls it while a build runs. */
const publication: Endpoint = {
  path: '/:id/workflow/publication',
  method: 'get',
  handler: async (req) => {
    const denied = staffOnly(req)
    if (denied) return denied
    const collection = String(req.routeParams?.collection)
    const id = String(req.routeParams?.id)
    if (!isContentType(collection)) return fail('Not found', 404)
    const doc = await latestDoc(req, collection, id)
    if (!doc) return fail(say(req, { fr: 'Contenu introuvable.', en: 'Item not found.' }), 404)
    return Response.json(await publicationStatus(req, collection, id), {
      headers: { 'Cache-Control': 'no-store' },
    })
  },
}

export const workflowEndpoints: Endpoint[] = [status, publication, act]
