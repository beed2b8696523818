/**
 * The search page's script: live results while typing, facets with counts, order, the state
 * in the URL (shareable; the back button walks back through searches), "no results" help.
 * Plain DOM code: a framework island would weigh more than the whole search it drives.
 */
import { facetKeys, type FacetKey } from './facets'
import { searchConfigId, type SearchConfig } from './searchConfig'
import {
  forgivingSearch,
  language,
  type ForgivingOutcome,
  type SearchNotice,
} from './forgivingSearch'
import { loadIndex, type SearchOutcome } from './searchIndex'
import { fill, resultItem } from './resultItem'
import { queryReporter } from './searchReport'
import {
  activeFilterCount,
  emptyFilters,
  isBlank,
  readState,
  sameState,
  writeState,
  type SearchState,
} from './searchState'

/** Quiet time after a keystroke before searching: short, the index answers in milliseconds. */
const debounceMs = 60
/**
 * Results rendered at once: each loads a fragment file (1–4 KB), for every search while
 * typing. A phone shows about three results a screen: it loads four (with six, a query of
 * the 2,000-item bench went over its 40 KB), a wider screen ten.
 */
const pageSize = () => (matchMedia('(min-width: 48rem)').matches ? 10 : 4)
/**
 * Typing searches from this many characters on (Enter searches any length): one or two
 * letters match a good part of the index, and loading it is what costs bytes on a phone.
 */
const minLiveChars = 3
/** A pause in typing longer than this starts a new history entry. */
const typingSessionMs = 2000

type HistoryMode = 'push' | 'replace' | 'none'

const byId = <T extends HTMLElement>(id: string): T => {
  const node = document.getElementById(id)
  if (!node) throw new Error(`search page: #${id} is missing`)
  return node as T
}

export function startSearchPage(): void {
  const config = JSON.parse(byId(searchConfigId).textContent ?? '{}') as SearchConfig
  const { strings } = config
  const form = byId<HTMLFormElement>('search-form')
  const input = byId<HTMLInputElement>('search-query')
  const sortSelect = byId<HTMLSelectElement>('search-sort')
  const filtersPanel = byId<HTMLDetailsElement>('search-filters')
  const activeCount = byId('search-active-count')
  const status = byId('search-status')
  const noticeBox = byId('search-notice')
  const lang = language(config)
  const help = byId('search-help')
  const removeList = byId('search-remove-filters')
  const list = byId<HTMLOListElement>('search-results')
  const more = byId<HTMLButtonElement>('search-more')
  const browse = byId('search-browse')
  const clear = byId<HTMLButtonElement>('search-clear')
  const numbers = new Intl.NumberFormat(config.intlLocale)
  const plurals = new Intl.PluralRules(config.intlLocale)
  const report = queryReporter(config.reportUrl)

  const boxes = (key: FacetKey) => [
    ...filtersPanel.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${key}"]`),
  ]

  let state = readState(new URLSearchParams(location.search))
  let generation = 0
  let outcome: SearchOutcome | null = null
  let shown = 0
  let lastTyping = -Infinity
  let timer: ReturnType<typeof setTimeout> | undefined

  const stateFromForm = (): SearchState => {
    const filters = emptyFilters()
    for (const key of facetKeys)
      filters[key] = boxes(key)
        .filter((b) => b.checked)
        .map((b) => b.value)
    const query = input.value.replace(/\s+/g, ' ').trim()
    return {
      query,
      filters,
      sort: sortSelect.value === 'date' ? 'date' : 'relevance',
      // « Rechercher plutôt … » holds for that query only.
      exact: state.exact && query === state.query,
    }
  }

  const showState = (next: SearchState) => {
    input.value = next.query
    sortSelect.value = next.sort === 'date' ? 'date' : ''
    for (const key of facetKeys)
      for (const box of boxes(key)) box.checked = next.filters[key].includes(box.value)
  }

  const labelOf = (key: FacetKey, value: string) =>
    config.facets.find((f) => f.key === key)?.options.find((o) => o.value === value)?.label ?? value

  const countText = (one: string, other: string, count: number, query = state.query) =>
    fill(plurals.select(count) === 'one' ? one : other, {
      count: numbers.format(count),
      query,
    })

  /** Facet counts; `null` shows every value without a count (before any search). */
  const showCounts = (counts: SearchOutcome['counts'] | null) => {
    for (const key of facetKeys) {
      for (const box of boxes(key)) {
        const option = box.closest('li')
        const count = counts?.[key][box.value] ?? 0
        const output = option?.querySelector('.facet__count')
        if (output) output.textContent = counts ? `(${numbers.format(count)})` : ''
        if (option)
          option.hidden =
            counts !== null && count === 0 && !box.checked && box !== document.activeElement
      }
    }
    for (const fieldset of filtersPanel.querySelectorAll('fieldset')) {
      fieldset.hidden = [...fieldset.querySelectorAll('li')].every((option) => option.hidden)
    }
    const active = activeFilterCount(state)
    activeCount.textContent = active > 0 ? `(${numbers.format(active)})` : ''
    clear.hidden = active === 0
  }

  const showHelp = (visible: boolean) => {
    help.hidden = !visible
    browse.hidden = !visible && !isBlank(state)
    removeList.replaceChildren()
    if (!visible) return
    for (const key of facetKeys) {
      for (const value of state.filters[key]) {
        const button = document.createElement('button')
        button.type = 'button'
        button.className = 'button button--secondary'
        button.textContent = fill(strings.removeFilter, { label: labelOf(key, value) })
        button.addEventListener('click', () => {
          const next = stateFromForm()
          next.filters[key] = next.filters[key].filter((v) => v !== value)
          showState(next)
          void update(next, 'push')
          input.focus()
        })
        const item = document.createElement('li')
        item.append(button)
        removeList.append(item)
      }
    }
  }

  /** A template's `{query}` as an `<em>` (never HTML from the query). */
  const withQuery = (template: string, query: string): Array<string | HTMLElement> => {
    const em = document.createElement('em')
    em.textContent = query
    const [before = '', after = ''] = template.split('{query}')
    return [before, em, after]
  }

  const showNotice = (notice: SearchNotice | null) => {
    noticeBox.replaceChildren()
    noticeBox.hidden = !notice
    if (notice?.corrected) {
      const { query, original } = notice.corrected
      const link = document.createElement('a')
      const exact = { ...state, query: original, exact: true }
      link.href = `${location.pathname}?${writeState(exact).toString()}`
      link.append(...withQuery(strings.searchInstead, original))
      link.addEventListener('click', (event) => {
        event.preventDefault()
        showState(exact)
        void update(exact, 'push')
        input.focus()
      })
      noticeBox.append(...withQuery(strings.corrected, query), ' — ', link)
    }
    if (notice?.partial) {
      if (notice.corrected) noticeBox.append(document.createElement('br'))
      noticeBox.append(strings.partial)
    }
  }

  const render = (
    found: ForgivingOutcome,
    pages: Awaited<ReturnType<SearchOutcome['results'][number]['data']>>[],
  ) => {
    const total = found.results.length
    showCounts(found.counts)
    showNotice(found.notice)
    list.replaceChildren(...pages.map((page) => resultItem(page, config)))
    shown = pages.length
    more.hidden = shown >= total
    status.textContent =
      total === 0
        ? state.query
          ? fill(strings.noResults, { query: state.query })
          : strings.noMatch
        : state.query
          ? countText(
              strings.resultsOne,
              strings.resultsOther,
              total,
              // Corrected: the count is of what was searched.
              found.notice?.corrected?.query,
            )
          : countText(strings.filteredOne, strings.filteredOther, total)
    showHelp(total === 0)
  }

  const setUrl = (mode: HistoryMode) => {
    if (mode === 'none') return
    const query = writeState(state).toString()
    const url = `${location.pathname}${query ? `?${query}` : ''}`
    if (url === `${location.pathname}${location.search}`) return
    if (mode === 'push') history.pushState(null, '', url)
    else history.replaceState(null, '', url)
  }

  /** Counts finished updates on `<html data-search-renders>`, for tests and the benchmark. */
  let renders = 0
  const rendered = () => (document.documentElement.dataset.searchRenders = String(++renders))

  async function update(next: SearchState, mode: HistoryMode): Promise<void> {
    state = next
    setUrl(mode)
    const mine = ++generation
    if (isBlank(state)) {
      report(null)
      outcome = null
      list.replaceChildren()
      more.hidden = true
      status.textContent = strings.prompt
      showNotice(null)
      showCounts(null)
      showHelp(false)
      rendered()
      return
    }
    list.setAttribute('aria-busy', 'true')
    try {
      const api = await loadIndex(config.bundlePath)
      const found = await forgivingSearch(api, state, filtersPanel.open, lang)
      if (mine !== generation || !found) return
      const pages = await Promise.all(found.results.slice(0, pageSize()).map((r) => r.data()))
      if (mine !== generation) return
      outcome = found
      render(found, pages)
      rendered()
      report({
        q: state.query,
        lang: config.intlLocale.slice(0, 2),
        results: found.results.length,
        corrected: found.notice?.corrected?.query ?? null,
      })
    } catch (error) {
      if (mine !== generation) return
      console.error('search failed', error)
      status.textContent = strings.error
      showNotice(null)
      list.replaceChildren()
      showHelp(false)
      browse.hidden = false
      rendered()
    } finally {
      if (mine === generation) list.removeAttribute('aria-busy')
    }
  }

  const warmUp = () => void loadIndex(config.bundlePath).catch(() => undefined)

  input.addEventListener('focus', warmUp, { once: true })
  input.addEventListener('input', () => {
    warmUp()
    clearTimeout(timer)
    timer = setTimeout(() => {
      const now = performance.now()
      const mode: HistoryMode = now - lastTyping > typingSessionMs ? 'push' : 'replace'
      lastTyping = now
      const next = stateFromForm()
      if (next.query.length > 0 && next.query.length < minLiveChars) return
      if (!sameState(next, state)) void update(next, mode)
    }, debounceMs)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(timer)
    lastTyping = -Infinity
    void update(stateFromForm(), 'push')
  })
  filtersPanel.addEventListener('change', () => {
    lastTyping = -Infinity
    void update(stateFromForm(), 'push')
  })
  clear.addEventListener('click', () => {
    const next = { ...stateFromForm(), filters: emptyFilters() }
    showState(next)
    void update(next, 'push')
  })
  more.addEventListener('click', async () => {
    const found = outcome
    if (!found) return
    const mine = generation
    const pages = await Promise.all(
      found.results.slice(shown, shown + pageSize()).map((r) => r.data()),
    )
    if (mine !== generation) return
    const items = pages.map((page) => resultItem(page, config))
    list.append(...items)
    shown += pages.length
    more.hidden = shown >= found.results.length
    items[0]?.querySelector('a')?.focus()
  })
  // Counts are computed only with the panel open: opening it fills them in.
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open && outcome && !outcome.counts) void update(state, 'none')
  })
  window.addEventListener('popstate', () => {
    clearTimeout(timer)
    const next = readState(new URLSearchParams(location.search))
    showState(next)
    void update(next, 'none')
  })

  if (matchMedia('(min-width: 64rem)').matches || activeFilterCount(state) > 0)
    filtersPanel.open = true
  showState(state)
  void update(state, 'none')
}
