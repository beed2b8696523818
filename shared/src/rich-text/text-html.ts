/** Plain strings of the editor state (textareas of blocks, captions) as HTML. */
import { escapeHtml } from '../html-escape'

/** Class of the text that only screen readers announce; the site's CSS must define it. */
export const visuallyHiddenClass = 'sr-only'

export const hiddenText = (text: string) =>
  `<span class="${visuallyHiddenClass}">${escapeHtml(text)}</span>`

/** A single line of text: escaped, its newlines as `<br>`. */
export const textToInline = (text: string) => escapeHtml(text.trim()).replace(/\r?\n/g, '<br>')

/** A textarea's text: blank lines separate paragraphs, single newlines become `<br>`. */
export function textToParagraphs(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => `<p>${textToInline(paragraph)}</p>`)
    .join('')
}
