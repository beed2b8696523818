/**
 * What a write does to the public review facts (`review.reviewers`, `review.lastReviewedAt`,
 * `review.nextReviewDue`, see fields/reviewFacts.ts), in words for the audit trail. Pure: the
 * hooks decide who may make the change and record it.
 */

type Facts = Record<string, unknown> | null | undefined

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A date as a full ISO string (null when empty), so that two spellings of one instant match. */
function instant(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  const time = new Date(value as string).getTime()
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
}

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—')

const names = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((r) => String(isObject(r) ? (r.name ?? '') : r)) : []

const list = (values: string[]) => (values.length ? values.join(', ') : '—')

/**
 * The changes `sent` (a write's `review` value, undefined when it has none) makes to the stored
 * facts, in French (the audit trail's language), or null when it changes nothing. Only the
 * keys present count: Payload keeps the others. `null` clears the whole group.
 */
export function reviewFactsChange(sent: unknown, stored: Facts): string | null {
  if (sent === undefined) return null
  if (sent !== null && !isObject(sent)) return 'Informations de révision remplacées'
  const next = sent ?? {}
  const changes: string[] = []
  for (const [key, label] of [
    ['lastReviewedAt', 'Dernière révision'],
    ['nextReviewDue', 'Prochaine révision'],
  ] as const) {
    if (sent !== null && !(key in next)) continue
    const before = instant(stored?.[key])
    const after = instant(next[key])
    if (before !== after) changes.push(`${label} : ${day(before)} → ${day(after)}`)
  }
  if (sent === null || 'reviewers' in next) {
    const before = names(stored?.reviewers)
    const after = names(next.reviewers)
    if (JSON.stringify(before) !== JSON.stringify(after))
      changes.push(`Réviseur·es : ${list(before)} → ${list(after)}`)
  }
  return changes.length ? changes.join(' · ') : null
}
