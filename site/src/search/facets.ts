/**
 * The search facets: each is a Pagefind filter of the same name, set on item pages by
 * `components/SearchMeta.astro`, and a query parameter of the search page's URL
 * (`/recherche/?q=fer&theme=supplements&type=fiches`). The keys are French, like the URLs
 * practitioners share; they are the same on the English page so that a link keeps working
 * across the language switch.
 */
export const facetKeys = ['type', 'theme', 'public', 'periode', 'langue'] as const
export type FacetKey = (typeof facetKeys)[number]

/** Query parameter of the search terms. */
export const queryParam = 'q'
/** Query parameter that turns the typo rule off (`exact=1`: « rechercher plutôt … »). */
export const exactParam = 'exact'
/** Query parameter of the order (`tri=date`; relevance when absent). */
export const sortParam = 'tri'
/** The Pagefind sort key set on item pages (last update, ISO date). */
export const dateSortKey = 'date'

export type SortOrder = 'relevance' | 'date'
