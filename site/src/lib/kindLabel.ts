import { t } from '@nlv/shared/i18n'
import type { Locale } from '@nlv/shared/locales'
import type { SnapshotItem } from '@nlv/shared/snapshot'

/** The finer kind of a tool or a publication (« Grille d'évaluation », « Rapport PPNE »). */
export function kindLabel(item: SnapshotItem, locale: Locale): string | undefined {
  if (item.type === 'intervention-tools') return t(locale, `toolKind.${item.toolKind}`)
  if (item.type === 'publications') return t(locale, `publicationKind.${item.publicationKind}`)
  return undefined
}
