import { reviewStatus } from '../dates'
import { formatDate, intlLocales, t } from '../i18n'
import type { Locale } from '../locales'
import type { ReviewFacts } from '../snapshot'
import { icon, text } from './markup'

const shield =
  'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.9-4.9 1.4 1.4-6.3 6.3z'
const clock =
  'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7V7z'

/**
 * The expert committee's review, stated publicly: date, next review, reviewers. Once the next
 * review date has passed (`today`), it says plainly that the periodic review is under way.
 */
export function reviewNoteHtml(
  locale: Locale,
  review: ReviewFacts,
  today: Date = new Date(),
): string {
  const status = reviewStatus(review, today)
  if (status.kind === 'none') return ''
  const reviewed = status.lastReviewedAt
  if (status.kind === 'overdue') {
    return (
      `<div class="review-note review-note--overdue" role="note" data-pagefind-ignore>${icon(24, clock)}` +
      `<div><p class="review-note__when">${text(t(locale, 'review.overdue', { date: formatDate(reviewed, locale) }))}</p>` +
      `<p class="review-note__who">${text(t(locale, 'review.overdueDetail', { nextDate: formatDate(status.nextReviewDue, locale) }))}</p>` +
      `${reviewersHtml(locale, review)}</div></div>`
    )
  }
  const sentence = status.nextReviewDue
    ? t(locale, 'review.reviewedOnWithNext', {
        date: formatDate(reviewed, locale),
        nextDate: formatDate(status.nextReviewDue, locale),
      })
    : t(locale, 'review.reviewedOn', { date: formatDate(reviewed, locale) })
  return (
    `<div class="review-note" data-pagefind-ignore>${icon(24, shield)}` +
    `<div><p class="review-note__when">${text(sentence)}</p>${reviewersHtml(locale, review)}</div></div>`
  )
}

function reviewersHtml(locale: Locale, review: ReviewFacts): string {
  const names = new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(
    review.reviewers,
  )
  return review.reviewers.length > 0
    ? `<p class="review-note__who">${text(t(locale, 'review.reviewers', { names }))}</p>`
    : ''
}
