/**
 * When the committee's review of a submission is due: `NLV_REVIEW_DUE_DAYS` (default 14) after
 * it was submitted. Computed, not stored, so a change of the setting applies to every waiting item.
 */
import { env } from '../../env'

const DAY = 24 * 60 * 60 * 1000

export function reviewDueAt(
  submittedAt: string | null | undefined,
  days = env.NLV_REVIEW_DUE_DAYS,
): string | null {
  if (!submittedAt) return null
  const at = new Date(submittedAt).getTime()
  return Number.isFinite(at) ? new Date(at + days * DAY).toISOString() : null
}

export const isOverdue = (dueAt: string | null, now: Date) =>
  Boolean(dueAt) && new Date(dueAt!).getTime() < now.getTime()
