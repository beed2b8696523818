import { formatDate, intlLocales, t } from '../i18n'
import type { Locale } from '../locales'
import type { ReviewFacts } from '../snapshot'
import { icon, text } from './markup'

const shield =
  'M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5l-8-3zm-1.2 14.2-3.5-3.5 1.4-1.4 2.1 2.1 4.9-4.9 1.4 1.4-6.3 6.3z'

/** The expert committee's review, stated publicly: date, next review, reviewers. */
export function reviewNoteHtml(locale: Locale, review: ReviewFacts): string {
  const reviewed = review.lastReviewedAt
  if (!reviewed) return ''
  const sentence = review.nextReviewDue
    ? t(locale, 'review.reviewedOnWithNext', {
        date: formatDate(reviewed, locale),
        nextDate: formatDate(review.nextReviewDue, locale),
      })
    : t(locale, 'review.reviewedOn', { date: formatDate(reviewed, locale) })
  const names = new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(
    review.reviewers,
  )
  const who =
    review.reviewers.length > 0
      ? `<p class="review-note__who">${text(t(locale, 'review.reviewers', { names }))}</p>`
      : ''
  return (
    `<div class="review-note" data-pagefind-ignore>${icon(24, shield)}` +
    `<div><p class="review-note__when">${text(sentence)}</p>${who}</div></div>`
  )
}
