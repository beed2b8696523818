/**
 * The public dates of an item, defined once for the CMS (which records them at publication),
 * the snapshot, the site (pages, RSS, sitemap, JSON-LD) and the CMS preview.
 *
 * - « Publié le » (`publishedAt`): the item's first publication. Recorded once, never moved.
 * - « Mis à jour le » (`updatedAt`): the last publication that changed the *content* (what
 *   the content hash covers). A state change, a re-review without edits or a schedule change
 *   publishes nothing new and does not move it.
 * - « Révisé par le comité le … · Prochaine révision … »: the review facts (`review`), written
 *   by each approval. Once the next review date has passed, the page says the periodic review
 *   is under way until the committee approves again.
 * - The change log (`changes`): one entry per published content change that came with a note
 *   (« Ce qui a changé »), newest first.
 */
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date (YYYY-MM-DD…)')

/** « Ce qui a changé »: one or two sentences. */
export const changeNoteMaxLength = 300

/** One published change of an item, as the public sees it. */
export const changeEntrySchema = z.object({
  /** The day the change was published. */
  date: isoDate,
  /** What changed, in French (always) and English (when written). */
  note: z.object({
    fr: z.string().min(1).max(changeNoteMaxLength),
    en: z.string().min(1).max(changeNoteMaxLength).optional(),
  }),
  /** A recommendation changed (« changement important »): highlighted on the site. */
  important: z.boolean().default(false),
})
export type ChangeEntry = z.infer<typeof changeEntrySchema>
export type ChangeEntryInput = z.input<typeof changeEntrySchema>

/** The two publication dates as the CMS stores them (ISO timestamps, absent before the first). */
export interface PublicationDates {
  firstPublishedAt?: string | null
  contentUpdatedAt?: string | null
}

/**
 * The dates after a publication at `now`. `contentChanged`: the content being published differs
 * from the content that was public (always true for a first publication).
 */
export function datesAfterPublication(
  previous: PublicationDates,
  { contentChanged, now }: { contentChanged: boolean; now: Date },
): { firstPublishedAt: string; contentUpdatedAt: string } {
  const at = now.toISOString()
  const first = previous.firstPublishedAt || at
  const updated =
    !previous.firstPublishedAt || contentChanged || !previous.contentUpdatedAt
      ? at
      : previous.contentUpdatedAt
  return { firstPublishedAt: first, contentUpdatedAt: updated }
}

/** Whether a submission needs « Ce qui a changé »: the item was public and its content changed. */
export const needsChangeNote = (facts: { everPublished: boolean; contentChanged: boolean }) =>
  facts.everPublished && facts.contentChanged

/** The day (YYYY-MM-DD) of an ISO timestamp or date. */
export const dayOf = (iso: string): string => iso.slice(0, 10)

/** The facts of the committee's review, as the snapshot carries them. */
export interface ReviewDates {
  lastReviewedAt?: string
  nextReviewDue?: string
}

export type ReviewStatus =
  | { kind: 'none' }
  | { kind: 'current'; lastReviewedAt: string; nextReviewDue?: string }
  /** The next review date has passed: « Révision périodique en cours — contenu révisé le … ». */
  | { kind: 'overdue'; lastReviewedAt: string; nextReviewDue: string }

/** Where the review stands on `today` (a review due today is not yet overdue). */
export function reviewStatus(review: ReviewDates, today: Date = new Date()): ReviewStatus {
  if (!review.lastReviewedAt) return { kind: 'none' }
  const due = review.nextReviewDue
  if (due && dayOf(due) < dayOf(today.toISOString())) {
    return { kind: 'overdue', lastReviewedAt: review.lastReviewedAt, nextReviewDue: due }
  }
  return { kind: 'current', lastReviewedAt: review.lastReviewedAt, nextReviewDue: due }
}

/** Whether « Mis à jour le » is worth showing beside « Publié le » (another day). */
export const updatedSincePublication = (item: { publishedAt: string; updatedAt: string }) =>
  dayOf(item.updatedAt) > dayOf(item.publishedAt)

/** The change log newest first (stable for equal days: the later entry first). */
export function newestFirst<T extends { date: string }>(changes: readonly T[]): T[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || b.index - a.index)
    .map(({ change }) => change)
}
