import { t } from '../i18n'
import type { Locale } from '../locales'
import type { RichTextHeading } from '../rich-text'
import { attributes, text } from './markup'

/** « Sur cette page »: links to the body's top-level headings, from `minimum` of them. */
export function tableOfContentsHtml(
  locale: Locale,
  headings: readonly RichTextHeading[],
  minimum = 3,
): string {
  const top = headings.filter((h) => h.level === 2)
  if (top.length < minimum) return ''
  const items = top.map((h) => `<li><a${attributes({ href: `#${h.id}` })}>${text(h.text)}</a></li>`)
  return (
    `<nav class="toc" aria-labelledby="sur-cette-page" data-pagefind-ignore>` +
    `<h2 id="sur-cette-page">${text(t(locale, 'item.tableOfContents'))}</h2>` +
    `<ul>${items.join('')}</ul></nav>`
  )
}
