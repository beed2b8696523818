import { formatReference, formatReferenceHtml } from '../../../citation'
import { escapeHtml } from '../../../html-escape'
import { checkUrl, describeUrl } from '../../../safe-url'
import { anchor } from '../../anchor'
import type { BlockRenderer } from '../block-renderer'
import type { ReferenceBlock } from './schema'

export const referenceRenderer: BlockRenderer<ReferenceBlock> = {
  html(block, ctx) {
    if (!block.doi && block.url) {
      const check = checkUrl(block.url, { extraSchemes: [] })
      if (!check.safe || check.kind !== 'http') {
        ctx.warn(
          `Removed the URL ${describeUrl(block.url)} of a reference (${check.safe ? 'not an http(s) URL' : check.reason})`,
        )
      }
    }
    const html = formatReferenceHtml(block, ctx.locale, (href) => {
      const check = checkUrl(href, { siteUrl: ctx.options.siteUrl, extraSchemes: [] })
      return check.safe ? anchor(check, escapeHtml(href), false, ctx) : escapeHtml(href)
    })
    return `<p class="rt-reference">${html}</p>`
  },
  plainText: (block, locale) => formatReference(block, locale),
}
