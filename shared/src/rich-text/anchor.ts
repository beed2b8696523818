import { escapeAttribute } from '../html-escape'
import { t } from '../i18n'
import type { UrlCheck } from '../safe-url'
import type { RenderContext } from './render-context'
import { hiddenText } from './text-html'

/** An anchor around already-rendered content, marked when external or opening a new tab. */
export function anchor(
  check: Extract<UrlCheck, { safe: true }>,
  content: string,
  newTab: boolean,
  ctx: RenderContext,
): string {
  const external = check.kind === 'http' && check.external
  let attributes = `href="${escapeAttribute(check.href)}"`
  let markers = ''
  if (external) {
    attributes += ' class="rt-external"'
    markers += hiddenText(` ${t(ctx.locale, 'richText.externalLink')}`)
  }
  if (newTab) {
    attributes += ' target="_blank"'
    markers += hiddenText(` ${t(ctx.locale, 'richText.newTab')}`)
  }
  if (external) attributes += ' rel="noopener noreferrer"'
  else if (newTab) attributes += ' rel="noopener"'
  return `<a ${attributes}>${content}${markers}</a>`
}
