import type { Locale } from '@nlv/shared/locales'
import { homePath } from '@nlv/shared/urls'

/** The RSS feed of a language: `/rss.xml`, `/en/rss.xml`. */
export function feedPath(locale: Locale): string {
  return `${homePath(locale)}rss.xml`
}
