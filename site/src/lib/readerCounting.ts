/**
 * Readers per item, counted without JavaScript (insights in the CMS, README « Lecteurs par
 * contenu »): a content page carries a 1×1 image whose request counts a view, and its file
 * links a `ping` attribute, which the browser sends as a small POST when the link is followed.
 * Both name only the item (type and id); they go to the CMS with no cookie and no referrer.
 * Nothing is added when the site is built without NLV_INSIGHTS_URL.
 */
import type { ContentType } from '@nlv/shared/content-types'

const item = (type: ContentType, id: string) => new URLSearchParams({ c: type, id }).toString()

export const viewUrl = (base: string, type: ContentType, id: string) =>
  `${base}/view?${item(type, id)}`

export const downloadPingUrl = (base: string, type: ContentType, id: string) =>
  `${base}/download?${item(type, id)}`

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/**
 * `ping` on the article's file links: the links with a `type` attribute (the downloads list
 * and the publication's file, `@nlv/shared/article`), whatever their address.
 */
export function withDownloadPings(html: string, pingUrl: string): string {
  return html.replace(/<a\b([^>]*)>/g, (tag, attrs: string) =>
    /\stype="[^"]+"/.test(attrs) && /\shref="/.test(attrs) && !/\sping=/.test(attrs)
      ? `<a${attrs} ping="${escapeAttr(pingUrl)}" referrerpolicy="no-referrer">`
      : tag,
  )
}
