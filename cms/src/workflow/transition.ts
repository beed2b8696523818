/**
 * The one way to move a document through the workflow. The REST endpoint, the admin buttons
 * (through the endpoint), the scheduled jobs and the tests all call `transition()`; it decides
 * with rules.ts, then makes a single Payload write that the hooks recognise and record.
 */
import type { ContentType } from '@nlv/shared/content-types'
import { APIError, createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { say } from '../i18n/say'
import { submitRefusal } from './changeLog/rules'
import { contentHash } from './contentHash'
import {
  configOf,
  type Doc,
  factsFor,
  isContentType,
  latestDoc,
  latestVersionId,
  localeCodes,
} from './documents'
import { actorOf, clearedApproval, type TransitionContext, type UserLike } from './context'
import { decide } from './rules'
import { type Bilingual, REVIEW_INTERVAL_MONTHS, stateOf, type WorkflowState } from './states'

export interface TransitionArgs {
  collection: string
  id: number | string
  action: string
  /** The user taking the action (a users document); null for the system itself. */
  user: UserLike | null
  message?: string
  /** An admin's explicit request to pass over a failed check (recorded). */
  override?: boolean
  /** The version the user was looking at: refused if the document changed since. */
  versionId?: string
  /** The incoming request, when there is one (its language is used for messages). */
  req?: PayloadRequest
}

export interface TransitionResult {
  state: WorkflowState
  override: boolean
  doc: Doc
}

/** A refusal, with the French (or English) reason as the public error message. */
export class TransitionRefused extends APIError {
  constructor(
    req: PayloadRequest,
    public readonly reason: Bilingual,
    status: number,
  ) {
    super(say(req, reason), status, { reason }, true)
    this.name = 'TransitionRefused'
  }
}

const addMonths = (date: Date, months: number) => {
  const next = new Date(date)
  next.setMonth(next.getMonth() + months)
  return next
}

export async function transition(
  payload: Payload,
  args: TransitionArgs,
): Promise<TransitionResult> {
  const req =
    args.req ?? (await createLocalReq({ user: (args.user ?? undefined) as never }, payload))
  if (args.req && args.user) req.user = args.user as never
  const { id, action } = args
  if (!isContentType(args.collection)) {
    throw new TransitionRefused(
      req,
      {
        fr: 'Ce type de contenu n’a pas de circuit de révision.',
        en: 'This collection has no review workflow.',
      },
      404,
    )
  }
  const collection: ContentType = args.collection
  const actor = actorOf(args.user)

  // Read as the user first: whoever cannot see the draft cannot act on it.
  if (args.user) {
    await payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: false, req })
  }
  const doc = await latestDoc(req, collection, id)
  if (!doc)
    throw new TransitionRefused(req, { fr: 'Contenu introuvable.', en: 'Item not found.' }, 404)

  if (args.versionId) {
    const latest = await latestVersionId(req, collection, id)
    if (latest !== args.versionId) {
      throw new TransitionRefused(
        req,
        {
          fr: "Le document a changé depuis que vous l'avez ouvert : rechargez la page avant de continuer.",
          en: 'The item changed since you opened it: reload the page first.',
        },
        409,
      )
    }
  }

  const state = stateOf(doc)
  const message = args.message?.trim() || undefined
  const facts = { ...(await factsFor(req, collection, doc)), hasMessage: Boolean(message) }
  const decision = decide(actor, state, action, facts, { override: Boolean(args.override) })
  if (!decision.allowed) throw new TransitionRefused(req, decision.reason, decision.status)
  const t = decision.transition
  // « Ce qui a changé »: a person submitting a change to a published item writes its note
  // (the system itself writes none; a change it submits is published without a history entry).
  const noteRefusal =
    t.action === 'submit' && actor ? await submitRefusal(req, collection, doc) : null
  if (noteRefusal) throw new TransitionRefused(req, noteRefusal, 409)

  const now = new Date()
  const data: Record<string, unknown> = { workflowState: t.to }
  switch (t.action) {
    case 'submit':
      data.workflow = { submittedBy: actor?.id ?? null, submittedAt: now.toISOString() }
      break
    case 'approve':
      data.workflow = {
        approvedBy: actor?.id ?? null,
        approvedAt: now.toISOString(),
        approvedVersion: await latestVersionId(req, collection, id),
        approvedHash: contentHash(configOf(payload, collection), doc, localeCodes(payload)),
        // Four eyes counts the changes made after this approval.
        contentEditors: [],
      }
      // The public facts: reviewed today, next review in two years (an administrator may move it).
      data.review = {
        lastReviewedAt: now.toISOString(),
        nextReviewDue: addMonths(now, REVIEW_INTERVAL_MONTHS).toISOString(),
        reviewers: [{ name: actor?.name ?? "Comité d'experts" }],
      }
      break
    case 'withdraw':
    case 'reopen':
      data.workflow = { ...clearedApproval }
      break
    case 'publish':
      data._status = 'published'
      data.schedule = { publishAt: null }
      break
    case 'archive':
      data._status = 'draft'
      data.schedule = { unpublishAt: null }
      break
  }

  const workflowTransition: TransitionContext = {
    collection,
    id: String(id),
    action: t.action,
    from: state,
    to: t.to,
    actor,
    message,
    override: decision.override,
  }
  try {
    const updated = await payload.update({
      collection,
      id,
      data: data as never,
      draft: !t.status,
      depth: 0,
      overrideAccess: true,
      req,
      context: { workflowTransition },
    })
    return { state: t.to, override: decision.override, doc: updated as Doc }
  } finally {
    delete req.context.workflowTransition
  }
}
