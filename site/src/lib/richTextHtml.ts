/**
 * Rich-text bodies of the snapshot as HTML, through the shared renderer: internal links
 * resolved against the catalog, upload URLs pointed at the CMS, warnings logged with the
 * item and field they come from (a skipped node is a build warning, never a crash).
 */
import type { Locale } from '@nlv/shared/locales'
import {
  extractHeadings,
  renderRichText,
  type RenderOptions,
  type RichTextHeading,
} from '@nlv/shared/rich-text'
import type { RichText } from '@nlv/shared/snapshot'
import { getCatalog } from '../content/catalog'
import { env } from '../env'
import { fileUrl } from './fileUrl'

export interface RichTextSource {
  /** `fact-sheets/fs-acide-folique`: named in warnings. */
  item: string
  /** `locales.fr.body`: named in warnings. */
  field: string
}

const warned = new Set<string>()

function warn(source: RichTextSource, message: string): void {
  const line = `[nlv:rich-text] ${source.item} field "${source.field}": ${message}`
  if (warned.has(line)) return
  warned.add(line)
  console.warn(line)
}

function resolveInternalLink(locale: Locale) {
  return ({ value }: { relationTo: string; value: unknown }): string | null => {
    const id =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : typeof value === 'object' && value !== null && 'id' in value
          ? String((value as { id: unknown }).id)
          : null
    if (id === null) return null
    const catalog = getCatalog()
    // An item not translated yet is linked in French rather than not at all.
    return (catalog.entry(id, locale) ?? catalog.entry(id, 'fr'))?.path ?? null
  }
}

const uploadKeys = new Set(['image', 'document', 'value'])

/**
 * A copy of the editor state where populated uploads (figure images, download documents,
 * upload nodes) have CMS URLs instead of CMS paths.
 */
export function withFileUrls(state: RichText): RichText {
  const visit = (value: unknown, inUpload: boolean): unknown => {
    if (Array.isArray(value)) return value.map((v) => visit(v, inUpload))
    if (typeof value !== 'object' || value === null) return value
    const out: Record<string, unknown> = {}
    for (const [key, child] of Object.entries(value)) {
      if (inUpload && key === 'url' && typeof child === 'string') {
        out[key] = fileUrl(child) ?? child
      } else {
        out[key] = visit(child, inUpload || uploadKeys.has(key))
      }
    }
    return out
  }
  return visit(state, false) as RichText
}

function options(
  locale: Locale,
  source: RichTextSource,
  extra: Partial<RenderOptions>,
): RenderOptions {
  return {
    locale,
    siteUrl: env.SITE_URL,
    resolveInternalLink: resolveInternalLink(locale),
    onWarning: (message) => warn(source, message),
    imageSizes: '(min-width: 48rem) 42rem, 100vw',
    ...extra,
  }
}

export interface RenderedRichText {
  html: string
  headings: RichTextHeading[]
}

export function richTextHtml(
  state: RichText | null | undefined,
  locale: Locale,
  source: RichTextSource,
  extra: Partial<RenderOptions> = {},
): RenderedRichText {
  if (!state) return { html: '', headings: [] }
  const prepared = withFileUrls(state)
  const opts = options(locale, source, extra)
  return { html: renderRichText(prepared, opts), headings: extractHeadings(prepared, opts) }
}
