/**
 * The workflow's task handlers, run by Payload's jobs queue (queue "workflow", see queue.ts):
 * the e-mail of a recorded event, scheduled publication and withdrawal (through
 * `transition()`, as the editor who scheduled them), and the weekly re-review digest.
 * When and where queued jobs run is decided once for every queue, in plugins/jobs.ts.
 * A job that fails (mail server down) is retried, up to 3 times.
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { TaskConfig } from 'payload'
import { isContentType, type ReviewedDoc } from './documents'
import { notifyForEvent, sendReviewDigest } from './notifications'
import { isoOrNull, WORKFLOW_QUEUE } from './queue'
import { transition, TransitionRefused } from './transition'

type ScheduledInput = { collection: string; id: string; at: string; by: string }
const scheduledInput: TaskConfig['inputSchema'] = [
  { name: 'collection', type: 'text', required: true },
  { name: 'id', type: 'text', required: true },
  { name: 'at', type: 'text', required: true },
  { name: 'by', type: 'text' },
]
const doneOutput: TaskConfig['outputSchema'] = [
  { name: 'done', type: 'checkbox' },
  { name: 'reason', type: 'text' },
]

/** Runs a scheduled action as the editor who scheduled it, unless the date was moved since. */
const scheduledTask = (
  slug: 'workflowScheduledPublish' | 'workflowScheduledUnpublish',
  field: 'publishAt' | 'unpublishAt',
  action: 'publish' | 'archive',
): TaskConfig<{ input: ScheduledInput; output: { done: boolean; reason?: string } }> => ({
  slug,
  label: slug,
  inputSchema: scheduledInput,
  outputSchema: doneOutput,
  retries: 2,
  handler: async ({ input, req }) => {
    const { payload } = req
    if (!isContentType(input.collection))
      return { output: { done: false, reason: 'unknown collection' } }
    const collection: ContentType = input.collection
    const doc = (await payload
      .findByID({
        collection,
        id: input.id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)) as ReviewedDoc | null
    if (!doc || isoOrNull(doc.schedule?.[field]) !== input.at) {
      return { output: { done: false, reason: 'the date was changed or removed since' } }
    }
    const user = input.by
      ? await payload
          .findByID({
            collection: 'users',
            id: input.by,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
      : null
    try {
      await transition(payload, {
        collection,
        id: input.id,
        action,
        user: user ? { ...user, collection: 'users' } : null,
        message: action === 'publish' ? 'Publication programmée' : 'Retrait programmé',
      })
      return { output: { done: true } }
    } catch (error) {
      if (!(error instanceof TransitionRefused)) throw error
      payload.logger.warn(
        `[workflow] scheduled ${action} of ${input.collection}/${input.id} refused: ${error.reason.en}`,
      )
      return { output: { done: false, reason: error.reason.fr } }
    }
  },
})

export const workflowTasks: TaskConfig<any>[] = [
  {
    slug: 'workflowNotify',
    label: 'workflowNotify',
    inputSchema: [{ name: 'event', type: 'text', required: true }],
    retries: 3,
    handler: async ({ input, req }) => {
      await notifyForEvent(req.payload, (input as { event: string }).event)
      return { output: {} }
    },
  },
  scheduledTask('workflowScheduledPublish', 'publishAt', 'publish'),
  scheduledTask('workflowScheduledUnpublish', 'unpublishAt', 'archive'),
  {
    slug: 'workflowReviewDigest',
    label: 'workflowReviewDigest',
    schedule: [{ cron: '0 7 * * 1', queue: WORKFLOW_QUEUE }],
    retries: 2,
    handler: async ({ req }) => {
      await sendReviewDigest(req.payload)
      return { output: {} }
    },
  },
]
