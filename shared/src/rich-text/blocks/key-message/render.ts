import { escapeAttribute } from '../../../html-escape'
import { t } from '../../../i18n'
import { textToParagraphs } from '../../text-html'
import type { BlockRenderer } from '../block-renderer'
import type { KeyMessageBlock } from './schema'

export const keyMessageRenderer: BlockRenderer<KeyMessageBlock> = {
  html: (block, ctx) =>
    `<aside class="rt-key-message" role="note" aria-label="${escapeAttribute(t(ctx.locale, 'richText.keyMessage'))}">` +
    `${textToParagraphs(block.text)}</aside>`,
  plainText: (block) => block.text,
}
