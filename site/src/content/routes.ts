/**
 * Every HTML page the site builds, with its path and its other-language alternates. The
 * catch-all page renders them, the sitemap lists them: one table, so both always agree.
 */
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import { locales, type Locale } from '@nlv/shared/locales'
import type { Term } from '@nlv/shared/snapshot'
import { ppnePath } from '@nlv/shared/ppne-urls'
import { homePath, listPath, searchPath, themePath } from '@nlv/shared/urls'
import { getCatalog, type Catalog, type Entry } from './catalog'

/** Items per page of a type list. */
export const listPageSize = 20
/** Items per page of a theme hub (grouped by type). */
export const themePageSize = 24

/** Pages that are not built from the snapshot, with their path in each language. */
export const staticPages = {
  about: { fr: '/a-propos/', en: '/en/about/' },
  accessibility: { fr: '/accessibilite/', en: '/en/accessibility/' },
  /** « Mises à jour »: the published change notes (`lib/updates.ts`). */
  updates: { fr: '/mises-a-jour/', en: '/en/updates/' },
} as const satisfies Record<string, Record<Locale, string>>
export type StaticPage = keyof typeof staticPages

interface RouteBase {
  locale: Locale
  path: string
  /** The same page in each language it exists in (this one included). */
  alternates: Partial<Record<Locale, string>>
  /** Last change of what the page shows (sitemap `lastmod`). */
  lastModified?: string
}

export interface Pagination {
  page: number
  totalPages: number
  /** Path of page n. */
  pathOf: (page: number) => string
}

export type Route =
  | (RouteBase & { kind: 'home' })
  | (RouteBase & { kind: 'search' })
  | (RouteBase & { kind: 'ppne' })
  | (RouteBase & { kind: StaticPage })
  | (RouteBase & {
      kind: 'list'
      type: ContentType
      entries: Entry[]
      total: number
      pagination: Pagination
    })
  | (RouteBase & {
      kind: 'theme'
      term: Term
      entries: Entry[]
      total: number
      pagination: Pagination
    })
  | (RouteBase & { kind: 'item'; entry: Entry })

type RouteKind = Route['kind']

const both = (pathOf: (locale: Locale) => string): Partial<Record<Locale, string>> =>
  Object.fromEntries(locales.map((l) => [l, pathOf(l)]))

function paginate<T>(all: T[], size: number): T[][] {
  if (all.length === 0) return [[]]
  const pages: T[][] = []
  for (let i = 0; i < all.length; i += size) pages.push(all.slice(i, i + size))
  return pages
}

const newest = (entries: Entry[]): string | undefined =>
  entries.reduce<string | undefined>(
    (max, e) => (max === undefined || e.item.updatedAt > max ? e.item.updatedAt : max),
    undefined,
  )

/** All pages of the site, for every language. */
export function buildRoutes(catalog: Catalog = getCatalog()): Route[] {
  const routes: Route[] = []
  const lastModified = catalog.snapshot.generatedAt

  for (const locale of locales) {
    routes.push({
      kind: 'home',
      locale,
      path: homePath(locale),
      alternates: both(homePath),
      lastModified,
    })
    routes.push({ kind: 'search', locale, path: searchPath(locale), alternates: both(searchPath) })
    // The PPNE page exists once a period is published.
    if (catalog.snapshot.ppne) {
      routes.push({
        kind: 'ppne',
        locale,
        path: ppnePath(locale),
        alternates: both(ppnePath),
        lastModified,
      })
    }
    for (const [kind, paths] of Object.entries(staticPages) as Array<
      [StaticPage, Record<Locale, string>]
    >) {
      routes.push({ kind, locale, path: paths[locale], alternates: paths })
    }

    for (const type of contentTypes) {
      const all = catalog.byType(type, locale)
      // An empty English section is not built; the French one always is.
      if (all.length === 0 && locale !== 'fr') continue
      const pages = paginate(all, listPageSize)
      const otherPages = Object.fromEntries(
        locales.map((l) => [
          l,
          Math.max(1, Math.ceil(catalog.byType(type, l).length / listPageSize)),
        ]),
      ) as Record<Locale, number>
      pages.forEach((entries, index) => {
        const page = index + 1
        routes.push({
          kind: 'list',
          locale,
          type,
          entries,
          total: all.length,
          path: listPath(type, locale, page),
          alternates: Object.fromEntries(
            locales
              .filter(
                (l) => page <= otherPages[l] && (l === 'fr' || catalog.byType(type, l).length > 0),
              )
              .map((l) => [l, listPath(type, l, page)]),
          ),
          lastModified: newest(entries),
          pagination: { page, totalPages: pages.length, pathOf: (n) => listPath(type, locale, n) },
        })
      })
    }

    for (const term of catalog.terms('themes')) {
      const all = catalog.byTheme(term.slug, locale)
      if (all.length === 0) continue
      const pages = paginate(all, themePageSize)
      pages.forEach((entries, index) => {
        const page = index + 1
        routes.push({
          kind: 'theme',
          locale,
          term,
          entries,
          total: all.length,
          path: themePath(term.slug, locale, page),
          alternates: Object.fromEntries(
            locales
              .filter(
                (l) => Math.ceil(catalog.byTheme(term.slug, l).length / themePageSize) >= page,
              )
              .map((l) => [l, themePath(term.slug, l, page)]),
          ),
          lastModified: newest(entries),
          pagination: {
            page,
            totalPages: pages.length,
            pathOf: (n) => themePath(term.slug, locale, n),
          },
        })
      })
    }

    for (const entry of catalog.entries[locale]) {
      routes.push({
        kind: 'item',
        locale,
        path: entry.path,
        alternates: entry.alternates,
        entry,
        lastModified: entry.item.updatedAt,
      })
    }
  }
  return routes
}

let cached: Route[] | undefined

/** The route table of the published snapshot (built once per build). */
export function getRoutes(): Route[] {
  cached ??= buildRoutes()
  return cached
}

/** Path of a page kind in a language, e.g. the about page in English. */
export function pathOf(
  kind: Exclude<RouteKind, 'list' | 'theme' | 'item' | 'ppne'>,
  locale: Locale,
): string {
  if (kind === 'home') return homePath(locale)
  if (kind === 'search') return searchPath(locale)
  return staticPages[kind][locale]
}

/** The PPNE page's route in a language; none until a period is published. */
export function ppneRoute(locale: Locale): Extract<Route, { kind: 'ppne' }> | undefined {
  return getRoutes().find(
    (route): route is Extract<Route, { kind: 'ppne' }> =>
      route.kind === 'ppne' && route.locale === locale,
  )
}
