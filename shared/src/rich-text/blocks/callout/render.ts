import { textToInline, textToParagraphs } from '../../text-html'
import type { BlockRenderer } from '../block-renderer'
import { defaultCalloutTone, type CalloutBlock } from './schema'

export const calloutRenderer: BlockRenderer<CalloutBlock> = {
  html(block) {
    const tone = block.tone ?? defaultCalloutTone
    const title = block.title?.trim()
      ? `<p class="rt-callout__title"><strong>${textToInline(block.title)}</strong></p>`
      : ''
    return `<aside class="rt-callout rt-callout--${tone}" role="note">${title}${textToParagraphs(block.text)}</aside>`
  },
  plainText: (block) => [block.title, block.text].filter(Boolean).join('\n'),
}
