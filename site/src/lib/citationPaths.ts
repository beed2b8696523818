import type { Locale } from '@nlv/shared/locales'
import { homePath } from '@nlv/shared/urls'

export type CitationFormat = 'bib' | 'ris'

/** A publication's citation file: `/citations/{slug}.bib`, `/en/citations/{slug}.ris`. */
export function citationPath(slug: string, locale: Locale, format: CitationFormat): string {
  return `${homePath(locale)}citations/${slug}.${format}`
}
