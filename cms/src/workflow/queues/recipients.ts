/** Who gets a submission's e-mail when the content team named reviewers for it. */
import type { Payload } from 'payload'
import { assignedIds } from './assignment'

type Recipient = { id: number | string; email: string; name?: string | null; role?: string | null }

/** The assigned reviewers (still on the committee), or null when nobody was named. */
export async function assignedRecipients(
  payload: Payload,
  doc: { assignedReviewers?: unknown },
): Promise<Recipient[] | null> {
  const ids = assignedIds(doc.assignedReviewers)
  if (!ids.length) return null
  const { docs } = await payload.find({
    collection: 'users',
    where: { and: [{ id: { in: ids } }, { role: { equals: 'reviewer' } }] },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
  })
  return docs.length ? (docs as unknown as Recipient[]) : null
}
