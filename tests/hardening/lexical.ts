/** Lexical editor state, built node by node, as the admin's editor stores it. */
let blockIds = 0

export const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
})

const element = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  type,
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  children,
  ...extra,
})

export const paragraph = (...children: unknown[]) =>
  element('paragraph', children, { textFormat: 0 })
export const heading = (tag: 'h2' | 'h3', value: string) =>
  element('heading', [text(value)], { tag })
export const bulletList = (...items: string[]) =>
  element(
    'list',
    items.map((item, i) => element('listitem', [text(item)], { value: i + 1 })),
    { listType: 'bullet', tag: 'ul', start: 1 },
  )
export const link = (url: string, label: string) =>
  element('link', [text(label)], { version: 3, fields: { linkType: 'custom', url, newTab: false } })

/** A block of the rich-text editor (`cms/src/blocks/`). */
export const block = (blockType: string, fields: Record<string, unknown>) => ({
  type: 'block',
  version: 2,
  format: '',
  fields: { id: (++blockIds).toString(16).padStart(24, '0'), blockName: '', blockType, ...fields },
})

export const richText = (...children: unknown[]) => ({ root: element('root', children) })
