/**
 * Rich text (Lexical JSON as stored by @payloadcms/richtext-lexical) → safe HTML
 * (`html.ts`), and → plain text for summaries, search and feeds (`plain-text.ts`). Images
 * and documents are in `media.ts`, the domain blocks in `blocks/` (one folder each).
 */
export { extractHeadings, renderRichText } from './html'
export { maxRichTextDepth } from './nodes'
export { richTextToPlainText } from './plain-text'
export type { RenderOptions, RichTextHeading } from './render-context'
export { visuallyHiddenClass } from './text-html'
