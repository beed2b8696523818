/**
 * Published items whose periodic re-review is due: for the admin view and the weekly digest.
 * The due date is `review.nextReviewDue` (set to 24 months after each approval; editable).
 */
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import type { Payload } from 'payload'
import { typeLabel } from './documents'

export interface DueItem {
  collection: ContentType
  typeLabel: string
  id: number | string
  title: string
  themes: string[]
  reviewers: string[]
  lastReviewedAt: string | null
  nextReviewDue: string
  overdue: boolean
}

const DAY = 24 * 60 * 60 * 1000

/** Items due on or before `now + withinDays` (overdue ones included), soonest first. */
export async function itemsDueForReview(
  payload: Payload,
  { withinDays = 90, now = new Date() }: { withinDays?: number; now?: Date } = {},
): Promise<DueItem[]> {
  const horizon = new Date(now.getTime() + withinDays * DAY).toISOString()
  const items: DueItem[] = []
  for (const collection of contentTypes) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { 'review.nextReviewDue': { less_than_equal: horizon } },
        ],
      },
      select: { title: true, themes: true, review: true },
      depth: 1,
      locale: 'fr',
      pagination: false,
      overrideAccess: true,
    })
    const label = typeLabel(payload, collection)
    for (const doc of docs as Record<string, any>[]) {
      const due = doc.review?.nextReviewDue as string | undefined
      if (!due) continue
      items.push({
        collection,
        typeLabel: label,
        id: doc.id,
        title: String(doc.title ?? ''),
        themes: (doc.themes ?? [])
          .map((t: { name?: string } | number) =>
            typeof t === 'object' ? (t.name ?? '') : String(t),
          )
          .filter(Boolean),
        reviewers: (doc.review?.reviewers ?? [])
          .map((r: { name?: string }) => r.name ?? '')
          .filter(Boolean),
        lastReviewedAt: doc.review?.lastReviewedAt ?? null,
        nextReviewDue: due,
        overdue: new Date(due).getTime() < now.getTime(),
      })
    }
  }
  return items.sort((a, b) => a.nextReviewDue.localeCompare(b.nextReviewDue))
}

/** Groups items by each of their keys (an item with two themes appears under both). */
export function groupBy(
  items: DueItem[],
  keys: (item: DueItem) => string[],
  none: string,
): Map<string, DueItem[]> {
  const groups = new Map<string, DueItem[]>()
  for (const item of items) {
    const names = keys(item)
    for (const name of names.length ? names : [none]) {
      groups.set(name, [...(groups.get(name) ?? []), item])
    }
  }
  return new Map([...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'fr')))
}
