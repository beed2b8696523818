/**
 * Rich text (Lexical JSON as stored by @payloadcms/richtext-lexical) → safe HTML, and →
 * plain text for summaries, search and feeds.
 *
 * Safe means: every text and attribute is escaped, only http(s), mailto, tel and
 * same-site relative URLs are written (see `safe-url.ts`), and nothing the editor state
 * holds can add an element or attribute of its own. Input is treated as untrusted: an
 * unknown or malformed node is skipped with a warning, never rendered raw and never
 * thrown on, and nesting is cut at {@link maxRichTextDepth} levels.
 */
import { formatReference, formatReferenceHtml } from './citation'
import { formatFileMeta } from './file-meta'
import { escapeAttribute, escapeHtml } from './html-escape'
import { t } from './i18n'
import type { Locale } from './locales'
import {
  documentDocSchema,
  mediaDocSchema,
  pickLocalised,
  richTextBlockSchema,
  type DocumentDoc,
  type MediaDoc,
  type RichTextBlock,
} from './rich-text-blocks'
import { checkUrl, describeUrl, type UrlCheck } from './safe-url'
import { slugify } from './slug'
import type { RichText } from './snapshot'

export interface RenderOptions {
  locale: 'fr' | 'en'
  /** Resolve an internal link (Lexical link with linkType 'internal', doc {relationTo, value}) to a URL; return null to render plain text. */
  resolveInternalLink?: (doc: { relationTo: string; value: unknown }) => string | null
  /** Called for each skipped/unknown node or unsafe URL (the site turns these into build warnings). */
  onWarning?: (message: string) => void
  /** Heading levels are shifted so the body never contains an h1 (default: minimum level 2). */
  minHeadingLevel?: number
  /** The public site's URL: absolute links to its own host are not marked external. */
  siteUrl?: string
  /** The `sizes` attribute of images that get a `srcset` (default `100vw`). */
  imageSizes?: string
}

/** A heading of the rendered body, for a table of contents. */
export interface RichTextHeading {
  /** The level as rendered (after the shift). */
  level: number
  text: string
  /** The heading's `id` in the rendered HTML. */
  id: string
}

/** Class of the text that only screen readers announce; the site's CSS must define it. */
export const visuallyHiddenClass = 'sr-only'

/** Deeper nodes are dropped (with a warning): real content nests a dozen levels at most. */
export const maxRichTextDepth = 64

type LexicalNode = Record<string, unknown>

/** Where a node is being rendered: what its parent element may contain. */
type Flow = 'block' | 'inline' | 'listitem'

interface Context {
  options: RenderOptions
  locale: Locale
  warn: (message: string) => void
  minLevel: number
  headingShift: number
  inLink: boolean
  depthWarned: boolean
  headingIds: Set<string>
  headings: RichTextHeading[]
}

const blockNodeTypes = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'horizontalrule',
  'upload',
  'block',
])

const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const nodeType = (node: LexicalNode): string | null =>
  typeof node.type === 'string' ? node.type : null

function childrenOf(node: LexicalNode, warn?: (message: string) => void): unknown[] {
  if (Array.isArray(node.children)) return node.children
  if (node.children !== undefined && warn) {
    warn(`Rich-text "${String(node.type)}" node has children that are not a list: ignored`)
  }
  return []
}

const hiddenText = (text: string) =>
  `<span class="${visuallyHiddenClass}">${escapeHtml(text)}</span>`

/** A textarea's text: blank lines separate paragraphs, single newlines become `<br>`. */
function textToParagraphs(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => `<p>${textToInline(paragraph)}</p>`)
    .join('')
}

const textToInline = (text: string) => escapeHtml(text.trim()).replace(/\r?\n/g, '<br>')

// --- plain text (also gives headings their text and ids) ------------------------------

function plainInline(node: unknown, depth: number): string {
  if (depth > maxRichTextDepth || !isNode(node)) return ''
  switch (nodeType(node)) {
    case 'text':
      return typeof node.text === 'string' ? node.text : ''
    case 'linebreak':
      return '\n'
    case 'tab':
      return '\t'
    case 'link':
    case 'autolink':
      return childrenOf(node)
        .map((child) => plainInline(child, depth + 1))
        .join('')
    default:
      return ''
  }
}

function plainChildren(node: LexicalNode, depth: number): string {
  return childrenOf(node)
    .map((child) => plainInline(child, depth + 1))
    .join('')
}

function plainList(node: LexicalNode, depth: number, locale: Locale): string {
  return childrenOf(node)
    .map((item) => {
      if (depth + 1 > maxRichTextDepth || !isNode(item) || item.type !== 'listitem') return ''
      return childrenOf(item)
        .map((child) =>
          isNode(child) && child.type === 'list'
            ? `\n${plainList(child, depth + 2, locale)}`
            : plainInline(child, depth + 2),
        )
        .join('')
        .trim()
    })
    .filter(Boolean)
    .join('\n')
}

function plainBlock(node: unknown, depth: number, locale: Locale): string {
  if (depth > maxRichTextDepth || !isNode(node)) return ''
  switch (nodeType(node)) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return plainChildren(node, depth)
    case 'list':
      return plainList(node, depth, locale)
    case 'upload':
      return isNode(node.fields) && typeof node.fields.caption === 'string'
        ? node.fields.caption
        : ''
    case 'block': {
      const parsed = richTextBlockSchema.safeParse(node.fields)
      return parsed.success ? plainBlockFields(parsed.data, locale) : ''
    }
    default:
      return plainInline(node, depth)
  }
}

function plainBlockFields(block: RichTextBlock, locale: Locale): string {
  switch (block.blockType) {
    case 'keyMessage':
      return block.text
    case 'callout':
      return [block.title, block.text].filter(Boolean).join('\n')
    case 'reference':
      return formatReference(block, locale)
    case 'figure':
      return block.caption ?? ''
    case 'download':
      return typeof block.document === 'object'
        ? downloadLabel(block.document, block.label, locale)
        : (block.label ?? '')
  }
}

/**
 * The text of a rich-text body, for summaries, search and feeds: blocks separated by a
 * blank line, list items by a newline, formatting and links dropped. Never throws.
 */
export function richTextToPlainText(
  state: RichText | null | undefined,
  options: { locale?: Locale } = {},
): string {
  const root = isNode(state) && isNode(state.root) ? state.root : null
  if (!root) return ''
  return childrenOf(root)
    .map((child) => plainBlock(child, 1, options.locale ?? 'fr').trim())
    .filter(Boolean)
    .join('\n\n')
}

// --- HTML ----------------------------------------------------------------------------

function tooDeep(ctx: Context, depth: number): boolean {
  if (depth <= maxRichTextDepth) return false
  if (!ctx.depthWarned) {
    ctx.depthWarned = true
    ctx.warn(
      `Rich text nested deeper than ${maxRichTextDepth} levels: the deeper content was skipped`,
    )
  }
  return true
}

function renderChildren(node: LexicalNode, ctx: Context, depth: number, flow: Flow): string {
  return childrenOf(node, ctx.warn)
    .map((child) => renderNode(child, ctx, depth + 1, flow))
    .join('')
}

function renderNode(value: unknown, ctx: Context, depth: number, flow: Flow): string {
  if (tooDeep(ctx, depth)) return ''
  if (!isNode(value)) {
    ctx.warn(
      `Skipped a rich-text child that is not a node (${value === null ? 'null' : typeof value})`,
    )
    return ''
  }
  const type = nodeType(value)
  if (type === null) {
    ctx.warn('Skipped a rich-text node without a type')
    return ''
  }
  if (flow !== 'block' && blockNodeTypes.has(type) && !(flow === 'listitem' && type === 'list')) {
    ctx.warn(`Skipped a rich-text "${type}" node inside inline content`)
    return ''
  }
  switch (type) {
    case 'text':
      return renderText(value, ctx)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph': {
      const inner = renderChildren(value, ctx, depth, 'inline')
      return inner ? `<p>${inner}</p>` : ''
    }
    case 'heading':
      return renderHeading(value, ctx, depth)
    case 'quote': {
      const inner = renderChildren(value, ctx, depth, 'inline')
      return inner ? `<blockquote>${inner}</blockquote>` : ''
    }
    case 'list':
      return renderList(value, ctx, depth)
    case 'listitem':
      ctx.warn('Skipped a rich-text list item outside a list')
      return ''
    case 'link':
    case 'autolink':
      return renderLink(value, ctx, depth)
    case 'horizontalrule':
      return '<hr>'
    case 'upload':
      return renderUpload(value, ctx)
    case 'block':
      return renderBlock(value, ctx)
    default:
      ctx.warn(`Skipped unknown rich-text node type ${JSON.stringify(type)}`)
      return ''
  }
}

/** Format bits, outermost element first. Lexical: bold 1, italic 2, strikethrough 4, underline 8, code 16, subscript 32, superscript 64, highlight 128. */
const textFormats: ReadonlyArray<readonly [number, string]> = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
  [128, 'mark'],
  [32, 'sub'],
  [64, 'sup'],
  [16, 'code'],
]

function renderText(node: LexicalNode, ctx: Context): string {
  if (typeof node.text !== 'string') {
    ctx.warn('Skipped a rich-text text node whose text is not a string')
    return ''
  }
  if (node.text === '') return ''
  const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0
  let html = escapeHtml(node.text)
  for (const [bit, tag] of [...textFormats].reverse()) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function headingLevel(node: LexicalNode): number | null {
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  return match ? Number(match[1]) : null
}

function renderHeading(node: LexicalNode, ctx: Context, depth: number): string {
  let level = headingLevel(node)
  if (level === null) {
    ctx.warn(`Rich-text heading with tag ${JSON.stringify(node.tag)}: rendered as h${ctx.minLevel}`)
    level = ctx.minLevel
  }
  const rendered = Math.min(6, Math.max(ctx.minLevel, level + ctx.headingShift))
  const inner = renderChildren(node, ctx, depth, 'inline')
  if (!inner) return ''
  const text = plainChildren(node, depth).replace(/\s+/g, ' ').trim()
  const base = slugify(text) || 'section'
  let id = base
  for (let n = 2; ctx.headingIds.has(id); n += 1) id = `${base}-${n}`
  ctx.headingIds.add(id)
  ctx.headings.push({ level: rendered, text, id })
  return `<h${rendered} id="${escapeAttribute(id)}">${inner}</h${rendered}>`
}

function renderList(node: LexicalNode, ctx: Context, depth: number): string {
  let listType = node.listType
  if (listType !== 'bullet' && listType !== 'number' && listType !== 'check') {
    if (listType !== undefined)
      ctx.warn(
        `Rich-text list of unknown type ${JSON.stringify(listType)}: rendered as a bullet list`,
      )
    listType = node.tag === 'ol' ? 'number' : 'bullet'
  }
  const items: Array<{ content: string; checked: boolean | null }> = []
  for (const child of childrenOf(node, ctx.warn)) {
    if (tooDeep(ctx, depth + 1)) break
    if (!isNode(child) || child.type !== 'listitem') {
      ctx.warn(
        `Skipped a rich-text ${isNode(child) ? `"${String(child.type)}" node` : 'value'} directly inside a list`,
      )
      continue
    }
    const kids = childrenOf(child)
    const content = renderChildren(child, ctx, depth + 1, 'listitem')
    // Lexical stores a nested list as a list item of its own, after the item it belongs to.
    const nestedOnly = kids.length > 0 && kids.every((kid) => isNode(kid) && kid.type === 'list')
    const previous = items.at(-1)
    if (nestedOnly && previous) {
      previous.content += content
      continue
    }
    if (!content) continue
    items.push({
      content,
      checked: listType === 'check' && !nestedOnly ? child.checked === true : null,
    })
  }
  if (items.length === 0) return ''
  const lis = items
    .map(({ content, checked }) => {
      if (checked === null) return `<li>${content}</li>`
      const state = hiddenText(t(ctx.locale, checked ? 'richText.checked' : 'richText.unchecked'))
      return `<li class="rt-checklist__item" data-checked="${checked}">${state}${content}</li>`
    })
    .join('')
  if (listType === 'number') {
    const start = typeof node.start === 'number' && Number.isInteger(node.start) ? node.start : 1
    return `<ol${start === 1 ? '' : ` start="${start}"`}>${lis}</ol>`
  }
  return listType === 'check' ? `<ul class="rt-checklist">${lis}</ul>` : `<ul>${lis}</ul>`
}

/** An anchor around already-rendered content, marked when external or opening a new tab. */
function anchor(
  check: Extract<UrlCheck, { safe: true }>,
  content: string,
  newTab: boolean,
  ctx: Context,
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

function renderLink(node: LexicalNode, ctx: Context, depth: number): string {
  if (ctx.inLink) {
    ctx.warn('Rich-text link inside another link: rendered as text')
    return renderChildren(node, ctx, depth, 'inline')
  }
  ctx.inLink = true
  const content = renderChildren(node, ctx, depth, 'inline')
  ctx.inLink = false
  if (!content) {
    ctx.warn('Skipped a rich-text link without text')
    return ''
  }
  const fields = isNode(node.fields) ? node.fields : {}
  let url: unknown
  if (fields.linkType === 'internal') {
    const doc = fields.doc
    if (!isNode(doc) || typeof doc.relationTo !== 'string') {
      ctx.warn('Rich-text internal link without a target document: rendered as text')
      return content
    }
    if (!ctx.options.resolveInternalLink) {
      ctx.warn(
        `Rich-text internal link to "${doc.relationTo}" rendered as text: no resolveInternalLink given`,
      )
      return content
    }
    url = ctx.options.resolveInternalLink({ relationTo: doc.relationTo, value: doc.value })
    if (url === null) return content
  } else {
    // Payload keeps the URL in `fields`; plain Lexical link nodes keep it on the node.
    url = fields.url ?? node.url
  }
  const check = checkUrl(url, { siteUrl: ctx.options.siteUrl })
  if (!check.safe) {
    ctx.warn(`Removed rich-text link ${describeUrl(url)} (${check.reason}): rendered as text`)
    return content
  }
  return anchor(check, content, fields.newTab === true, ctx)
}

function imageSources(media: MediaDoc, ctx: Context): string {
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

function renderImage(media: MediaDoc, ctx: Context): string | null {
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

function renderFigure(media: MediaDoc, caption: string | null | undefined, ctx: Context): string {
  const img = renderImage(media, ctx)
  if (img === null) return ''
  const figcaption = caption?.trim() ? `<figcaption>${textToInline(caption)}</figcaption>` : ''
  return `<figure class="rt-figure">${img}${figcaption}</figure>`
}

function downloadLabel(doc: DocumentDoc, label: string | null | undefined, locale: Locale): string {
  return (
    label?.trim() ||
    pickLocalised(doc.title, locale)?.trim() ||
    doc.filename?.trim() ||
    t(locale, 'download.heading')
  )
}

function renderDownload(doc: DocumentDoc, label: string | null | undefined, ctx: Context): string {
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

function renderUpload(node: LexicalNode, ctx: Context): string {
  const relationTo = node.relationTo
  const value = node.value
  if (relationTo !== 'media' && relationTo !== 'documents') {
    ctx.warn(`Skipped a rich-text upload from ${JSON.stringify(relationTo)}`)
    return ''
  }
  if (typeof value === 'string' || typeof value === 'number') {
    ctx.warn(
      `Skipped a rich-text upload of ${relationTo} ${JSON.stringify(value)} that is not populated (read it with depth ≥ 1)`,
    )
    return ''
  }
  const fields = isNode(node.fields) ? node.fields : {}
  if (relationTo === 'media') {
    const media = mediaDocSchema.safeParse(value)
    if (!media.success) {
      ctx.warn('Skipped a rich-text image upload whose document has no URL')
      return ''
    }
    return renderFigure(media.data, typeof fields.caption === 'string' ? fields.caption : null, ctx)
  }
  const doc = documentDocSchema.safeParse(value)
  if (!doc.success) {
    ctx.warn('Skipped a rich-text document upload whose document has no URL')
    return ''
  }
  return renderDownload(doc.data, typeof fields.label === 'string' ? fields.label : null, ctx)
}

function renderBlock(node: LexicalNode, ctx: Context): string {
  const fields = isNode(node.fields) ? node.fields : {}
  const blockType = fields.blockType
  const known = richTextBlockSchema.options.some(
    (schema) => schema.shape.blockType.value === blockType,
  )
  if (!known) {
    ctx.warn(`Skipped unknown rich-text block ${JSON.stringify(blockType)}`)
    return ''
  }
  const parsed = richTextBlockSchema.safeParse(fields)
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(fields)'}: ${issue.message}`,
    )
    ctx.warn(
      `Skipped a rich-text "${String(blockType)}" block with invalid fields (${issues.join('; ')})`,
    )
    return ''
  }
  const block = parsed.data
  switch (block.blockType) {
    case 'keyMessage':
      return (
        `<aside class="rt-key-message" role="note" aria-label="${escapeAttribute(t(ctx.locale, 'richText.keyMessage'))}">` +
        `${textToParagraphs(block.text)}</aside>`
      )
    case 'callout': {
      const tone = block.tone ?? 'info'
      const title = block.title?.trim()
        ? `<p class="rt-callout__title"><strong>${textToInline(block.title)}</strong></p>`
        : ''
      return `<aside class="rt-callout rt-callout--${tone}" role="note">${title}${textToParagraphs(block.text)}</aside>`
    }
    case 'reference': {
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
    }
    case 'figure':
      if (typeof block.image !== 'object') {
        ctx.warn(
          `Skipped a figure whose image ${JSON.stringify(block.image)} is not populated (read it with depth ≥ 1)`,
        )
        return ''
      }
      return renderFigure(block.image, block.caption, ctx)
    case 'download':
      if (typeof block.document !== 'object') {
        ctx.warn(
          `Skipped a download whose document ${JSON.stringify(block.document)} is not populated (read it with depth ≥ 1)`,
        )
        return ''
      }
      return renderDownload(block.document, block.label, ctx)
  }
}

/** Smallest heading level used in the body, found without recursion. */
function smallestHeadingLevel(root: LexicalNode): number | null {
  let smallest: number | null = null
  const stack: Array<[unknown, number]> = childrenOf(root).map((child) => [child, 1])
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number]
    if (!isNode(node) || depth > maxRichTextDepth) continue
    if (node.type === 'heading') {
      const level = headingLevel(node)
      if (level !== null && (smallest === null || level < smallest)) smallest = level
    }
    for (const child of childrenOf(node)) stack.push([child, depth + 1])
  }
  return smallest
}

function createContext(
  root: LexicalNode,
  options: RenderOptions,
  warn: (m: string) => void,
): Context {
  const requested = options.minHeadingLevel ?? 2
  const minLevel = Number.isInteger(requested) ? Math.min(6, Math.max(1, requested)) : 2
  const smallest = smallestHeadingLevel(root)
  return {
    options,
    locale: options.locale === 'en' ? 'en' : 'fr',
    warn,
    minLevel,
    // Shift the whole outline, keeping its hierarchy: h1/h2/h3 → h2/h3/h4; h2/h3 stay.
    headingShift: smallest === null ? 0 : Math.max(0, minLevel - smallest),
    inLink: false,
    depthWarned: false,
    headingIds: new Set(),
    headings: [],
  }
}

function render(
  state: RichText | null | undefined,
  options: RenderOptions,
  warn: (message: string) => void,
): { html: string; headings: RichTextHeading[] } {
  if (state === null || state === undefined) return { html: '', headings: [] }
  if (!isNode(state) || !isNode(state.root)) {
    warn(
      'Rich text is not a Lexical editor state ({ root: { children: [...] } }): nothing rendered',
    )
    return { html: '', headings: [] }
  }
  const ctx = createContext(state.root, options, warn)
  const html = renderChildren(state.root, ctx, 0, 'block')
  return { html, headings: ctx.headings }
}

/**
 * Renders a rich-text body to safe HTML. Headings get ids (from their text, deduplicated)
 * and are shifted so that none is above `minHeadingLevel`. Never throws on bad input;
 * each node it drops or changes is reported to `onWarning`.
 */
export function renderRichText(state: RichText | null | undefined, options: RenderOptions): string {
  return render(state, options, options.onWarning ?? (() => {})).html
}

/** The headings of a body as {@link renderRichText} renders them (same levels and ids). */
export function extractHeadings(
  state: RichText | null | undefined,
  options: RenderOptions,
): RichTextHeading[] {
  return render(state, options, () => {}).headings
}
