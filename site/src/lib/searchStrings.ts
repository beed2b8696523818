/**
 * UI strings of the search page that `shared/src/i18n/*.json` does not have yet.
 * TODO(#5): move these keys into shared/src/i18n/{fr,en}.json and use `t()` for them.
 */
import type { Locale } from '@nlv/shared/locales'

const strings = {
  'search.intro': {
    fr: 'Cherchez parmi les fiches, outils d’intervention, webinaires et publications. Les résultats s’affichent pendant que vous tapez.',
    en: 'Search the fact sheets, intervention tools, webinars and publications. Results appear as you type.',
  },
  'search.filters': { fr: 'Filtres et tri', en: 'Filters and order' },
  'search.facet.type': { fr: 'Type de contenu', en: 'Type of content' },
  'search.facet.theme': { fr: 'Thème', en: 'Theme' },
  'search.facet.public': { fr: 'Public', en: 'Audience' },
  'search.facet.periode': { fr: 'Période', en: 'Stage' },
  'search.facet.langue': { fr: 'Offert en', en: 'Available in' },
  'search.language.fr': { fr: 'français', en: 'French' },
  'search.language.en': { fr: 'anglais', en: 'English' },
  'search.sort': { fr: 'Trier par', en: 'Sort by' },
  'search.sort.relevance': { fr: 'Pertinence', en: 'Relevance' },
  'search.sort.date': {
    fr: 'Date de mise à jour, récents d’abord',
    en: 'Last update, newest first',
  },
  'search.filtered.one': {
    fr: '{count} contenu correspond aux filtres',
    en: '{count} item matches the filters',
  },
  'search.filtered.other': {
    fr: '{count} contenus correspondent aux filtres',
    en: '{count} items match the filters',
  },
  'search.prompt': {
    fr: 'Tapez un mot ou choisissez un filtre pour voir les contenus.',
    en: 'Type a word or choose a filter to see content.',
  },
  'search.noMatch': {
    fr: 'Aucun contenu ne correspond à ces filtres.',
    en: 'No content matches these filters.',
  },
  'search.help': {
    fr: 'Essayez un autre mot ou une forme plus courte, retirez un filtre, ou parcourez les thèmes ci-dessous.',
    en: 'Try another word or a shorter form, remove a filter, or browse the themes below.',
  },
  'search.removeFilter': { fr: 'Retirer le filtre {label}', en: 'Remove the filter {label}' },
  'search.more': { fr: 'Afficher plus de résultats', en: 'Show more results' },
  'search.passages': { fr: 'Passages de «\u00a0{title}\u00a0»', en: 'Passages in “{title}”' },
  'search.error': {
    fr: 'La recherche n’a pas pu se charger. Vérifiez la connexion et réessayez, ou parcourez les contenus par thème ci-dessous.',
    en: 'Search could not load. Check the connection and try again, or browse content by theme below.',
  },
  'search.noScript': {
    fr: 'Pour trouver un contenu sans JavaScript, parcourez-le par thème ou par type ci-dessous.',
    en: 'To find content without JavaScript, browse it by theme or by type below.',
  },
  'search.browse': { fr: 'Parcourir les contenus', en: 'Browse content' },
} as const satisfies Record<string, Record<Locale, string>>

export type SearchStringKey = keyof typeof strings

/** A search-page UI string. `{placeholders}` are left in place for the page's script. */
export function searchString(locale: Locale, key: SearchStringKey): string {
  return strings[key][locale]
}
