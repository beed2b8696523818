/**
 * The main article of an item page, for any content type: what the public site shows
 * inside its layout, and what the CMS preview shows of a draft or a version. Framework-free
 * HTML strings from a snapshot item, a locale and {@link ArticleOptions}.
 */
import type { Locale } from '../locales'
import type { SnapshotItem } from '../snapshot'
import { factSheetArticleHtml } from './fact-sheet'
import { interventionToolArticleHtml } from './intervention-tool'
import type { ArticleOptions } from './options'
import { publicationArticleHtml } from './publication'
import { webinarArticleHtml } from './webinar'

export type { ArticleOptions } from './options'

/** `<article class="item">…</article>` of `item` in `locale` (which the item must be written in). */
export function itemArticleHtml(
  item: SnapshotItem,
  locale: Locale,
  options: ArticleOptions,
): string {
  switch (item.type) {
    case 'fact-sheets':
      return factSheetArticleHtml(item, locale, options)
    case 'intervention-tools':
      return interventionToolArticleHtml(item, locale, options)
    case 'webinars':
      return webinarArticleHtml(item, locale, options)
    case 'publications':
      return publicationArticleHtml(item, locale, options)
  }
}
