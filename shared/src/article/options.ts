/**
 * What the article renderers need besides the item and the locale: where the site and the
 * CMS are, how internal links resolve, where warnings go. The site passes its build
 * environment and its catalog; the CMS preview passes its own URL and the database.
 */
import type { RenderOptions } from '../rich-text'

export interface ArticleOptions {
  /**
   * The public site's URL (`https://nourrirlavie.ca`): the citation's link, and absolute
   * links to this host are not marked external.
   */
  siteUrl: string
  /** The CMS's public URL, prefixed to upload paths (`/api/media/file/x.webp`). */
  cmsUrl: string
  /**
   * The URL of an internal rich-text link's target (`/fiches/x/`); null writes the link's
   * text alone. Without it, internal links are written as text (with a warning).
   */
  resolveInternalLink?: RenderOptions['resolveInternalLink']
  /**
   * How a site path (`/citations/x.bib`) is written in a link. Default: as is, for the site;
   * the CMS preview, served from another host, makes it absolute.
   */
  sitePath?: (path: string) => string
  /**
   * Called for each rich-text node skipped or URL refused, with the field it was in
   * (`locales.fr.body`). Never throws: a bad node is a warning, not a broken page.
   */
  onWarning?: (message: string, field: string) => void
}
