import { t } from './i18n'
import type { Locale } from './locales'
import type { SnapshotItem } from './snapshot'

/** The finer kind of a tool or a publication (« Grille d'évaluation », « Rapport PPNE »). */
export function kindLabel(item: SnapshotItem, locale: Locale): string | undefined {
  if (item.type === 'intervention-tools') return t(locale, `toolKind.${item.toolKind}`)
  if (item.type === 'publications') return t(locale, `publicationKind.${item.publicationKind}`)
  return undefined
}
