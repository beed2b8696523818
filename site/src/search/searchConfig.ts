/**
 * What the search page's script needs from the build: labels of every facet value, UI
 * strings in the page's language, and where the Pagefind bundle is. The page writes it as
 * JSON (`#search-config`); the script reads it, so that no dictionary ships as code.
 */
import type { FacetKey } from './facets'

export interface FacetOption {
  value: string
  label: string
  /** Set when the label is not in the page's language (an untranslated term). */
  lang?: string
}

export interface FacetConfig {
  key: FacetKey
  legend: string
  options: FacetOption[]
}

export interface TypeLabel {
  /** Singular label (« Fiche »). */
  label: string
  /** Content type, for the badge's colour class (`badge--fact-sheets`). */
  badge: string
}

/**
 * Strings with `{count}`, `{query}`, `{date}`, `{label}`, `{title}` or `{list}` left for the
 * script. The page takes them from the shared UI strings (`@nlv/shared/i18n`).
 */
export interface SearchStrings {
  resultsOne: string
  resultsOther: string
  filteredOne: string
  filteredOther: string
  noResults: string
  noMatch: string
  prompt: string
  loading: string
  error: string
  removeFilter: string
  updated: string
  reviewed: string
  themes: string
  passages: string
  /** `{query}`: the corrected query (« Résultats pour {query} »). */
  corrected: string
  /** `{query}`: the query as typed, the link that searches it without correction. */
  searchInstead: string
  partial: string
}

export interface SearchConfig {
  /** BCP 47 tag for plural rules and number formats (`fr-CA`). */
  intlLocale: string
  /** Folder of the Pagefind bundle (`/pagefind/`). */
  bundlePath: string
  facets: FacetConfig[]
  types: Record<string, TypeLabel>
  strings: SearchStrings
  /** Stop words, folded (`stopWords.ts`). */
  stopWords: string[]
  /** The search vocabulary of this page's language (`to`: a one-way expansion). */
  vocabulary: Array<{ terms: string[]; to?: string[] }>
  /** The index's word list for the typo rule, in the bundle folder (empty when none). */
  wordsFile: string
  /** Where final queries are reported (`POST`, insights in the CMS); empty: not reported. */
  reportUrl: string
}

/** Replaced by the word list's file name once the index is built (`integrations/searchWords.ts`). */
export const wordsFilePlaceholder = '__NLV_SEARCH_WORDS__'

export const searchConfigId = 'search-config'
