/**
 * The weekly digest's section on submissions the committee has not reviewed in time
 * (`NLV_REVIEW_DUE_DAYS` after submission). Called by `sendReviewDigest` (notifications.ts).
 */
import { contentTypes } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { cmsUrl } from '../../env'
import { titleOf, typeLabel } from '../documents'
import { isOverdue, reviewDueAt } from './dueDate'

const day = (iso: string) =>
  new Date(iso).toLocaleDateString('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' })

/** Overdue submissions, oldest first; '' when there are none. */
export async function overdueSubmissionsSection(
  payload: Payload,
  now = new Date(),
): Promise<string> {
  const lines: { due: string; text: string }[] = []
  for (const collection of contentTypes) {
    const { docs } = await payload.find({
      collection,
      where: { workflowState: { equals: 'in_review' } },
      draft: true,
      depth: 0,
      limit: 200,
      locale: 'fr',
      select: { title: true, workflow: true },
      overrideAccess: true,
    })
    for (const doc of docs as Record<string, any>[]) {
      const due = reviewDueAt(doc.workflow?.submittedAt)
      if (!due || !isOverdue(due, now)) continue
      lines.push({
        due,
        text:
          `  - ${titleOf(doc as { id: number | string })} (${typeLabel(payload, collection).toLowerCase()}) — révision attendue le ${day(due)}\n` +
          `    ${cmsUrl}/admin/collections/${collection}/${doc.id}`,
      })
    }
  }
  if (!lines.length) return ''
  lines.sort((a, b) => a.due.localeCompare(b.due))
  return `Soumissions en attente du comité au-delà du délai (${lines.length})\n\n${lines.map((l) => l.text).join('\n')}\n\n`
}
