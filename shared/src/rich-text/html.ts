/**
 * Rich text (Lexical JSON as stored by @payloadcms/richtext-lexical) → safe HTML.
 *
 * Safe means: every text and attribute is escaped, only http(s), mailto, tel and
 * same-site relative URLs are written (see `safe-url.ts`), and nothing the editor state
 * holds can add an element or attribute of its own. Input is treated as untrusted: an
 * unknown or malformed node is skipped with a warning, never rendered raw and never
 * thrown on, and nesting is cut at {@link maxRichTextDepth} levels.
 */
import { escapeAttribute, escapeHtml } from '../html-escape'
import { t } from '../i18n'
import { checkUrl, describeUrl } from '../safe-url'
import { slugify } from '../slug'
import type { RichText } from '../snapshot'
import { anchor } from './anchor'
import { blockHtml, isRichTextBlockType, richTextBlockSchema } from './blocks'
import { documentDocSchema, mediaDocSchema, renderDownload, renderFigure } from './media'
import { childrenOf, isNode, maxRichTextDepth, nodeType, type LexicalNode } from './nodes'
import { plainChildren } from './plain-text'
import type { RenderContext, RenderOptions, RichTextHeading } from './render-context'
import { hiddenText } from './text-html'

/** Where a node is being rendered: what its parent element may contain. */
type Flow = 'block' | 'inline' | 'listitem'

const blockNodeTypes = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'horizontalrule',
  'upload',
  'block',
])

function tooDeep(ctx: RenderContext, depth: number): boolean {
  if (depth <= maxRichTextDepth) return false
  if (!ctx.depthWarned) {
    ctx.depthWarned = true
    ctx.warn(
      `Rich text nested deeper than ${maxRichTextDepth} levels: the deeper content was skipped`,
    )
  }
  return true
}

function renderChildren(node: LexicalNode, ctx: RenderContext, depth: number, flow: Flow): string {
  return childrenOf(node, ctx.warn)
    .map((child) => renderNode(child, ctx, depth + 1, flow))
    .join('')
}

function renderNode(value: unknown, ctx: RenderContext, depth: number, flow: Flow): string {
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

function renderText(node: LexicalNode, ctx: RenderContext): string {
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

function renderHeading(node: LexicalNode, ctx: RenderContext, depth: number): string {
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

function renderList(node: LexicalNode, ctx: RenderContext, depth: number): string {
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

function renderLink(node: LexicalNode, ctx: RenderContext, depth: number): string {
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

function renderUpload(node: LexicalNode, ctx: RenderContext): string {
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

function renderBlock(node: LexicalNode, ctx: RenderContext): string {
  const fields = isNode(node.fields) ? node.fields : {}
  const blockType = fields.blockType
  if (!isRichTextBlockType(blockType)) {
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
  return blockHtml(parsed.data, ctx)
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
): RenderContext {
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
    // The page's own ids (main content, title, history, …): a body heading « Contenu » must
    // not take the id of `<main id="contenu">` (duplicate ids break the skip link).
    headingIds: new Set(pageIds),
    headings: [],
  }
}

/** Ids the page shell and the article frame use; body headings get another (`contenu-2`). */
export const pageIds = [
  'contenu',
  'titre',
  'resume',
  'a-retenir',
  'sur-cette-page',
  'a-quoi-sert',
  'comment-utiliser',
  'conferencieres',
  'chapitres',
  'transcription',
  'references',
  'comment-citer',
  'apa',
  'apa-hint',
  'historique',
  'contenus-lies',
  'themes',
] as const

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
