/** Reading Lexical nodes that may be anything: the editor state is untrusted input. */

/** Deeper nodes are dropped (with a warning): real content nests a dozen levels at most. */
export const maxRichTextDepth = 64

export type LexicalNode = Record<string, unknown>

export const isNode = (value: unknown): value is LexicalNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const nodeType = (node: LexicalNode): string | null =>
  typeof node.type === 'string' ? node.type : null

/** A node's children; anything but a list is none (reported to `warn` when given). */
export function childrenOf(node: LexicalNode, warn?: (message: string) => void): unknown[] {
  if (Array.isArray(node.children)) return node.children
  if (node.children !== undefined && warn) {
    warn(`Rich-text "${String(node.type)}" node has children that are not a list: ignored`)
  }
  return []
}
