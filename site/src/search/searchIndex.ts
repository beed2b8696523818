/**
 * The Pagefind index as the search page uses it: loaded on demand from the built bundle
 * (`/pagefind/pagefind.js`, its worker and the page language's wasm), searched with the
 * page's state, with facet counts that answer "how many results if I also tick this?".
 */
import { dateSortKey, facetKeys, type FacetKey } from './facets'
import type { SearchState } from './searchState'

/** A result's page as Pagefind returns it (the fields the search page reads). */
export interface PagefindPage {
  url: string
  /** Text around the best match, `<` and `>` escaped, matches in `<mark>`. */
  excerpt: string
  /** The indexed text of the page. */
  content?: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[] | undefined>
  sub_results: Array<{ title: string; url: string; excerpt: string }>
}

export interface PagefindResult {
  id: string
  /** Relevance (higher is better); absent when sorted by date. */
  score?: number
  data(): Promise<PagefindPage>
}

type Counts = Record<string, Record<string, number> | undefined>

interface PagefindResponse {
  results: PagefindResult[]
  filters: Counts
}

type PagefindFilters = Partial<Record<FacetKey, { any: string[] }>>

interface PagefindSearchOptions {
  filters?: PagefindFilters
  sort?: Record<string, 'asc' | 'desc'>
}

/** The part of Pagefind's browser API (`pagefind.js`) that the page uses. */
export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>
  init(): Promise<void>
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>
  filters(): Promise<Counts>
}

export interface SearchOutcome {
  results: PagefindResult[]
  /** For each facet value, the number of results if that value were ticked too (if asked). */
  counts: Record<FacetKey, Record<string, number>> | null
}

/** Words of the excerpt Pagefind returns (its default is 30). */
const excerptWords = 26
/**
 * Pagefind's web worker keeps typing smooth while a search runs, for 12 KB more on the first
 * query; with a site of a few thousand pages a search takes milliseconds on the main thread.
 */
const useWorker = false

let loading: Promise<PagefindApi> | undefined
let filtersLoading: Promise<unknown> | undefined

/** Loads Pagefind once (later calls share the first load). */
export function loadIndex(bundlePath: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${bundlePath}pagefind.js`
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi
    // Options set before `init` reach Pagefind's constructor (`noWorker` among them).
    await api.options({ excerptLength: excerptWords, noWorker: !useWorker })
    await api.init()
    return api
  })()
  // A failed load (offline) may be retried by the next search.
  loading.catch(() => (loading = undefined))
  return loading
}

/**
 * Loads every facet's filter file (a few KB each). Searches count only the facets whose files
 * are loaded, and the counts are shown only with the filters panel open: until then, the
 * first search of a phone does without them.
 */
export function loadFacets(api: PagefindApi): Promise<unknown> {
  filtersLoading ??= api.filters()
  filtersLoading.catch(() => (filtersLoading = undefined))
  return filtersLoading
}

function pagefindFilters(filters: SearchState['filters'], except?: FacetKey): PagefindFilters {
  const out: PagefindFilters = {}
  for (const key of facetKeys) {
    if (key !== except && filters[key].length > 0) out[key] = { any: filters[key] }
  }
  return out
}

/**
 * Runs a search. Within a facet the values are alternatives (any of them); across facets all
 * must match. A facet's counts come from the search without that facet's own choice, so a
 * ticked facet still shows what its other values would add.
 */
export async function runSearch(
  api: PagefindApi,
  state: SearchState,
  withCounts: boolean,
): Promise<SearchOutcome | null> {
  if (withCounts) await loadFacets(api)
  const term = state.query === '' ? null : state.query
  // Without terms there is no relevance: newest first.
  const sort =
    state.sort === 'date' || term === null ? { [dateSortKey]: 'desc' as const } : undefined
  const main = await api.search(term, {
    filters: pagefindFilters(state.filters),
    ...(sort ? { sort } : {}),
  })
  if (!main) return null
  if (!withCounts) return { results: main.results, counts: null }
  const counts = {} as Record<FacetKey, Record<string, number>>
  const narrowed = facetKeys.filter((key) => state.filters[key].length > 0)
  const others = await Promise.all(
    narrowed.map((key) => api.search(term, { filters: pagefindFilters(state.filters, key) })),
  )
  for (const key of facetKeys) {
    const index = narrowed.indexOf(key)
    const source = index === -1 ? main : others[index]
    counts[key] = source?.filters[key] ?? {}
  }
  return { results: main.results, counts }
}
