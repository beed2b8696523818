import { t } from '../i18n'
import type { Locale } from '../locales'
import { icon, text } from './markup'

const printer = 'M7 3h10v4H7zM5 8h14a2 2 0 0 1 2 2v6h-4v5H7v-5H3v-6a2 2 0 0 1 2-2zm4 8v3h6v-3z'

/**
 * Prints the page. Its one inline handler is the only script a fiche carries; without
 * scripting the button is hidden (the browser's own Print still uses the print stylesheet).
 */
export function printButtonHtml(locale: Locale): string {
  return (
    `<button type="button" class="button button--secondary needs-script print-button" onclick="print()" data-pagefind-ignore> ` +
    `${icon(20, printer, true)} ${text(t(locale, 'item.print'))} </button>`
  )
}
