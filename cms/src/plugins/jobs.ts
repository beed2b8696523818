/**
 * Where and when queued jobs run — decided here once, for every queue:
 *
 * - `next dev` / `next start`: Payload's `autoRun` crons run in the server process: the
 *   "workflow" queue every minute (mail, scheduled publishing, and the weekly digest, which
 *   its task schedules for Mondays 07:00), the "site" queue every 3 seconds (site builds,
 *   one at a time), the "health" queue every minute (the link check its task schedules
 *   nightly, or one asked for in « Santé du contenu »). Nothing else to start. Crons start with the admin/API server only:
 *   scripts such as the seed never run jobs (they would exit mid-build); tests run them
 *   themselves (`payload.jobs.run({ queue })`). NLV_JOBS_AUTORUN=true/false overrides.
 * - Production with a separate worker: web instances run with NLV_JOBS_AUTORUN=false and
 *   `pnpm --filter @nlv/cms worker` (scripts/worker.ts) runs these same crons in its own
 *   process. Several workers may run: site builds take a cross-process lock
 *   (publishing/buildLock.ts), so two never build at once.
 * - Serverless hosting: set NLV_JOBS_AUTORUN=false and call
 *   `GET /api/payload-jobs/run?queue=workflow` (and `queue=site`, `queue=health`) every minute as an admin.
 *
 * The jobs REST endpoints (run, queue, cancel) are for admins and cron callers acting as one.
 */
import type { Plugin } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { env } from '../env'
import { HEALTH_QUEUE } from '../health/queue'
import { BUILD_QUEUE } from '../publishing/queueSiteBuild'
import { WORKFLOW_QUEUE } from '../workflow/queue'

/** Whether this process runs queued jobs (the long-running Next server, by default). */
export const jobsAutoRun = (): boolean =>
  env.NLV_JOBS_AUTORUN ?? (env.NODE_ENV !== 'test' && Boolean(env.NEXT_RUNTIME))

export const jobsRunner = (): Plugin => (config) => ({
  ...config,
  jobs: {
    ...config.jobs,
    access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
    autoRun: [
      { cron: '* * * * *', queue: WORKFLOW_QUEUE, limit: 20 },
      { cron: '*/3 * * * * *', queue: BUILD_QUEUE, limit: 1 },
      { cron: '* * * * *', queue: HEALTH_QUEUE, limit: 1 },
    ],
    shouldAutoRun: async () => jobsAutoRun(),
  },
})
