/**
 * The search as practitioners need it, on top of Pagefind: stop words dropped, a question's
 * topic searched alone too (each page keeping its best score), when no page has every word
 * the pages with the most of them, with a note, and typos corrected to the nearest indexed
 * word (the word list loads only when the results look like a typo's).
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

/**
 * The vocabulary's equivalents are in the index (`integrations/searchVocabularyIndex.ts`):
 * searching them again from the browser would load an index chunk per equivalent (measured:
 * up to 110 KB a query on 2,000 items) for no better results. A question's topic alone is
 * still searched: its words are the query's own, already loaded.
 */
const expandQueries = false

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
): Promise<{ ranked: Scored[]; best: string; first: number }> {
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
  const first = responses[0]?.results.length ?? 0
  return { ranked: [...merged.values()].sort(byScore), best: best.text, first }
}

/** Orders results newest first, from Pagefind's own date order of the filtered pages. */
async function newestFirst(api: PagefindApi, state: SearchState, ranked: Scored[]) {
  const all = await runSearch(api, { ...state, query: '', sort: 'date' }, false)
  const position = new Map((all?.results ?? []).map((r, i) => [r.id, i]))
  return [...ranked].sort(
    (a, b) => (position.get(a.result.id) ?? 1e9) - (position.get(b.result.id) ?? 1e9),
  )
}

const commonPrefix = (a: string, b: string) => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/**
 * Whether the results suggest a typo, before paying for the word list: nothing found, only
 * partial matches, or a word that none of the first results' highlighted words resembles
 * (Pagefind matched it to something else: « alaitement » to « alimentaire »).
 */
async function looksMistyped(words: Word[], found: Found, lang: Language): Promise<boolean> {
  const candidates = typoCandidates(words, lang)
  if (candidates.length === 0) return false
  if (found.ranked.length === 0 || found.partial) return true
  const pages = await Promise.all(found.ranked.slice(0, 3).map((s) => s.result.data()))
  const marked = pages.flatMap((page) =>
    [page.excerpt, ...page.sub_results.map((sub) => sub.excerpt)].flatMap((excerpt) =>
      [...excerpt.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((m) => fold(m[1] ?? '')),
    ),
  )
  return candidates.some((i) => {
    const key = (words[i] as Word).key
    const need = Math.max(4, key.length - 3)
    return !marked.some((mark) => commonPrefix(key, mark) >= need)
  })
}

interface Found {
  ranked: Scored[]
  best: string
  partial: boolean
}

async function find(
  api: PagefindApi,
  state: SearchState,
  words: Word[],
  lang: Language,
): Promise<Found> {
  const terms = variants(words, lang.vocabulary, { alternatives: expandQueries }).map((v) => ({
    text: queryText(v.words),
    weight: v.weight,
  }))
  const all = await searchAll(api, state, terms, false)
  // No page has every word: rank by how many words each page has (the topic alone is
  // one of them), and say so.
  if (all.first > 0 || words.length < 2) return { ...all, partial: false }
  const single = words.slice(0, maxPartialWords).map((w) => ({ text: w.text, weight: 1 }))
  const some = await searchAll(api, state, single, true)
  return { ...some, partial: some.ranked.length > 0 }
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
  let found = await find(api, state, typed, lang)
  const notice: SearchNotice = { partial: false }
  if (!state.exact && (await looksMistyped(typed, found, lang))) {
    const words = await corrected(typed, lang)
    if (words !== typed) {
      found = await find(api, state, words, lang)
      notice.corrected = { query: queryText(words), original: state.query }
    }
  }
  notice.partial = found.partial
  let ranked = found.ranked
  if (state.sort === 'date') ranked = await newestFirst(api, state, ranked)
  // Facet counts of the variant that found the most pages (merged counts would need every
  // result's fragment).
  const counts = withCounts
    ? ((await runSearch(api, { ...state, query: found.best, sort: 'relevance' }, true))?.counts ??
      null)
    : null
  return {
    results: ranked.map((s) => s.result),
    counts,
    notice: notice.corrected || notice.partial ? notice : null,
  }
}
