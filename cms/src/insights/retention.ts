/**
 * The daily retention job (queue "workflow", 03:15 UTC): counts older than
 * `NLV_INSIGHTS_RETENTION_MONTHS` (default 24) are deleted, so the counters never grow
 * without limit (with the cap on distinct queries a day, counters.ts).
 */
import type { TaskConfig } from 'payload'
import { WORKFLOW_QUEUE } from '../workflow/queue'
import { applyRetention } from './counters'

export const RETENTION_TASK = 'insightsRetention'

export const retentionTask: TaskConfig<any> = {
  slug: RETENTION_TASK,
  label: 'Supprimer les comptes de recherche et de lecture trop anciens',
  schedule: [{ cron: '15 3 * * *', queue: WORKFLOW_QUEUE }],
  retries: 2,
  handler: async ({ req }) => {
    const deleted = await applyRetention(req.payload)
    req.payload.logger.info(
      `[insights] retention: deleted ${deleted.searches} search rows and ${deleted.readers} reader rows`,
    )
    return { output: deleted }
  },
}
