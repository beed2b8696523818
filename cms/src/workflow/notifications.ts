/**
 * Who hears about what, and the French e-mails they get. Sent by the jobs queue (jobs.ts),
 * never inside the request that made the change: a slow or broken mail server delays a
 * message, it never blocks or undoes a transition.
 *
 * - submitted → the reviewers assigned to it, or else every reviewer (the expert committee);
 * - changes requested, approved → the document's editor (who submitted it, else who last
 *   changed its content);
 * - weekly → editors and reviewers get the list of overdue and upcoming re-reviews.
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { cmsUrl } from '../env'
import { changesPath } from './changes/plugin'
import { type ReviewedDoc, typeLabel } from './documents'
import { assignedRecipients } from './queues/recipients'
import { overdueSubmissionsSection } from './queues/digest'
import { healthDigestSection } from '../health/digest'
import { groupBy, itemsDueForReview } from './reviewDue'
import type { EventAction } from './states'

type User = { id: number | string; email: string; name?: string | null; role?: string | null }

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

const editUrl = (collection: string, id: number | string) =>
  `${cmsUrl}/admin/collections/${collection}/${id}`

const dateFr = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleDateString('fr-CA', { day: 'numeric', month: 'long', year: 'numeric' })
    : '—'

async function usersWithRoles(payload: Payload, roles: string[]): Promise<User[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { role: { in: roles } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as User[]
}

async function userById(payload: Payload, id: string | null): Promise<User | null> {
  if (!id) return null
  return (await payload
    .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)) as User | null
}

/** The actions that send mail; the others are only recorded. */
export const notifiedActions: readonly EventAction[] = ['submit', 'request_changes', 'approve']

/** Sends the e-mails for one audit-trail event. Returns the addresses written to. */
export async function notifyForEvent(
  payload: Payload,
  eventId: number | string,
): Promise<string[]> {
  const event = await payload.findByID({
    collection: 'review-events',
    id: eventId,
    depth: 0,
    overrideAccess: true,
  })
  // A reviewed collection (reviewedCollections.ts); the helpers below only pass the slug on.
  const collection = event.doc.relationTo as ContentType
  const docId = idOf(event.doc?.value)!
  const doc = (await payload.findByID({
    collection,
    id: docId,
    draft: true,
    depth: 0,
    locale: 'fr',
    overrideAccess: true,
  })) as ReviewedDoc
  const type = typeLabel(payload, collection)
  const title = `« ${doc.title} »`
  const by = event.actorName ?? 'Système'
  const note = event.message ? `\nMessage de ${by} :\n${event.message}\n` : ''
  const link = `\nOuvrir dans l'administration : ${editUrl(collection, docId)}\n`
  // Reviewers go straight to what changed since the committee last approved the item.
  const changesLink = `\nVoir les changements : ${editUrl(collection, docId)}${changesPath}\n`

  let recipients: User[] = []
  let subject = ''
  let text = ''
  switch (event.action as EventAction) {
    case 'submit':
      recipients =
        (await assignedRecipients(payload, doc)) ?? (await usersWithRoles(payload, ['reviewer']))
      subject = `À réviser : ${title}`
      text = `Bonjour,\n\n${by} a soumis ${type.toLowerCase()} ${title} au comité d'experts.\n${note}${changesLink}${link}`
      break
    case 'request_changes':
    case 'approve': {
      const editor = await userById(
        payload,
        idOf(doc.workflow?.submittedBy) ?? idOf(doc.workflow?.lastContentEditor),
      )
      recipients = editor ? [editor] : []
      if (event.action === 'approve') {
        subject = `Approuvé par le comité : ${title}`
        text = `Bonjour,\n\n${by} a approuvé ${title} au nom du comité d'experts. Vous pouvez maintenant le publier.\n${note}${link}`
      } else {
        subject = `Modifications demandées : ${title}`
        text = `Bonjour,\n\n${by} demande des modifications à ${title}. Les commentaires sont dans le panneau de révision du document.\n${note}${link}`
      }
      break
    }
    default:
      return []
  }
  const sent: string[] = []
  for (const user of recipients) {
    if (!user.email || String(user.id) === idOf(event.actor)) continue
    await payload.sendEmail({ to: user.email, subject: `[Nourrir la vie] ${subject}`, text })
    sent.push(user.email)
  }
  payload.logger.info(
    `[workflow] ${event.action} on ${collection}/${docId}: mail sent to ${sent.length} recipient(s)`,
  )
  return sent
}

/** The weekly digest of re-reviews: overdue ones, then those due within 30 days, by theme. */
export async function sendReviewDigest(payload: Payload, now = new Date()): Promise<string[]> {
  const items = await itemsDueForReview(payload, { withinDays: 30, now })
  const overdue = items.filter((i) => i.overdue)
  const lateSubmissions = await overdueSubmissionsSection(payload, now)
  const health = await healthDigestSection(payload, { now })
  if (!overdue.length && !lateSubmissions && !health.forRole('editor')) {
    payload.logger.info('[workflow] review digest: nothing overdue, no mail sent')
    return []
  }
  const soon = items.filter((i) => !i.overdue)
  const line = (i: (typeof items)[number]) =>
    `  - ${i.title} (${i.typeLabel.toLowerCase()}) — prévue le ${dateFr(i.nextReviewDue)}` +
    `${i.reviewers.length ? ` — réviseur·es : ${i.reviewers.join(', ')}` : ''}\n    ${editUrl(i.collection, i.id)}`
  const section = (heading: string, list: typeof items) => {
    if (!list.length) return ''
    const byTheme = groupBy(list, (i) => i.themes, 'Sans thème')
    return `${heading}\n\n${[...byTheme].map(([theme, rows]) => `${theme}\n${rows.map(line).join('\n')}`).join('\n\n')}\n\n`
  }
  const text =
    `Bonjour,\n\nVoici les contenus publiés dont la révision périodique par le comité d'experts est due.\n\n` +
    section(`En retard (${overdue.length})`, overdue) +
    section(`À venir dans les 30 jours (${soon.length})`, soon) +
    lateSubmissions +
    `Liste complète : ${cmsUrl}/admin/revisions\n`
  const subject = `[Nourrir la vie] Révisions périodiques : ${overdue.length} en retard${soon.length ? `, ${soon.length} à venir` : ''}`
  const sent: string[] = []
  for (const user of await usersWithRoles(payload, ['editor', 'reviewer'])) {
    if (!user.email || (!overdue.length && !lateSubmissions && !health.forRole(user.role))) continue
    await payload.sendEmail({ to: user.email, subject, text: text + health.forRole(user.role) })
    sent.push(user.email)
  }
  payload.logger.info(
    `[workflow] review digest: ${overdue.length} overdue, mail sent to ${sent.length} recipient(s)`,
  )
  return sent
}
