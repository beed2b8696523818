/**
 * Public URLs of the site, built in one place for the site's pages, its sitemap and feeds,
 * and the CMS preview. French lives at the root, English under `/en/`; every path ends
 * with a slash (the static build writes `…/index.html`).
 */
import { contentTypes, type ContentType } from './content-types'
import type { Locale } from './locales'
import { isSlug } from './slug'

/** The path segment of each content type's section, per locale. */
export const sectionSegments: Record<ContentType, Record<Locale, string>> = {
  'fact-sheets': { fr: 'fiches', en: 'fact-sheets' },
  'intervention-tools': { fr: 'outils', en: 'tools' },
  webinars: { fr: 'webinaires', en: 'webinars' },
  publications: { fr: 'publications', en: 'publications' },
}

const themeSegments: Record<Locale, string> = { fr: 'themes', en: 'themes' }
const searchSegments: Record<Locale, string> = { fr: 'recherche', en: 'search' }

function prefix(locale: Locale): string {
  if (locale === 'fr') return ''
  if (locale === 'en') return '/en'
  throw new Error(`Unknown locale "${String(locale)}"`)
}

function section(type: ContentType, locale: Locale): string {
  if (!contentTypes.includes(type)) throw new Error(`Unknown content type "${String(type)}"`)
  return `${prefix(locale)}/${sectionSegments[type][locale]}`
}

function assertSlug(slug: string): void {
  if (typeof slug !== 'string' || !isSlug(slug)) {
    throw new Error(
      `Invalid slug ${JSON.stringify(slug)}: expected lowercase letters, digits and single hyphens`,
    )
  }
}

function pageSuffix(page: number): string {
  if (!Number.isInteger(page) || page < 1) {
    throw new RangeError(`Invalid page number ${String(page)}: expected an integer from 1`)
  }
  return page === 1 ? '' : `page/${page}/`
}

/** `/fiches/{slug}/`, `/en/fact-sheets/{slug}/`, … */
export function itemPath(type: ContentType, slug: string, locale: Locale): string {
  assertSlug(slug)
  return `${section(type, locale)}/${slug}/`
}

/** A section's listing: page 1 is `/fiches/`, page n is `/fiches/page/n/`. */
export function listPath(type: ContentType, locale: Locale, page = 1): string {
  return `${section(type, locale)}/${pageSuffix(page)}`
}

/** `/themes/{slug}/`, `/en/themes/{slug}/`; page n adds `page/n/`. */
export function themePath(slug: string, locale: Locale, page = 1): string {
  assertSlug(slug)
  return `${prefix(locale)}/${themeSegments[locale]}/${slug}/${pageSuffix(page)}`
}

/** `/` and `/en/`. */
export function homePath(locale: Locale): string {
  return `${prefix(locale)}/`
}

/** `/recherche/` and `/en/search/`. */
export function searchPath(locale: Locale): string {
  return `${prefix(locale)}/${searchSegments[locale]}/`
}

/**
 * Joins the site's public URL (which may carry a base path: `https://alima.ca/nourrir/`)
 * and a site path (`/fiches/x/`).
 */
export function absoluteUrl(siteUrl: string, path: string): string {
  let site: URL
  try {
    site = new URL(siteUrl)
  } catch (error) {
    throw new Error(`Invalid site URL ${JSON.stringify(siteUrl)}`, { cause: error })
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:') {
    throw new Error(`Invalid site URL ${JSON.stringify(siteUrl)}: expected http(s)`)
  }
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`Invalid site path ${JSON.stringify(path)}: expected it to start with one /`)
  }
  return `${site.origin}${site.pathname.replace(/\/+$/, '')}${path}`
}

/** The format of a publication's citation file. */
export type CitationFormat = 'bib' | 'ris'

/** A publication's citation file: `/citations/{slug}.bib`, `/en/citations/{slug}.ris`. */
export function citationPath(slug: string, locale: Locale, format: CitationFormat): string {
  assertSlug(slug)
  return `${homePath(locale)}citations/${slug}.${format}`
}
