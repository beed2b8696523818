import { describe, expect, it } from 'vitest'
import { cut, prefixes, weightOf } from '../src/integrations/rechunkIndex'

type Word = Parameters<typeof weightOf>[0]
/** A word on `pages` pages, `locs` locations each. */
const word = (text: string, pages: number, locs = 1): Word => [
  text,
  Array.from({ length: pages }, (_, i) => [i === 0 ? 0 : 1, Array(locs).fill(3), []]),
  [],
]

describe('re-cutting the search index', () => {
  it('gives a heavy word a chunk of its own, so the rare words before it stay small', () => {
    const words = [
      word('myth', 3),
      word('naus', 5),
      word('notr', 4),
      word('nutrit', 2000, 10),
      word('nymph', 2),
    ]
    const size = weightOf(word('nutrit', 2000, 10)) // heavy: well over half of a chunk
    const chunks = cut(words, size, size / 2)
    expect(chunks.map((c) => c.map((w) => w[0]))).toEqual([
      ['myth', 'naus', 'notr'],
      ['nutrit'],
      ['nymph'],
    ])
  })

  it('closes a chunk once it reaches the size, keeping every word once and in order', () => {
    const words = 'abcdefghij'.split('').map((l) => word(l, 10))
    const size = weightOf(words[0]!) * 3
    const chunks = cut(words, size, size * 10)
    expect(chunks.map((c) => c.length)).toEqual([3, 3, 3, 1])
    expect(chunks.flat()).toEqual(words)
  })

  it('names chunk boundaries with the shortest distinct prefixes, as Pagefind does', () => {
    expect(prefixes('apple', 'apricot')).toEqual(['app', 'apr'])
    expect(prefixes('cataraman', 'yacht')).toEqual(['c', 'y'])
    expect(prefixes('cath', 'cathartic')).toEqual(['cath', 'catha'])
    expect(prefixes('cœur', 'cœurs')).toEqual(['cœur', 'cœurs'])
  })
})
