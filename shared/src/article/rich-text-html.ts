/**
 * A rich-text field of an item as the article shows it: uploads pointed at the CMS,
 * internal links resolved, warnings named after the field, in a `.rich-text` block.
 */
import type { Locale } from '../locales'
import {
  extractHeadings,
  renderRichText,
  type RenderOptions,
  type RichTextHeading,
} from '../rich-text'
import { fileUrl } from '../file-url'
import type { RichText } from '../snapshot'
import type { ArticleOptions } from './options'

export interface RenderedRichText {
  html: string
  headings: RichTextHeading[]
}

/** `sizes` of a body image: the article column, else the screen. */
export const articleImageSizes = '(min-width: 48rem) 42rem, 100vw'

const uploadKeys = new Set(['image', 'document', 'value'])

/**
 * A copy of the editor state where populated uploads (figure images, download documents,
 * upload nodes) have CMS URLs instead of CMS paths.
 */
export function withFileUrls(state: RichText, cmsUrl: string): RichText {
  const visit = (value: unknown, inUpload: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, inUpload))
    if (typeof value !== 'object' || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      if (inUpload && key === 'url' && typeof child === 'string') {
        out[key] = fileUrl(child, cmsUrl) ?? child
      } else {
        out[key] = visit(child, inUpload || uploadKeys.has(key))
      }
    }
    return out
  }
  return visit(state, false) as RichText
}

/**
 * Renders the rich-text field `field` (`body`, `howToUse`, …) of an item in `locale`.
 * An empty field gives empty HTML.
 */
export function richTextHtml(
  state: RichText | null | undefined,
  locale: Locale,
  field: string,
  options: ArticleOptions,
  extra: Partial<RenderOptions> = {},
): RenderedRichText {
  if (!state) return { html: '', headings: [] }
  const prepared = withFileUrls(state, options.cmsUrl)
  const onWarning = options.onWarning
  const renderOptions: RenderOptions = {
    locale,
    siteUrl: options.siteUrl,
    resolveInternalLink: options.resolveInternalLink,
    onWarning: onWarning
      ? (message) => onWarning(message, `locales.${locale}.${field}`)
      : undefined,
    imageSizes: articleImageSizes,
    ...extra,
  }
  return {
    html: renderRichText(prepared, renderOptions),
    headings: extractHeadings(prepared, renderOptions),
  }
}

/** The rendered field in its block (`<div class="rich-text prose">`); nothing when empty. */
export function richTextBlock(html: string): string {
  return html ? `<div class="rich-text prose">${html}</div>` : ''
}
