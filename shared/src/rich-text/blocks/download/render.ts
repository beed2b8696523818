import { downloadLabel, renderDownload } from '../../media'
import type { BlockRenderer } from '../block-renderer'
import type { DownloadBlock } from './schema'

export const downloadRenderer: BlockRenderer<DownloadBlock> = {
  html(block, ctx) {
    if (typeof block.document !== 'object') {
      ctx.warn(
        `Skipped a download whose document ${JSON.stringify(block.document)} is not populated (read it with depth ≥ 1)`,
      )
      return ''
    }
    return renderDownload(block.document, block.label, ctx)
  },
  plainText: (block, locale) =>
    typeof block.document === 'object'
      ? downloadLabel(block.document, block.label, locale)
      : (block.label ?? ''),
}
