/** Rich text → plain text, for summaries, search and feeds (also gives headings their text). */
import type { Locale } from '../locales'
import type { RichText } from '../snapshot'
import { blockPlainText, richTextBlockSchema } from './blocks'
import { childrenOf, isNode, maxRichTextDepth, nodeType, type LexicalNode } from './nodes'

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

/** The text of a node's inline children (a paragraph's, a heading's). */
export function plainChildren(node: LexicalNode, depth: number): string {
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
      return parsed.success ? blockPlainText(parsed.data, locale) : ''
    }
    default:
      return plainInline(node, depth)
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
