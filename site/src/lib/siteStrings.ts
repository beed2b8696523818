/**
 * UI strings of the site's chrome that `shared/src/i18n/*.json` does not have yet (the
 * article's own strings are there, shared with the CMS preview).
 * TODO(#4): move these keys into shared/src/i18n/{fr,en}.json and use `t()` for them.
 */
import type { Locale } from '@nlv/shared/locales'

const strings = {
  'item.printSource': { fr: 'Source : {url}', en: 'Source: {url}' },
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
