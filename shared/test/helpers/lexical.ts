/**
 * Builders for Lexical editor states in the shape @payloadcms/richtext-lexical stores them
 * (versions, direction, format and indent included, block ids like Payload's), so that test
 * content, fixtures and generated benchmark snapshots read like the content they stand for.
 * The one builder of the workspace: `@nlv/shared/test/lexical`.
 *
 * Content arguments take nodes or strings (a string is a plain text node). Hostile tests pass
 * anything as a child: the builders never check what they are given.
 */
import type { CalloutTone } from '../../src/rich-text/blocks'
import type { RichText } from '../../src/snapshot'

export type LexicalNode = Record<string, unknown>
type Content = Array<LexicalNode | string | unknown>

export const text = (value: string, format = 0): LexicalNode => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})
export const bold = (value: string): LexicalNode => text(value, 1)
export const italic = (value: string): LexicalNode => text(value, 2)

const inline = (content: Content): unknown[] =>
  content.map((c) => (typeof c === 'string' ? text(c) : c))

const element = (type: string, children: unknown[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

export const paragraph = (...content: Content): LexicalNode =>
  element('paragraph', inline(content), { textFormat: 0 })
export const heading = (tag: string, ...content: Content): LexicalNode =>
  element('heading', inline(content), { tag })
export const quote = (...content: Content): LexicalNode => element('quote', inline(content))
export const linebreak = (): LexicalNode => ({ type: 'linebreak', version: 1 })
export const tab = (): LexicalNode => ({ ...text('\t'), type: 'tab' })
export const hr = (): LexicalNode => ({ type: 'horizontalrule', version: 1 })

/** A list of any items (`listItem` nodes, or anything a hostile test wants inside). */
export const list = (
  listType: 'bullet' | 'number' | 'check',
  items: unknown[],
  start = 1,
): LexicalNode =>
  element('list', items, { listType, start, tag: listType === 'number' ? 'ol' : 'ul' })
export const listItem = (children: unknown[], extra: LexicalNode = {}): LexicalNode =>
  element('listitem', children, { value: 1, ...extra })

/** A bullet list; an item is a text or the content of one item. */
export const bulletList = (...items: Array<Content | string>): LexicalNode =>
  list(
    'bullet',
    items.map((item, i) => listItem(inline(Array.isArray(item) ? item : [item]), { value: i + 1 })),
  )
export const numberedList = (...items: string[]): LexicalNode =>
  list(
    'number',
    items.map((item, i) => listItem([text(item)], { value: i + 1 })),
  )
export const checklist = (...items: Array<[label: string, checked: boolean]>): LexicalNode =>
  list(
    'check',
    items.map(([label, checked], i) => listItem([text(label)], { value: i + 1, checked })),
  )

/**
 * A link: `link(url, label, newTab?)`, or `link(fields, ...content)` with any link fields
 * (`linkType` defaults to `custom`, `newTab` to false).
 */
export function link(url: string, label: string, newTab?: boolean): LexicalNode
export function link(fields: LexicalNode, ...content: Content): LexicalNode
export function link(first: string | LexicalNode, ...rest: unknown[]): LexicalNode {
  if (typeof first === 'string') {
    const [label, newTab = false] = rest as [string, boolean | undefined]
    return element('link', [text(label)], {
      version: 3,
      fields: { linkType: 'custom', url: first, newTab },
    })
  }
  return element('link', inline(rest), {
    version: 3,
    fields: { linkType: 'custom', newTab: false, ...first },
  })
}
export const internalLink = (relationTo: string, id: string, label: string): LexicalNode =>
  element('link', [text(label)], {
    version: 3,
    fields: { linkType: 'internal', newTab: false, doc: { relationTo, value: id } },
  })

let blockIds = 0

/**
 * A block of the rich-text editor: `block(blockType, fields)`, or `block(fields)` with the
 * fields exactly as given (a hostile test may leave out `blockType`). Each gets its own id.
 */
export function block(blockType: string, fields?: LexicalNode): LexicalNode
export function block(fields: LexicalNode): LexicalNode
export function block(first: string | LexicalNode, fields: LexicalNode = {}): LexicalNode {
  const given = typeof first === 'string' ? { blockType: first, ...fields } : first
  return {
    type: 'block',
    version: 2,
    format: '',
    fields: { id: (++blockIds).toString(16).padStart(24, '0'), blockName: '', ...given },
  }
}

export const keyMessage = (message: string): LexicalNode => block('keyMessage', { text: message })
export const callout = (tone: CalloutTone, title: string, body: string): LexicalNode =>
  block('callout', { tone, title, text: body })
export const reference = (ref: {
  authors: string
  title: string
  source?: string
  year?: number
  url?: string
  doi?: string
}): LexicalNode => block('reference', ref)
export const figure = (image: unknown, caption?: string): LexicalNode =>
  block('figure', { image, ...(caption ? { caption } : {}) })
export const download = (document: unknown, label?: string): LexicalNode =>
  block('download', { document, ...(label ? { label } : {}) })

export const upload = (
  relationTo: string,
  value: unknown,
  fields: LexicalNode = {},
): LexicalNode => ({
  type: 'upload',
  relationTo,
  value,
  fields,
  format: '',
  version: 3,
})

export const root = (...children: unknown[]): RichText =>
  ({
    root: { type: 'root', children, direction: 'ltr', format: '', indent: 0, version: 1 },
  }) as RichText
