/**
 * The search as practitioners need it, on top of Pagefind: stop words dropped, typos
 * corrected to the nearest indexed word (the word list loads only for a query with a word
 * the vocabulary does not know), the query expanded with the search vocabulary (every
 * variant searched, each page keeping its best score), and, when no page has every word,
 * the pages with the most of them, with a note.
 */
import { fold, type Word } from './fold'
import {
  compileVocabulary,
  contentWords,
  queryText,
  variants,
  vocabularyPositions,
  type Vocabulary,
  type VocabularyEntry,
} from './queryPlan'
import type { SearchConfig } from './searchConfig'
import { runSearch, type PagefindApi, type PagefindResult, type SearchOutcome } from './searchIndex'
import type { SearchState } from './searchState'
import { isKnown, minTypoLength, nearestWord, parseWordList, type WordList } from './typos'

export interface SearchNotice {
  /** The query as searched after the typo rule, and as typed. */
  corrected?: { query: string; original: string }
  /** No page has every word: these have the most of them. */
  partial: boolean
}

export interface ForgivingOutcome extends SearchOutcome {
  notice: SearchNotice | null
}

/** A query of more words than this is searched word by word only up to this many. */
const maxPartialWords = 6

export interface Language {
  stop: Set<string>
  vocabulary: Vocabulary
  wordsUrl: string
}

export function language(
  config: Pick<SearchConfig, 'stopWords' | 'vocabulary' | 'wordsFile' | 'bundlePath'>,
): Language {
  const stop = new Set(config.stopWords)
  return {
    stop,
    vocabulary: compileVocabulary(config.vocabulary as VocabularyEntry[], stop),
    wordsUrl: config.wordsFile ? `${config.bundlePath}${config.wordsFile}` : '',
  }
}

let wordList: Promise<WordList> | undefined
function loadWordList(url: string, vocabulary: Vocabulary): Promise<WordList> {
  wordList ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`word list: HTTP ${response.status}`)
    const list = parseWordList(await response.text(), fold)
    // Vocabulary terms are words too: « gestasionnel » becomes « gestationnel ».
    for (const [key, text] of vocabulary.words)
      if (!list.byKey.has(key)) list.byKey.set(key, { text, count: 1 })
    list.keys = [...list.byKey.keys()]
    return list
  })
  wordList.catch(() => (wordList = undefined))
  return wordList
}

/** Words the typo rule may look at: long enough, no digit, not part of a vocabulary term. */
function typoCandidates(words: Word[], lang: Language): number[] {
  const inTerms = vocabularyPositions(words, lang.vocabulary)
  return words.flatMap((w, i) =>
    w.key.length >= minTypoLength &&
    !/\d/.test(w.key) &&
    !inTerms.has(i) &&
    !lang.vocabulary.words.has(w.key)
      ? [i]
      : [],
  )
}

/** The words with typos corrected, or the same array when nothing changed. */
async function corrected(words: Word[], lang: Language): Promise<Word[]> {
  const candidates = typoCandidates(words, lang)
  if (candidates.length === 0 || !lang.wordsUrl) return words
  let list: WordList
  try {
    list = await loadWordList(lang.wordsUrl, lang.vocabulary)
  } catch {
    return words // offline: search as typed
  }
  let changed = false
  const out = [...words]
  for (const i of candidates) {
    const word = words[i] as Word
    if (isKnown(word.key, list)) continue
    const near = nearestWord(word.key, list)
    if (near && fold(near) !== word.key) {
      out[i] = { text: near, key: fold(near) }
      changed = true
    }
  }
  return changed ? out : words
}

interface Scored {
  result: PagefindResult
  score: number
  /** Partial matches: how many query words the page has. */
  words: number
}

const byScore = (a: Scored, b: Scored) => b.words - a.words || b.score - a.score

async function searchAll(
  api: PagefindApi,
  state: SearchState,
  terms: Array<{ text: string; weight: number }>,
  partial: boolean,
): Promise<{ ranked: Scored[]; best: string }> {
  const filtered = { ...state, sort: 'relevance' as const }
  const responses = await Promise.all(
    terms.map((t) => runSearch(api, { ...filtered, query: t.text }, false)),
  )
  const merged = new Map<string, Scored>()
  let best = { text: terms[0]?.text ?? '', count: -1 }
  responses.forEach((response, i) => {
    const term = terms[i] as { text: string; weight: number }
    const results = response?.results ?? []
    if (results.length > best.count) best = { text: term.text, count: results.length }
    for (const result of results) {
      const score = (result.score ?? 1) * term.weight
      const seen = merged.get(result.id)
      if (!seen) merged.set(result.id, { result, score, words: 1 })
      else if (partial) {
        seen.words++
        seen.score += score
      } else seen.score = Math.max(seen.score, score)
    }
  })
  return { ranked: [...merged.values()].sort(byScore), best: best.text }
}

/** Orders results newest first, from Pagefind's own date order of the filtered pages. */
async function newestFirst(api: PagefindApi, state: SearchState, ranked: Scored[]) {
  const all = await runSearch(api, { ...state, query: '', sort: 'date' }, false)
  const position = new Map((all?.results ?? []).map((r, i) => [r.id, i]))
  return [...ranked].sort(
    (a, b) => (position.get(a.result.id) ?? 1e9) - (position.get(b.result.id) ?? 1e9),
  )
}

export async function forgivingSearch(
  api: PagefindApi,
  state: SearchState,
  withCounts: boolean,
  lang: Language,
): Promise<ForgivingOutcome | null> {
  if (state.query === '') {
    const outcome = await runSearch(api, state, withCounts)
    return outcome && { ...outcome, notice: null }
  }
  const typed = contentWords(state.query, lang.stop)
  const words = state.exact ? typed : await corrected(typed, lang)
  const notice: SearchNotice = { partial: false }
  if (words !== typed) notice.corrected = { query: queryText(words), original: state.query }
  const terms = variants(words, lang.vocabulary).map((v) => ({
    text: queryText(v.words),
    weight: v.weight,
  }))
  let { ranked, best } = await searchAll(api, state, terms, false)
  if (ranked.length === 0 && words.length > 1) {
    const single = words.slice(0, maxPartialWords).map((w) => ({ text: w.text, weight: 1 }))
    ;({ ranked, best } = await searchAll(api, state, single, true))
    notice.partial = ranked.length > 0
  }
  if (state.sort === 'date') ranked = await newestFirst(api, state, ranked)
  // Facet counts of the variant that found the most pages (merged counts would need every
  // result's fragment).
  const counts = withCounts
    ? ((await runSearch(api, { ...state, query: best, sort: 'relevance' }, true))?.counts ?? null)
    : null
  return {
    results: ranked.map((s) => s.result),
    counts,
    notice: notice.corrected || notice.partial ? notice : null,
  }
}
