/**
 * Publication: abstract, authors, year, download, identifiers, and « Comment citer »
 * (APA text selected in one tap, a copy button, BibTeX and RIS files built with the site).
 */
import { doiUrl, toApaHtml } from '../citation'
import { formatFileMeta } from '../file-meta'
import { fileUrl } from '../file-url'
import { intlLocales, t, tPlural } from '../i18n'
import { kindLabel } from '../kind-label'
import type { Locale } from '../locales'
import type { Publication } from '../snapshot'
import { citationPath } from '../urls'
import { blocks, contentIn, itemFrameHtml } from './item-frame'
import { keyMessagesHtml } from './key-messages'
import { attributes, text } from './markup'
import type { ArticleOptions } from './options'
import { referenceListHtml } from './reference-list'
import { richTextBlock, richTextHtml } from './rich-text-html'

/**
 * The copy button's handler: inline, so that the page loads no script file; the button is
 * hidden where scripting is off.
 */
export const copyCitationHandler =
  "navigator.clipboard.writeText(document.getElementById('apa').innerText).then(()=>{this.nextElementSibling.textContent=this.dataset.done})"

const fact = (term: string, definition: string) =>
  `<div><dt>${text(term)}</dt><dd>${definition}</dd></div>`

export function publicationArticleHtml(
  item: Publication,
  locale: Locale,
  options: ArticleOptions,
): string {
  const content = contentIn(item, locale)
  const abstract = richTextHtml(content.abstract, locale, 'abstract', options, {
    minHeadingLevel: 3,
  })
  const body = richTextHtml(content.body, locale, 'body', options)
  const fileHref = item.file ? fileUrl(item.file.url, options.cmsUrl) : null
  const sitePath = options.sitePath ?? ((path: string) => path)
  const authors = new Intl.ListFormat(intlLocales[locale], { type: 'conjunction' }).format(
    item.authors,
  )
  const actions =
    fileHref && item.file
      ? `<div class="item-actions"> <a class="button"${attributes({ href: fileHref, type: item.file.mimeType })}> <span> ` +
        `${text(t(locale, 'download.publication'))} <span class="button__meta">(${text(formatFileMeta(item.file, locale))})</span> </span> </a> </div>`
      : ''
  const facts =
    `<dl class="facts"> ` +
    blocks(
      fact(t(locale, 'publication.kind'), text(kindLabel(item, locale) ?? '')),
      item.authors.length > 0 ? fact(t(locale, 'publication.authors'), text(authors)) : '',
      fact(t(locale, 'publication.year'), text(item.year)),
      item.pages
        ? fact(
            t(locale, 'publication.length'),
            text(tPlural(locale, 'publication.pages', item.pages)),
          )
        : '',
      item.isbn ? fact(t(locale, 'publication.isbn'), text(item.isbn)) : '',
      item.doi
        ? fact(
            t(locale, 'publication.doi'),
            `<a${attributes({ href: doiUrl(item.doi) })}>${text(item.doi)}</a>`,
          )
        : '',
    ) +
    ` </dl>`
  const citation = (format: 'bib' | 'ris', label: string) =>
    `<a${attributes({ href: sitePath(citationPath(content.slug, locale, format)), download: true })}>${text(label)}</a>`
  const cite =
    `<section class="cite" aria-labelledby="comment-citer" data-pagefind-ignore> <h2 id="comment-citer">${text(t(locale, 'citation.heading'))}</h2> ` +
    `<p class="cite__hint muted" id="apa-hint">${text(t(locale, 'citation.selectHint'))}</p> ` +
    `<p class="cite__text" id="apa" aria-describedby="apa-hint">${toApaHtml(item, locale, options.siteUrl)}</p> ` +
    `<div class="cite__actions"> <button type="button" class="button button--secondary needs-script"` +
    `${attributes({ 'data-done': t(locale, 'citation.copied'), onclick: copyCitationHandler })}> ${text(t(locale, 'citation.copy'))} </button> ` +
    `<span class="cite__status" role="status"></span> ${citation('bib', t(locale, 'citation.downloadBibtex'))} ` +
    `${citation('ris', t(locale, 'citation.downloadRis'))} </div> </section>`
  return itemFrameHtml(item, locale, {
    actions,
    content: blocks(
      facts,
      abstract.html &&
        `<section aria-labelledby="resume"> <h2 id="resume">${text(t(locale, 'publication.abstract'))}</h2> ` +
          `${richTextBlock(abstract.html)} </section>`,
      keyMessagesHtml(locale, content.keyMessages),
      richTextBlock(body.html),
      cite,
      referenceListHtml(locale, item.references),
    ),
  })
}
