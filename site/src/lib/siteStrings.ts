/**
 * UI strings the site needs that `shared/src/i18n/*.json` does not have yet.
 * TODO(#4): move these keys into shared/src/i18n/{fr,en}.json and use `t()` for them.
 */
import type { Locale } from '@nlv/shared/locales'

const strings = {
  'item.print': { fr: 'Imprimer', en: 'Print' },
  'item.printSource': { fr: 'Source : {url}', en: 'Source: {url}' },
  'webinar.watchOn': { fr: 'Regarder sur {provider}', en: 'Watch on {provider}' },
  'webinar.noRequest': {
    fr: 'Aucune connexion à {provider} n’est faite avant que vous cliquiez.',
    en: 'Nothing is requested from {provider} until you click.',
  },
  'citation.selectHint': {
    fr: 'Touchez ou cliquez la référence pour la sélectionner en entier.',
    en: 'Tap or click the citation to select all of it.',
  },
  'publication.length': { fr: 'Nombre de pages', en: 'Length' },
  'home.byType': { fr: 'Par type de contenu', en: 'By type of content' },
  'accessibility.title': { fr: 'Déclaration d’accessibilité', en: 'Accessibility statement' },
  'feed.title': { fr: 'Nouveautés', en: 'What’s new' },
  'feed.link': { fr: 'Fil RSS des nouveautés', en: 'RSS feed of new content' },
  'list.sortedByTitle': { fr: 'Classés par ordre alphabétique.', en: 'Sorted alphabetically.' },
} as const satisfies Record<string, Record<Locale, string>>

export type SiteStringKey = keyof typeof strings

/** A site-only UI string, with `{name}` placeholders replaced. */
export function siteString(
  locale: Locale,
  key: SiteStringKey,
  params: Record<string, string | number> = {},
): string {
  return strings[key][locale].replace(/\{(\w+)\}/g, (_m, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`site string "${key}" needs {${name}}`)
    return String(value)
  })
}
