/**
 * Images and documents in rich text — upload nodes and the figure and download blocks — as
 * the renderer receives them (uploads populated, depth ≥ 1) and as it writes them.
 */
import { z } from 'zod'
import { formatFileMeta } from '../file-meta'
import { escapeAttribute, escapeHtml } from '../html-escape'
import { t } from '../i18n'
import type { Locale } from '../locales'
import { checkUrl, describeUrl } from '../safe-url'
import type { RenderContext } from './render-context'
import { textToInline } from './text-html'

/** A text that is either already localised (`'…'`) or given per locale (`{ fr, en }`). */
export const localisedValueSchema = z.union([
  z.string(),
  z.looseObject({ fr: z.string().nullish(), en: z.string().nullish() }),
])
export type LocalisedValue = z.infer<typeof localisedValueSchema>

/** The text of a localised value in `locale`, falling back to French. */
export function pickLocalised(
  value: LocalisedValue | null | undefined,
  locale: 'fr' | 'en',
): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  return value[locale] || value.fr || null
}

const imageSizeSchema = z.looseObject({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

/** A populated `media` document (Payload's shape; the snapshot's `ImageRef` fits too). */
export const mediaDocSchema = z.looseObject({
  url: z.string().min(1),
  alt: localisedValueSchema.nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
  /** Payload: `{ thumbnail: {url, width, height}, … }`; snapshot: `[{name, url, width, height}]`. */
  sizes: z
    .union([z.array(imageSizeSchema), z.record(z.string(), imageSizeSchema.nullable())])
    .nullish(),
})
export type MediaDoc = z.infer<typeof mediaDocSchema>

/** A populated `documents` document. */
export const documentDocSchema = z.looseObject({
  url: z.string().min(1),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  title: localisedValueSchema.nullish(),
})
export type DocumentDoc = z.infer<typeof documentDocSchema>

/** An upload field left unpopulated: only the related document's id. */
export const unpopulatedSchema = z.union([z.string(), z.number()])

function imageSources(media: MediaDoc, ctx: RenderContext): string {
  const candidates = new Map<number, string>()
  const add = (url: unknown, width: unknown) => {
    if (typeof width !== 'number' || !Number.isInteger(width) || width <= 0) return
    const check = checkUrl(url, { extraSchemes: [] })
    // A srcset is a comma-separated list: a URL holding a comma or a space would split.
    if (check.safe && !/[\s,]/.test(check.href) && !candidates.has(width)) {
      candidates.set(width, check.href)
    }
  }
  add(media.url, media.width)
  const sizes = media.sizes
  for (const size of Array.isArray(sizes) ? sizes : Object.values(sizes ?? {})) {
    if (size) add(size.url, size.width)
  }
  if (candidates.size < 2) return ''
  const srcset = [...candidates]
    .sort(([a], [b]) => a - b)
    .map(([width, url]) => `${url} ${width}w`)
    .join(', ')
  return ` srcset="${escapeAttribute(srcset)}" sizes="${escapeAttribute(ctx.options.imageSizes ?? '100vw')}"`
}

function renderImage(media: MediaDoc, ctx: RenderContext): string | null {
  const check = checkUrl(media.url, { extraSchemes: [] })
  if (!check.safe) {
    ctx.warn(`Skipped a rich-text image with URL ${describeUrl(media.url)} (${check.reason})`)
    return null
  }
  const alt = pickLocalised(media.alt, ctx.locale)?.trim() ?? ''
  if (!alt) ctx.warn(`Rich-text image ${describeUrl(media.url)} has no alternative text`)
  const dimension = (name: string, value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 0 ? ` ${name}="${value}"` : ''
  return (
    `<img src="${escapeAttribute(check.href)}"${imageSources(media, ctx)} alt="${escapeAttribute(alt)}"` +
    `${dimension('width', media.width)}${dimension('height', media.height)} loading="lazy" decoding="async">`
  )
}

/** An image with its caption, as an upload node or a figure block. */
export function renderFigure(
  media: MediaDoc,
  caption: string | null | undefined,
  ctx: RenderContext,
): string {
  const img = renderImage(media, ctx)
  if (img === null) return ''
  const figcaption = caption?.trim() ? `<figcaption>${textToInline(caption)}</figcaption>` : ''
  return `<figure class="rt-figure">${img}${figcaption}</figure>`
}

/** The text of a download link: its label, else the document's title, file name, or a default. */
export function downloadLabel(
  doc: DocumentDoc,
  label: string | null | undefined,
  locale: Locale,
): string {
  return (
    label?.trim() ||
    pickLocalised(doc.title, locale)?.trim() ||
    doc.filename?.trim() ||
    t(locale, 'download.heading')
  )
}

/** A link to a document with its type and size, as an upload node or a download block. */
export function renderDownload(
  doc: DocumentDoc,
  label: string | null | undefined,
  ctx: RenderContext,
): string {
  const text = escapeHtml(downloadLabel(doc, label, ctx.locale))
  const meta = formatFileMeta(doc, ctx.locale)
  const content = `${text}${meta ? ` <span class="rt-download__meta">(${escapeHtml(meta)})</span>` : ''}`
  const check = checkUrl(doc.url, { extraSchemes: [] })
  if (!check.safe) {
    ctx.warn(`Removed download link ${describeUrl(doc.url)} (${check.reason}): rendered as text`)
    return `<p class="rt-download">${content}</p>`
  }
  const mime =
    doc.mimeType && /^[\w.+-]+\/[\w.+-]+$/.test(doc.mimeType)
      ? ` type="${escapeAttribute(doc.mimeType)}"`
      : ''
  return `<p class="rt-download"><a href="${escapeAttribute(check.href)}"${mime}>${content}</a></p>`
}
