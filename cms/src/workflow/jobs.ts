/**
 * The workflow's background work, on Payload's jobs queue (queue "workflow"):
 * e-mails for transitions, scheduled publication and withdrawal, the weekly re-review digest.
 *
 * How the runner works:
 * - `next dev` / `next start`: Payload's `autoRun` cron (below) runs in the server process every
 *   minute: it queues the weekly digest when its schedule comes (Mondays 07:00) and runs due
 *   jobs of the "workflow" queue. Nothing else to start. (Crons start with the admin/API server
 *   only; scripts such as the seed never run jobs; NLV_JOBS_AUTORUN=false turns it off.)
 * - Several server instances or serverless hosting: turn autoRun off and call
 *   `GET /api/payload-jobs/run?queue=workflow` every minute as an admin (or run
 *   `payload.jobs.run({ queue: 'workflow' })` from a cron script).
 * - Tests call `payload.jobs.run({ queue: 'workflow' })` themselves.
 * A job that fails (mail server down) is retried, up to 3 times.
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'
import { hasRole } from '../access/roles'
import { env } from '../env'
import { isContentType, type Doc } from './documents'
import { notifiedActions, notifyForEvent, sendReviewDigest } from './notifications'
import type { WorkflowAction } from './states'
import { transition, TransitionRefused } from './transition'

export const WORKFLOW_QUEUE = 'workflow'

const isoOrNull = (v: unknown) => (v ? new Date(v as string).toISOString() : null)

export async function queueNotification(
  req: PayloadRequest,
  action: WorkflowAction | 'edit',
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
  doc: Doc,
  previous: Doc | null,
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
    const doc = (await payload
      .findByID({
        collection: input.collection as ContentType,
        id: input.id,
        draft: true,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)) as Doc | null
    if (!doc || isoOrNull(doc.schedule?.[field]) !== input.at) {
      return { output: { done: false, reason: 'the date was changed or removed since' } }
    }
    const user = input.by
      ? ((await payload
          .findByID({
            collection: 'users',
            id: input.by,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)) as Record<string, any> | null)
      : null
    try {
      await transition(payload, {
        collection: input.collection,
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

const adminsOnly = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')

export const workflowJobs: JobsConfig = {
  tasks: workflowTasks,
  // The jobs REST endpoints (run, queue, cancel) are for admins and cron callers acting as one.
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  autoRun: [{ cron: '* * * * *', queue: WORKFLOW_QUEUE, limit: 20 }],
  // Jobs run in the long-running Next server only (never in scripts or tests), unless
  // NLV_JOBS_AUTORUN says otherwise; the same rule as the site-build queue.
  shouldAutoRun: () =>
    env.NLV_JOBS_AUTORUN ?? (env.NODE_ENV !== 'test' && Boolean(env.NEXT_RUNTIME)),
}
