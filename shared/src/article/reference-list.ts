import { formatReferenceHtml } from '../citation'
import { escapeAttribute, escapeHtml } from '../html-escape'
import { t } from '../i18n'
import type { Locale } from '../locales'
import type { Reference } from '../snapshot'
import { text } from './markup'

/** The item's references, numbered, their links marked external. */
export function referenceListHtml(locale: Locale, references: readonly Reference[]): string {
  if (references.length === 0) return ''
  const external = ` <span class="sr-only">${escapeHtml(t(locale, 'richText.externalLink'))}</span>`
  const items = references
    .map(
      (ref) =>
        `<li>${formatReferenceHtml(
          ref,
          locale,
          (href) =>
            `<a class="rt-external" href="${escapeAttribute(href)}">${escapeHtml(href)}${external}</a>`,
        )}</li>`,
    )
    .join('')
  return (
    `<section class="references" aria-labelledby="references">` +
    `<h2 id="references">${text(t(locale, 'item.references'))}</h2><ol>${items}</ol></section>`
  )
}
