/**
 * The blocks of the rich-text editor, one folder each (`<Block>/config.ts`, its Payload
 * fields; the zod schema and the renderer sit in `@nlv/shared/rich-text/blocks`). This one
 * list serves the editor (`fields/richTextEditor.ts`); it has exactly the blocks
 * the shared renderer knows, in its order — a missing or extra block fails the typecheck.
 */
import type { Block } from 'payload'
import { richTextBlockTypes, type RichTextBlockType } from '@nlv/shared/rich-text/blocks'
import { Callout } from './Callout/config'
import { Download } from './Download/config'
import { Figure } from './Figure/config'
import { KeyMessage } from './KeyMessage/config'
import { Reference } from './Reference/config'

const byType: Record<RichTextBlockType, Block> = {
  keyMessage: KeyMessage,
  callout: Callout,
  reference: Reference,
  figure: Figure,
  download: Download,
}

export const richTextBlocks: Block[] = richTextBlockTypes.map((type) => {
  const block = byType[type]
  if (block.slug !== type) throw new Error(`Rich-text block "${type}" has the slug "${block.slug}"`)
  return block
})
