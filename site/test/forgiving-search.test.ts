/**
 * The forgiving search's pure parts, without a browser: folding, stop words, vocabulary
 * variants, the typo rule and its word list, excerpts at a word boundary.
 */
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { countWords, wordListBudget, wordListText } from '../src/integrations/searchWords'
import {
  pageWords,
  vocabularyAdditions,
  vocabularySeparator,
  withVocabulary,
} from '../src/integrations/searchVocabularyIndex'
import { fold, splitWords } from '../src/search/fold'
import {
  compileVocabulary,
  contentWords,
  expansionWeight,
  maxVariants,
  queryText,
  topicWeight,
  variants,
} from '../src/search/queryPlan'
import { fromWordBoundary, readableExcerpt } from '../src/search/resultItem'
import { readState, writeState } from '../src/search/searchState'
import { stopWords } from '../src/search/stopWords'
import { editDistance, isKnown, nearestWord, parseWordList } from '../src/search/typos'

const stop = new Set(stopWords('fr'))
const texts = (list: Array<{ words: Array<{ text: string }> }>) =>
  list.map((v) => queryText(v.words as never))

describe('words of a query', () => {
  it('folds case, accents and ligatures, drops elisions and punctuation', () => {
    expect(fold('Anémie Œuf')).toBe('anemie oeuf')
    expect(splitWords("l’acide folique, d'asile ? post-partum Dt.P.").map((w) => w.key)).toEqual([
      'acide',
      'folique',
      'asile',
      'post',
      'partum',
      'dt.p',
    ])
  })

  it('drops French and English stop words, unless nothing would be left', () => {
    expect(queryText(contentWords('combien de poids prendre pendant la grossesse', stop))).toBe(
      'poids prendre grossesse',
    )
    expect(queryText(contentWords('how much folic acid', stop))).toBe('folic acid')
    expect(queryText(contentWords('quand', stop))).toBe('quand')
  })
})

describe('vocabulary variants', () => {
  const vocabulary = compileVocabulary(
    [
      { terms: ['diabète de grossesse', 'diabète gestationnel', 'DG'] },
      { terms: ['anxiété'], to: ['santé mentale'] },
    ],
    stop,
  )

  it('expands an abbreviation to its equivalents, accents and case aside', () => {
    expect(texts(variants(contentWords('dg', stop), vocabulary))).toEqual([
      'dg',
      'diabète grossesse',
      'diabète gestationnel',
    ])
    expect(texts(variants(contentWords('Diabete Gestationnel', stop), vocabulary))).toContain(
      'diabète grossesse',
    )
  })

  it('expands one way only, with a lower weight', () => {
    const out = variants(contentWords('anxiété', stop), vocabulary)
    expect(texts(out)).toEqual(['anxiété', 'santé mentale'])
    expect(out[1]?.weight).toBe(expansionWeight)
    expect(texts(variants(contentWords('santé mentale', stop), vocabulary))).toEqual([
      'santé mentale',
    ])
  })

  it('searches the topic of a question alone too, and caps the variants', () => {
    const out = variants(contentWords('que manger avec un diabète de grossesse', stop), vocabulary)
    expect(texts(out).slice(0, 3)).toEqual([
      'manger diabète grossesse',
      'diabète grossesse',
      'manger diabète gestationnel',
    ])
    expect(out[1]?.weight).toBe(topicWeight)
    const many = compileVocabulary(
      [{ terms: Array.from({ length: 12 }, (_, i) => `terme${i}`) }],
      stop,
    )
    expect(variants(contentWords('terme0', stop), many)).toHaveLength(maxVariants)
  })
})

describe('the typo rule', () => {
  const list = parseWordList(
    'allaitement 57\nallaitent 2\nalimentaire 40\ntoxoplasmose 3\ngrossesse 120\ngrosse\n',
    fold,
  )

  it('counts a transposition as one edit and gives up past the limit', () => {
    expect(editDistance('grosesse', 'grossesse', 2)).toBe(1)
    expect(editDistance('constipaiton', 'constipation', 2)).toBe(1)
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3)
  })

  it('corrects to the nearest, most frequent word, accents folded', () => {
    expect(nearestWord('alaitement', list)).toBe('allaitement')
    expect(nearestWord(fold('toxoplasmoze'), list)).toBe('toxoplasmose')
    expect(nearestWord('grosese', list)).toBe('grossesse')
    expect(nearestWord('zzzzzz', list)).toBeUndefined()
  })

  it('knows listed words and their inflections, not typos', () => {
    expect(isKnown('allaitement', list)).toBe(true)
    expect(isKnown('allaiter', list)).toBe(true)
    expect(isKnown('toxoplasmoze', list)).toBe(false)
    expect(isKnown('alaitement', list)).toBe(false)
    expect(isKnown('fer', list)).toBe(true) // too short to correct
  })

  it('emits a word list that fits its budget, rarest words left out first', () => {
    const counts = countWords(['Allaitement, allaitement et l’alimentation 2024'])
    expect(wordListText(counts)).toBe('alimentation\nallaitement 2\n')
    const big = new Map(
      Array.from({ length: 60_000 }, (_, i) => [`mot${i.toString(36)}x`, 1 + (i % 3)]),
    )
    const text = wordListText(big)
    expect(gzipSync(text).length).toBeLessThanOrEqual(wordListBudget)
    expect(text).not.toMatch(/^\S+\n/m) // words seen once went first
  })
})

describe('search instead', () => {
  it('keeps « exact » in the URL only with terms', () => {
    expect(writeState(readState(new URLSearchParams('q=alaitement&exact=1'))).toString()).toBe(
      'q=alaitement&exact=1',
    )
    expect(writeState(readState(new URLSearchParams('exact=1'))).toString()).toBe('')
  })
})

describe('excerpts', () => {
  const content = 'Prévoir DEUX : collations nutritives et abordables pour la journée.'
  it('start at a word boundary', () => {
    expect(fromWordBoundary('UX : <mark>collations</mark> nutritives', content)).toBe(
      '… : <mark>collations</mark> nutritives',
    )
    expect(fromWordBoundary('DEUX : <mark>collations</mark>', content)).toBe(
      'DEUX : <mark>collations</mark>',
    )
    expect(fromWordBoundary('Prévoir DEUX', content)).toBe('Prévoir DEUX')
  })
})

describe('the vocabulary at index time', () => {
  const entries = [
    {
      kind: 'equivalents' as const,
      language: 'fr' as const,
      terms: ['diabète de grossesse', 'DG'],
      expandsTo: [],
    },
    {
      kind: 'expansion' as const,
      language: 'fr' as const,
      terms: ['anxiété'],
      expandsTo: ['santé mentale'],
    },
    {
      kind: 'equivalents' as const,
      language: 'en' as const,
      terms: ['folate', 'folic acid'],
      expandsTo: [],
    },
  ]
  const html = (title: string, body: string) =>
    `<html><main data-pagefind-body><h1>${title}</h1><p class="lede item__summary">Résumé.</p><p>${body}</p></main></html>`

  it('adds the equivalents of what a page says, heavier when its title says it', () => {
    const titled = vocabularyAdditions(pageWords(html('Diabète de grossesse', '')), entries, 'fr')
    expect(titled).toEqual([{ term: 'DG', weight: 5 }])
    const once = vocabularyAdditions(
      pageWords(html('Repas', 'le diabète de grossesse')),
      entries,
      'fr',
    )
    expect(once).toEqual([{ term: 'DG', weight: 0.3 }])
  })

  it('reads an expansion backwards, and keeps each language to its pages', () => {
    const page = pageWords(html('Santé mentale', 'le folate'))
    expect(vocabularyAdditions(page, entries, 'fr')).toEqual([{ term: 'anxiété', weight: 5 }])
    expect(vocabularyAdditions(pageWords(html('Anxiété', '')), entries, 'fr')).toEqual([])
    expect(vocabularyAdditions(page, entries, 'en')).toEqual([{ term: 'folic acid', weight: 0.3 }])
  })

  it('writes the terms before </main>, escaped, by weight', () => {
    const out = withVocabulary('<main><p>x</p></main>', [
      { term: 'a<b', weight: 0.3 },
      { term: 'DG', weight: 5 },
    ])
    expect(out).toBe(
      `<main><p>x</p><p data-pagefind-weight="5">DG</p><p data-pagefind-weight="0.3">a&lt;b</p></main>`,
    )
  })

  it('never shows them as an excerpt: the page summary instead', () => {
    const page = {
      url: '/fiches/dg/',
      excerpt: `références. <mark>DG</mark>${vocabularySeparator}diabète gestationnel`,
      content: 'Diabète de grossesse. Répartir les glucides en trois repas.',
      meta: { title: 'Diabète de grossesse' },
      filters: {},
      sub_results: [],
    }
    expect(readableExcerpt(page)).toBe('Répartir les glucides en trois repas.')
  })
})
