/** Outil d'intervention: what it is for, how to use it, the files to download. */
import { t } from '../i18n'
import type { Locale } from '../locales'
import type { InterventionTool } from '../snapshot'
import { downloadListHtml } from './download-list'
import { blocks, contentIn, itemFrameHtml } from './item-frame'
import { keyMessagesHtml } from './key-messages'
import { text } from './markup'
import type { ArticleOptions } from './options'
import { printButtonHtml } from './print-button'
import { referenceListHtml } from './reference-list'
import { responsiveImageHtml } from './responsive-image'
import { richTextBlock, richTextHtml } from './rich-text-html'

export function interventionToolArticleHtml(
  item: InterventionTool,
  locale: Locale,
  options: ArticleOptions,
): string {
  const content = contentIn(item, locale)
  const howToUse = richTextHtml(content.howToUse, locale, 'howToUse', options, {
    minHeadingLevel: 3,
  })
  const body = richTextHtml(content.body, locale, 'body', options)
  const downloadsButton =
    item.downloads.length > 0
      ? `<a class="button" href="#telechargements">${text(t(locale, 'download.heading'))}</a>`
      : ''
  const image = item.image ? responsiveImageHtml(item.image, locale, options.cmsUrl) : ''
  return itemFrameHtml(item, locale, {
    actions: `<div class="item-actions"> ${blocks(downloadsButton, printButtonHtml(locale))} </div>`,
    content: blocks(
      content.purpose &&
        `<section aria-labelledby="a-quoi-sert"> <h2 id="a-quoi-sert">${text(t(locale, 'tool.purpose'))}</h2> ` +
          `<p class="prose">${text(content.purpose)}</p> </section>`,
      keyMessagesHtml(locale, content.keyMessages),
      howToUse.html &&
        `<section aria-labelledby="comment-utiliser"> <h2 id="comment-utiliser">${text(t(locale, 'tool.howToUse'))}</h2> ` +
          `${richTextBlock(howToUse.html)} </section>`,
      downloadListHtml(locale, item.downloads, { cmsUrl: options.cmsUrl }),
      image && `<figure class="item-figure">${image}</figure>`,
      richTextBlock(body.html),
      referenceListHtml(locale, item.references),
    ),
  })
}
