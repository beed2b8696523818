/**
 * The search page's state (terms, facet values, order) and its URL form, so that a search
 * can be shared, bookmarked and walked back through with the browser's back button.
 */
import {
  exactParam,
  facetKeys,
  queryParam,
  sortParam,
  type FacetKey,
  type SortOrder,
} from './facets'

export interface SearchState {
  query: string
  /** Chosen values of each facet (any of them matches); an empty list does not filter. */
  filters: Record<FacetKey, string[]>
  sort: SortOrder
  /** The terms exactly as typed: no typo correction. */
  exact: boolean
}

export function emptyFilters(): Record<FacetKey, string[]> {
  return Object.fromEntries(facetKeys.map((key) => [key, []])) as unknown as Record<
    FacetKey,
    string[]
  >
}

/** Reads a state from a query string; unknown parameters are ignored, repeated values kept once. */
export function readState(params: URLSearchParams): SearchState {
  const filters = emptyFilters()
  for (const key of facetKeys) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ]
  }
  return {
    query: (params.get(queryParam) ?? '').replace(/\s+/g, ' ').trim(),
    filters,
    sort: params.get(sortParam) === 'date' ? 'date' : 'relevance',
    exact: params.get(exactParam) === '1',
  }
}

/** The query string of a state, in a stable order (`q`, then facets, then `tri`). */
export function writeState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.query) params.set(queryParam, state.query)
  for (const key of facetKeys) {
    for (const value of [...state.filters[key]].sort()) params.append(key, value)
  }
  if (state.sort === 'date') params.set(sortParam, 'date')
  if (state.exact && state.query) params.set(exactParam, '1')
  return params
}

export function activeFilterCount(state: SearchState): number {
  return facetKeys.reduce((sum, key) => sum + state.filters[key].length, 0)
}

/** True when the state asks for nothing: no terms, no filter. */
export function isBlank(state: SearchState): boolean {
  return state.query === '' && activeFilterCount(state) === 0
}

export function sameState(a: SearchState, b: SearchState): boolean {
  return writeState(a).toString() === writeState(b).toString()
}
