/**
 * Queueing the workflow's background work on Payload's jobs queue (queue "workflow"): the
 * e-mail of a recorded event, and the scheduled publication or withdrawal an editor sets.
 * The hooks call these; the task handlers that run them are in tasks.ts (queueing never
 * imports what runs the work, so the hooks never depend on `transition()`).
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { PayloadRequest } from 'payload'
import type { ReviewedDoc } from './documents'
import { notifiedActions } from './notifications'
import type { EventAction } from './states'

export const WORKFLOW_QUEUE = 'workflow'

/** A date as an ISO string, or null: two spellings of one date compare equal. */
export const isoOrNull = (v: unknown) => (v ? new Date(v as string).toISOString() : null)

export async function queueNotification(
  req: PayloadRequest,
  action: EventAction,
  eventId: number | string,
) {
  if (!notifiedActions.includes(action)) return
  await req.payload.jobs.queue({
    task: 'workflowNotify',
    input: { event: String(eventId) },
    queue: WORKFLOW_QUEUE,
    req,
  })
}

/** Queues a publication (or withdrawal) job when an editor sets or moves its date. */
export async function queueScheduledJobs(
  req: PayloadRequest,
  collection: ContentType,
  doc: ReviewedDoc,
  previous: ReviewedDoc | null,
) {
  for (const [field, task] of [
    ['publishAt', 'workflowScheduledPublish'],
    ['unpublishAt', 'workflowScheduledUnpublish'],
  ] as const) {
    const at = isoOrNull(doc.schedule?.[field])
    if (!at || at === isoOrNull(previous?.schedule?.[field])) continue
    await req.payload.jobs.queue({
      task,
      input: { collection, id: String(doc.id), at, by: req.user ? String(req.user.id) : '' },
      queue: WORKFLOW_QUEUE,
      waitUntil: new Date(at),
      req,
    })
    req.payload.logger.info(`[workflow] ${collection}/${doc.id}: ${field} scheduled for ${at}`)
  }
}
