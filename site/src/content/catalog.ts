/**
 * Views of the published snapshot that pages need: an item in one language with its URL
 * and its other-language URL, lists by type and theme, taxonomy terms by slug.
 */
import type { ContentType, TaxonomyType } from '@nlv/shared/content-types'
import { contentTypes } from '@nlv/shared/content-types'
import { intlLocales } from '@nlv/shared/i18n'
import { locales, type Locale } from '@nlv/shared/locales'
import type { Snapshot, SnapshotItem, Term } from '@nlv/shared/snapshot'
import { itemPath } from '@nlv/shared/urls'
import { loadSnapshot } from './snapshot'

/** The fields of an item in one language (`item.locales.fr`), typed by item type. */
export type LocaleContent<T extends SnapshotItem> = T['locales']['fr']

/** One item as published in one language. */
export interface Entry<T extends SnapshotItem = SnapshotItem> {
  item: T
  locale: Locale
  content: LocaleContent<T>
  path: string
  /** The item's path in each language it is published in (this one included). */
  alternates: Partial<Record<Locale, string>>
}

export interface Catalog {
  snapshot: Snapshot
  /** Entries of a language, most recently updated first. */
  entries: Record<Locale, Entry[]>
  /** Entries of a type in a language, by title. */
  byType(type: ContentType, locale: Locale): Entry[]
  /** Entries tagged with a theme in a language, by type then title. */
  byTheme(theme: string, locale: Locale): Entry[]
  /** An item by type and id: ids are numbered per collection, so the type is part of the key. */
  entry(type: ContentType, id: string, locale: Locale): Entry | undefined
  term(taxonomy: TaxonomyType, slug: string): Term | undefined
  /** Terms of a taxonomy in display order. */
  terms(taxonomy: TaxonomyType): Term[]
}

const catalogs = new WeakMap<Snapshot, Catalog>()

const entryKey = (type: ContentType, id: string) => `${type}:${id}`

function contentOf(item: SnapshotItem, locale: Locale): LocaleContent<SnapshotItem> | undefined {
  return item.locales[locale] ?? undefined
}

function buildCatalog(snapshot: Snapshot): Catalog {
  const byLocale = new Map<Locale, Map<string, Entry>>()
  for (const locale of locales) byLocale.set(locale, new Map())

  const owners = new Map<string, string>()
  for (const item of snapshot.items) {
    const alternates: Partial<Record<Locale, string>> = {}
    for (const locale of locales) {
      const content = contentOf(item, locale)
      if (!content) continue
      const path = itemPath(item.type, content.slug, locale)
      const owner = owners.get(path)
      if (owner !== undefined) {
        throw new Error(
          `Invalid published snapshot: items ${owner} and ${item.type}/${item.id} both want ${path} ` +
            `(field "locales.${locale}.slug" must be unique within a type)`,
        )
      }
      owners.set(path, `${item.type}/${item.id}`)
      alternates[locale] = path
    }
    for (const locale of locales) {
      const content = contentOf(item, locale)
      const path = alternates[locale]
      if (!content || !path) continue
      byLocale
        .get(locale)
        ?.set(entryKey(item.type, item.id), { item, locale, content, path, alternates })
    }
  }

  const collators = Object.fromEntries(
    locales.map((l) => [l, new Intl.Collator(intlLocales[l], { sensitivity: 'base' })]),
  ) as Record<Locale, Intl.Collator>
  const byTitle = (locale: Locale) => (a: Entry, b: Entry) =>
    collators[locale].compare(a.content.title, b.content.title)
  const newestFirst = (a: Entry, b: Entry) =>
    b.item.updatedAt.localeCompare(a.item.updatedAt) || a.item.id.localeCompare(b.item.id)

  const entries = Object.fromEntries(
    locales.map((l) => [l, [...(byLocale.get(l)?.values() ?? [])].sort(newestFirst)]),
  ) as Record<Locale, Entry[]>

  const typeLists = new Map<string, Entry[]>()
  const themeLists = new Map<string, Entry[]>()
  for (const locale of locales) {
    const sorted = [...entries[locale]].sort(byTitle(locale))
    for (const type of contentTypes) {
      typeLists.set(
        `${locale}:${type}`,
        sorted.filter((e) => e.item.type === type),
      )
    }
    for (const theme of snapshot.taxonomies.themes) {
      const tagged = sorted.filter((e) => e.item.themes.includes(theme.slug))
      tagged.sort((a, b) => contentTypes.indexOf(a.item.type) - contentTypes.indexOf(b.item.type))
      themeLists.set(`${locale}:${theme.slug}`, tagged)
    }
  }

  const termMaps = {
    themes: new Map(snapshot.taxonomies.themes.map((t) => [t.slug, t])),
    audiences: new Map(snapshot.taxonomies.audiences.map((t) => [t.slug, t])),
    stages: new Map(snapshot.taxonomies.stages.map((t) => [t.slug, t])),
  } satisfies Record<TaxonomyType, Map<string, Term>>
  const orderedTerms = {
    themes: [...snapshot.taxonomies.themes].sort((a, b) => a.order - b.order),
    audiences: [...snapshot.taxonomies.audiences].sort((a, b) => a.order - b.order),
    stages: [...snapshot.taxonomies.stages].sort((a, b) => a.order - b.order),
  } satisfies Record<TaxonomyType, Term[]>

  return {
    snapshot,
    entries,
    byType: (type, locale) => typeLists.get(`${locale}:${type}`) ?? [],
    byTheme: (theme, locale) => themeLists.get(`${locale}:${theme}`) ?? [],
    entry: (type, id, locale) => byLocale.get(locale)?.get(entryKey(type, id)),
    term: (taxonomy, slug) => termMaps[taxonomy].get(slug),
    terms: (taxonomy) => orderedTerms[taxonomy],
  }
}

/** The catalog of the published snapshot (built once per build). */
export function getCatalog(snapshot: Snapshot = loadSnapshot()): Catalog {
  let catalog = catalogs.get(snapshot)
  if (!catalog) {
    catalog = buildCatalog(snapshot)
    catalogs.set(snapshot, catalog)
  }
  return catalog
}
