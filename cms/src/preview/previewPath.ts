import type { ContentType } from '@nlv/shared/content-types'
import { defaultLocale, locales, type Locale } from '@nlv/shared/locales'

export interface PreviewTarget {
  /** Language of the preview; French by default. */
  locale?: string | null
  /** A version of the `versions` collection (`_fact-sheets_v`) instead of the latest draft. */
  version?: string | number | null
}

/** `/preview/{collection}/{id}?locale=fr[&version=…]`: the preview route of a document. */
export function previewPath(
  collection: ContentType,
  id: string | number,
  { locale, version }: PreviewTarget = {},
): string {
  const lang: Locale = locales.includes(locale as Locale) ? (locale as Locale) : defaultLocale
  const query = new URLSearchParams({ locale: lang })
  if (version !== undefined && version !== null && version !== '')
    query.set('version', String(version))
  return `/preview/${encodeURIComponent(collection)}/${encodeURIComponent(String(id))}?${query}`
}
