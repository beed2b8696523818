/**
 * « Mises à jour »: every published change note of a language, newest first — the updates
 * page and its RSS feed read this one list. An English page shows a note written only in
 * French as French (`lang`).
 */
import { newestFirst, type ChangeEntry } from '@nlv/shared/dates'
import type { Locale } from '@nlv/shared/locales'
import { homePath } from '@nlv/shared/urls'
import { getCatalog, type Entry } from '../content/catalog'

export interface Update {
  entry: Entry
  change: ChangeEntry
  note: string
  /** The note's language when it is not the page's. */
  noteLang?: Locale
}

export function updatesOf(locale: Locale, entries = getCatalog().entries[locale]): Update[] {
  const all = entries.flatMap((entry) =>
    entry.item.changes.map((change) => ({ entry, change, date: change.date })),
  )
  return newestFirst(all).map(({ entry, change }) => ({
    entry,
    change,
    note: change.note[locale] ?? change.note.fr,
    noteLang: change.note[locale] ? undefined : 'fr',
  }))
}

/** The updates feed of a language: `/mises-a-jour/rss.xml`, `/en/updates/rss.xml`. */
export function updatesFeedPath(locale: Locale): string {
  return locale === 'fr' ? '/mises-a-jour/rss.xml' : `${homePath('en')}updates/rss.xml`
}
