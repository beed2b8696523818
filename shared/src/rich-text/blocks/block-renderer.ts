import type { Locale } from '../../locales'
import type { RenderContext } from '../render-context'

/** How one kind of block is written out: as HTML for pages, as text for search and feeds. */
export interface BlockRenderer<Block> {
  html(block: Block, ctx: RenderContext): string
  plainText(block: Block, locale: Locale): string
}
