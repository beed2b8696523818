/**
 * Writing the article's markup by hand, safely. Every text goes through {@link text} and
 * every attribute through {@link attributes}, which escape exactly as Astro escapes template
 * expressions: the site's pages stay what its `.astro` templates rendered, byte for byte,
 * now that these functions write the article for both the site and the CMS preview.
 *
 * Markup that is already safe HTML (the rich-text renderer's, the citation formatter's) is
 * concatenated as is; nothing else is.
 */

const textEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  "'": '&#39;',
  '"': '&quot;',
}

/** Text content: `& < > ' "` escaped (as Astro's `{expression}`). */
export function text(value: string | number): string {
  return String(value).replace(/[&<>'"]/g, (c) => textEntities[c] ?? c)
}

const isHttpUrl = (value: string) => /^https?:\/\/[^\s]/i.test(value)

const attributeEntities: Record<string, string> = {
  '"': '&#34;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
}

/**
 * An attribute value, written between double quotes: `&` and `"` escaped as Astro writes
 * them (`&#38;`, `&#34;`), and `'`, `<`, `>` too, so that the value stays inert even for a
 * tool that scans the markup for tags or quotes. An http(s) URL keeps its bare `&`
 * (`?v=x&t=245s`), as Astro writes it.
 */
export function attributeValue(value: string | number): string {
  const raw = String(value)
  const ampersands = isHttpUrl(raw) ? raw : raw.replace(/&/g, '&#38;')
  return ampersands.replace(/["'<>]/g, (c) => attributeEntities[c] ?? c)
}

export type AttributeValue = string | number | boolean | null | undefined

/**
 * ` name="value"` for each attribute, in order. `true` and `''` write the bare name
 * (`hidden`, `data-pagefind-ignore`); `false`, `null` and `undefined` leave it out.
 */
export function attributes(attrs: Record<string, AttributeValue>): string {
  let out = ''
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`Invalid attribute name "${name}"`)
    out += value === true || value === '' ? ` ${name}` : ` ${name}="${attributeValue(value)}"`
  }
  return out
}

/** `<svg …><path …></path></svg>`: the decorative icons of the article (hidden from assistive tech). */
export function icon(size: number, path: string, spaced = false): string {
  const gap = spaced ? ' ' : ''
  return (
    `<svg viewBox="0 0 24 24" width="${size}" height="${size}" aria-hidden="true">` +
    `${gap}<path fill="currentColor" d="${attributeValue(path)}"></path>${gap}</svg>`
  )
}
