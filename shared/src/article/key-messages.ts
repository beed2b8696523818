import { t } from '../i18n'
import type { Locale } from '../locales'
import { text } from './markup'

/** « À retenir »: the item's key messages, weighted up in search. */
export function keyMessagesHtml(locale: Locale, messages: readonly string[]): string {
  if (messages.length === 0) return ''
  const items = messages.map((message) => `<li>${text(message)}</li>`).join('')
  return (
    `<section class="key-messages" aria-labelledby="a-retenir">` +
    `<h2 id="a-retenir">${text(t(locale, 'item.keyMessages'))}</h2>` +
    `<ul data-pagefind-weight="5">${items}</ul></section>`
  )
}
