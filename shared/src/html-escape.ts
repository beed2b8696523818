/**
 * The two HTML escapers every renderer in `shared` uses (from the `entities` package).
 */

/** Text content: `&`, `<`, `>` (and no-break spaces), as the HTML serialisation algorithm does. */
export { escapeText as escapeHtml } from 'entities'

/**
 * An attribute value, always written between double quotes. All of `& < > " '` are escaped
 * (more than the spec needs) so that the value stays inert even for a tool that scans the
 * markup for `<` or quotes.
 */
export { escapeUTF8 as escapeAttribute } from 'entities'
