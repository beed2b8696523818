/**
 * The search page's URL state and the index's apostrophe handling, without a browser.
 */
import { describe, expect, it } from 'vitest'
import { asciiApostrophes } from '../src/integrations/pagefind'
import { activeFilterCount, isBlank, readState, writeState } from '../src/search/searchState'

describe('search state in the URL', () => {
  it('reads terms, facets and order, ignoring what it does not know', () => {
    const state = readState(
      new URLSearchParams(
        'q=  acide   folique &type=fiches&theme=b&theme=a&theme=a&tri=date&x=1&public=',
      ),
    )
    expect(state.query).toBe('acide folique')
    expect(state.filters.type).toEqual(['fiches'])
    expect(state.filters.theme).toEqual(['b', 'a'])
    expect(state.filters.public).toEqual([])
    expect(state.sort).toBe('date')
    expect(activeFilterCount(state)).toBe(3)
  })

  it('writes a stable query string that reads back the same', () => {
    const state = readState(new URLSearchParams('theme=b&q=fer&theme=a&tri=date&langue=en'))
    const written = writeState(state).toString()
    expect(written).toBe('q=fer&theme=a&theme=b&langue=en&tri=date')
    expect(writeState(readState(new URLSearchParams(written))).toString()).toBe(written)
  })

  it('treats relevance as the default order and an empty search as blank', () => {
    const state = readState(new URLSearchParams('tri=autre'))
    expect(state.sort).toBe('relevance')
    expect(isBlank(state)).toBe(true)
    expect(writeState(state).toString()).toBe('')
  })
})

describe('apostrophes in the indexed copy of a page', () => {
  it('turns typographic elisions into ASCII ones, between letters only', () => {
    expect(asciiApostrophes('<p>l’allaitement, d’un « mot’ » et aujourd’hui</p>')).toBe(
      "<p>l'allaitement, d'un « mot’ » et aujourd'hui</p>",
    )
  })
})
