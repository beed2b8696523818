/**
 * Fiche: key messages first, then the body, references and the expert review; print button
 * and PDF. No script but the print button's handler.
 */
import { formatFileMeta } from '../file-meta'
import { fileUrl } from '../file-url'
import { t } from '../i18n'
import type { Locale } from '../locales'
import type { FactSheet } from '../snapshot'
import { blocks, contentIn, itemFrameHtml } from './item-frame'
import { keyMessagesHtml } from './key-messages'
import { attributes, text } from './markup'
import type { ArticleOptions } from './options'
import { printButtonHtml } from './print-button'
import { referenceListHtml } from './reference-list'
import { responsiveImageHtml } from './responsive-image'
import { richTextBlock, richTextHtml } from './rich-text-html'
import { tableOfContentsHtml } from './table-of-contents'

export function factSheetArticleHtml(
  item: FactSheet,
  locale: Locale,
  options: ArticleOptions,
): string {
  const content = contentIn(item, locale)
  const body = richTextHtml(content.body, locale, 'body', options)
  const pdfHref = item.pdf ? fileUrl(item.pdf.url, options.cmsUrl) : null
  const pdf =
    pdfHref && item.pdf
      ? `<a class="button button--secondary"${attributes({ href: pdfHref })} type="application/pdf"> <span> ` +
        `${text(t(locale, 'item.printablePdf'))} <span class="button__meta">(${text(formatFileMeta(item.pdf, locale))})</span> </span> </a>`
      : ''
  const image = item.image ? responsiveImageHtml(item.image, locale, options.cmsUrl) : ''
  return itemFrameHtml(item, locale, {
    actions: `<div class="item-actions"> ${blocks(printButtonHtml(locale), pdf)} </div>`,
    content: blocks(
      keyMessagesHtml(locale, content.keyMessages),
      image && `<figure class="item-figure"> ${image} </figure>`,
      tableOfContentsHtml(locale, body.headings),
      richTextBlock(body.html),
      referenceListHtml(locale, item.references),
    ),
  })
}
