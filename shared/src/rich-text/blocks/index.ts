/**
 * The domain blocks editors insert into rich text, one folder each: `schema.ts` (its fields
 * as the renderer receives them, validated; a block that does not fit is skipped with a
 * warning) and `render.ts` (its HTML and its plain text). The CMS's block configs
 * (`cms/src/blocks/<Block>/config.ts`) import their enumerations from here, and the CMS's
 * list of blocks is checked against {@link richTextBlockTypes}.
 *
 * To add a block: a folder here, its schema in {@link richTextBlockSchema}, its renderer in
 * `renderers`, and its Payload config in `cms/src/blocks/`.
 */
import { z } from 'zod'
import type { Locale } from '../../locales'
import type { RenderContext } from '../render-context'
import type { BlockRenderer } from './block-renderer'
import { calloutRenderer } from './callout/render'
import { calloutBlockSchema } from './callout/schema'
import { downloadRenderer } from './download/render'
import { downloadBlockSchema } from './download/schema'
import { figureRenderer } from './figure/render'
import { figureBlockSchema } from './figure/schema'
import { keyMessageRenderer } from './key-message/render'
import { keyMessageBlockSchema } from './key-message/schema'
import { referenceRenderer } from './reference/render'
import { referenceBlockSchema } from './reference/schema'

export { calloutTones, defaultCalloutTone, type CalloutTone } from './callout/schema'

/** Every block the renderer knows, told apart by `blockType`, in the editor's order. */
export const richTextBlockSchema = z.discriminatedUnion('blockType', [
  keyMessageBlockSchema,
  calloutBlockSchema,
  referenceBlockSchema,
  figureBlockSchema,
  downloadBlockSchema,
])
export type RichTextBlock = z.infer<typeof richTextBlockSchema>
export type RichTextBlockType = RichTextBlock['blockType']

/** The `blockType` of every block, in the editor's order. */
export const richTextBlockTypes: readonly RichTextBlockType[] = richTextBlockSchema.options.map(
  (schema) => schema.shape.blockType.value,
)

export const isRichTextBlockType = (value: unknown): value is RichTextBlockType =>
  richTextBlockTypes.includes(value as RichTextBlockType)

const renderers: {
  [T in RichTextBlockType]: BlockRenderer<Extract<RichTextBlock, { blockType: T }>>
} = {
  keyMessage: keyMessageRenderer,
  callout: calloutRenderer,
  reference: referenceRenderer,
  figure: figureRenderer,
  download: downloadRenderer,
}

const rendererOf = <T extends RichTextBlockType>(block: Extract<RichTextBlock, { blockType: T }>) =>
  renderers[block.blockType as T] as BlockRenderer<typeof block>

/** A valid block as HTML. */
export const blockHtml = (block: RichTextBlock, ctx: RenderContext): string =>
  rendererOf(block).html(block, ctx)

/** A valid block as text. */
export const blockPlainText = (block: RichTextBlock, locale: Locale): string =>
  rendererOf(block).plainText(block, locale)
