/**
 * The hooks that hold the workflow on every write to a reviewed content type, whatever sent
 * it: the admin, REST, GraphQL, the Local API, a bulk update or a version restore.
 *
 * - `noteWriteMode` (beforeOperation) refuses a one-language publish (the committee approves
 *   a document in every language at once), remembers whether the write is a draft save, and
 *   makes a bulk publish publish each document's latest version (as the admin's own bulk
 *   publish does).
 * - `guardWorkflow` (beforeChange) keeps `workflowState` and the approval for the workflow
 *   alone, refuses to make public any content the committee has not approved (admins and
 *   trusted server code may, as a recorded override), sends an approved document back to
 *   draft when its content changes, notes who changed it (four eyes), keeps the public review
 *   facts for approvals and recorded admin corrections, and notes what to record.
 * - `recordTransition` (afterChange) writes the audit-trail rows, queues their e-mail and the
 *   scheduled publication jobs.
 *
 * Seeding (`context.seeding`) writes reviewed content directly: state follows `_status`, nothing
 * is recorded or sent.
 */
import type { ContentType } from '@nlv/shared/content-types'
import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'
import { say } from '../i18n/say'
import type { User } from '../payload-types'
import { contentChanged, contentHash } from './contentHash'
import {
  configOf,
  type ReviewedDoc,
  isOnline,
  latestDoc,
  latestVersionId,
  localeCodes,
  titleOf,
} from './documents'
import {
  type Actor,
  actorOf,
  clearedApproval,
  type PendingEvent,
  pendingKey,
  type WorkflowContext,
} from './context'
import { queueNotification, queueScheduledJobs } from './queue'
import { readOnlyInReviewCheck } from './readOnlyInReview'
import { reviewFactsChange } from './reviewFactsChange'
import { stateOf, transitionFor, type WorkflowState } from './states'

export const notApproved = {
  fr: "Cette version n'a pas été approuvée par le comité",
  en: 'This version has not been approved by the committee',
}

const oneLanguagePublish = {
  fr: 'Impossible de publier une seule langue : le comité approuve le contenu dans toutes ses langues, qui sont publiées ensemble. Publiez la version approuvée depuis le panneau de révision.',
  en: 'A single language cannot be published: the committee approves the content in all its languages, which are published together. Publish the approved version from the review panel.',
}

const reviewFactsRefused = {
  fr: 'Les informations de révision (réviseur·es, dates de révision) viennent des approbations du comité : seul·e un·e administrateur·rice peut les corriger, et la correction est consignée.',
  en: "The review facts (reviewers, review dates) come from the committee's approvals: only an administrator may correct them, and the correction is recorded.",
}

/** The people who changed the content since its last approval, with `actor` added. */
function withEditor(
  editors: (number | User)[] | null | undefined,
  actor: NonNullable<Actor>,
): number[] {
  const ids = (editors ?? []).map((e) => (typeof e === 'object' ? e.id : e))
  return ids.includes(actor.id) ? ids : [...ids, actor.id]
}

export const noteWriteMode: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'restoreVersion')
    return args
  const write = args as {
    id?: unknown
    where?: unknown
    data?: Record<string, unknown>
    draft?: boolean
    publishSpecificLocale?: string
  }
  // Payload would publish this language's draft beside the other languages' last published
  // version: a combination nobody approved.
  if (write.publishSpecificLocale) {
    throw new APIError(say(req, oneLanguagePublish), 400, undefined, true)
  }
  const bulk = operation === 'update' && write.id === undefined && write.where !== undefined
  if (bulk && write.data?._status === 'published' && !write.draft) write.draft = true
  ;(req.context as WorkflowContext).workflowDraftWrite = Boolean(write.draft)
  return args
}

async function matchesApproval(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  collection: ContentType,
  id: unknown,
  approvedHash: unknown,
) {
  if (typeof approvedHash !== 'string' || !approvedHash || id === undefined) return false
  const latest = await latestDoc(req, collection, id as number | string)
  return (
    Boolean(latest) &&
    contentHash(configOf(req.payload, collection), latest, localeCodes(req.payload)) ===
      approvedHash
  )
}

export const guardWorkflow: CollectionBeforeChangeHook<ReviewedDoc> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const slug = collection.slug as ContentType
  const context = req.context as WorkflowContext
  const previous = operation === 'create' ? null : (originalDoc ?? null)
  const id = previous?.id
  const from: WorkflowState = previous ? stateOf(previous) : 'draft'

  if (context.seeding) {
    data.workflowState = data._status === 'published' ? 'published' : from
    return data
  }

  const t = context.workflowTransition
  const isTransition = Boolean(
    t && t.collection === slug && id !== undefined && t.id === String(id),
  )
  if (!isTransition) {
    // Whatever the request said (even with access overridden), these belong to the workflow.
    data.workflowState = from
    data.workflow = { ...(previous?.workflow ?? {}) }
  }
  data.workflow ??= {}

  const actor = actorOf(req.user)
  // Who created the item (kept by every later write: the group belongs to the workflow).
  if (operation === 'create' && actor) data.workflow.createdBy = actor.id
  const changed =
    operation === 'create' ||
    Boolean(context.isRestoringVersion) ||
    contentChanged(collection, data, previous)
  if (changed && isTransition) {
    throw new APIError('A workflow transition must not change content', 500)
  }
  if (changed && actor?.role === 'reviewer') {
    throw new APIError(
      say(req, {
        fr: "Le comité d'experts commente, demande des modifications et approuve, mais ne modifie pas les contenus.",
        en: 'The expert committee comments, requests changes and approves, but does not edit content.',
      }),
      403,
      undefined,
      true,
    )
  }
  readOnlyInReviewCheck(req, from, { changed: changed && operation === 'update', isTransition })

  // The public review facts are history, not content: a restored version keeps today's, and
  // only an approval (a transition) or an administrator changes them — the latter recorded.
  // (Field access already drops the content team's changes; this holds for trusted code that
  // writes for an editor with access overridden.)
  if (context.isRestoringVersion && previous) data.review = previous.review
  const factsChange =
    isTransition || context.isRestoringVersion
      ? null
      : reviewFactsChange(data.review, previous?.review)
  if (factsChange && actor && actor.role !== 'admin') {
    throw new APIError(say(req, reviewFactsRefused), 403, undefined, true)
  }

  // Something becomes public when the write publishes new content or a version that was not public.
  // (A version restored as a draft carries its old status until Payload sets it to draft.)
  const restoringAsDraft = Boolean(context.isRestoringVersion && context.workflowDraftWrite)
  const publishing =
    data._status === 'published' &&
    !restoringAsDraft &&
    (changed || previous?._status !== 'published')
  const unpublishing =
    !publishing &&
    operation === 'update' &&
    !context.workflowDraftWrite &&
    data._status !== 'published' &&
    (await isOnline(req, slug, id as number | string))

  // Making something public or taking it offline is the content team's (contributors never do).
  const gate = publishing ? 'publish' : unpublishing ? 'archive' : null
  if (!isTransition && gate && actor && actor.role !== 'admin') {
    const roles = transitionFor(gate)!.roles as readonly string[]
    if (!roles.includes(actor.role ?? '')) {
      throw new APIError(
        say(req, {
          fr: 'Seule l’équipe de contenu publie ou retire un contenu du site.',
          en: 'Only the content team publishes or unpublishes an item.',
        }),
        403,
        undefined,
        true,
      )
    }
  }

  let event: PendingEvent | null = null
  if (isTransition && t) {
    if (
      publishing &&
      !t.override &&
      !(await matchesApproval(req, slug, id, previous?.workflow?.approvedHash))
    ) {
      throw new APIError(say(req, notApproved), 403, undefined, true)
    }
    event = {
      action: t.action,
      from: t.from,
      to: t.to,
      actor: t.actor,
      message: t.message,
      override: t.override,
    }
  } else if (publishing) {
    // A plain publish (REST, GraphQL, Local API, bulk publish) is the "publish" transition.
    const approved =
      from === 'approved' &&
      !changed &&
      (await matchesApproval(req, slug, id, previous?.workflow?.approvedHash))
    if (!approved && actor && actor.role !== 'admin') {
      throw new APIError(say(req, notApproved), 403, undefined, true)
    }
    data.workflowState = 'published'
    event = { action: 'publish', from, to: 'published', actor, override: !approved }
  } else if (unpublishing) {
    data.workflowState = 'archived'
    event = { action: 'archive', from, to: 'archived', actor, override: false }
  } else if (changed && (from === 'approved' || from === 'published')) {
    // Any change after approval voids it: the editor submits the new content when it is ready.
    data.workflowState = 'draft'
    event = { action: 'edit', from, to: 'draft', actor, override: false }
  }

  if (changed) {
    data.workflow = {
      ...data.workflow,
      ...clearedApproval,
      ...(actor
        ? {
            lastContentEditor: actor.id,
            contentEditors: withEditor(previous?.workflow?.contentEditors, actor),
          }
        : {}),
    }
  }
  const events = event ? [event] : []
  if (factsChange) {
    const state = data.workflowState as WorkflowState
    events.push({
      action: 'review_facts',
      from: state,
      to: state,
      actor,
      message: factsChange,
      override: true,
    })
  }
  if (events.length) {
    // Read req.context again: a Local API call made with this request may have replaced it.
    const now = req.context as WorkflowContext
    now.workflowPending = { ...now.workflowPending, [pendingKey(slug, id)]: events }
  }
  return data
}

export const recordTransition: CollectionAfterChangeHook<ReviewedDoc> = async ({
  collection,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const slug = collection.slug as ContentType
  const context = req.context as WorkflowContext
  if (context.seeding) return doc
  const key = pendingKey(slug, operation === 'create' ? undefined : doc.id)
  const pending = context.workflowPending?.[key] ?? []
  if (pending.length) delete context.workflowPending![key]
  for (const event of pending) await recordEvent(req, slug, doc, event)
  await queueScheduledJobs(req, slug, doc, operation === 'create' ? null : previousDoc)
  return doc
}

/** One audit-trail row, and its e-mail (queued). */
async function recordEvent(
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
  slug: ContentType,
  doc: ReviewedDoc,
  pending: PendingEvent,
) {
  const event = await req.payload.create({
    collection: 'review-events',
    data: {
      doc: { relationTo: slug, value: doc.id },
      docTitle: titleOf(doc),
      action: pending.action,
      fromState: pending.from,
      toState: pending.to,
      actor: pending.actor?.id ?? null,
      actorName: pending.actor ? (pending.actor.name ?? String(pending.actor.id)) : 'Système',
      version: await latestVersionId(req, slug, doc.id),
      message: pending.message?.trim() || null,
      override: pending.override,
    },
    overrideAccess: true,
    req,
  })
  await queueNotification(req, pending.action, event.id)
}
