import { renderFigure } from '../../media'
import type { BlockRenderer } from '../block-renderer'
import type { FigureBlock } from './schema'

export const figureRenderer: BlockRenderer<FigureBlock> = {
  html(block, ctx) {
    if (typeof block.image !== 'object') {
      ctx.warn(
        `Skipped a figure whose image ${JSON.stringify(block.image)} is not populated (read it with depth ≥ 1)`,
      )
      return ''
    }
    return renderFigure(block.image, block.caption, ctx)
  },
  plainText: (block) => block.caption ?? '',
}
