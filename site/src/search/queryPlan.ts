/**
 * From what was typed to what Pagefind is asked. Pagefind requires every word of a query and
 * knows no synonyms, so the plan:
 * 1. drops stop words (« comment », « pendant », "how"), unless nothing else is left;
 * 2. finds the terms of the search vocabulary in what remains, longest first, and makes one
 *    variant of the query per equivalent or expansion (« DG » → « diabète de grossesse »).
 * The search then runs every variant and keeps each page's best score (`forgivingSearch.ts`).
 */
import { splitWords, type Word } from './fold'

/** A vocabulary entry as the search page receives it: `to` set for a one-way expansion. */
export interface VocabularyEntry {
  terms: string[]
  to?: string[]
}

interface Alternative {
  words: Word[]
  /** Expansions count for less than equivalents: they widen the question. */
  weight: number
}

export interface Vocabulary {
  /** Folded term (stop words removed, words joined by a space) → what it also means. */
  alternatives: Map<string, Alternative[]>
  /** Most words in a term. */
  longest: number
  /** Every word of every term, folded → as written (the typo rule corrects to them too). */
  words: Map<string, string>
}

export const expansionWeight = 0.8
/** Pagefind searches a query may cost at most (each may load index chunks). */
export const maxVariants = 6

const key = (words: Word[]) => words.map((w) => w.key).join(' ')

export function contentWords(text: string, stop: Set<string>): Word[] {
  const words = splitWords(text)
  const kept = words.filter((w) => !stop.has(w.key))
  return kept.length > 0 ? kept : words
}

export function compileVocabulary(entries: VocabularyEntry[], stop: Set<string>): Vocabulary {
  const alternatives = new Map<string, Alternative[]>()
  const words = new Map<string, string>()
  let longest = 1
  const add = (from: Word[], to: Word[], weight: number) => {
    const k = key(from)
    if (k === '' || k === key(to) || to.length === 0) return
    const list = alternatives.get(k) ?? []
    if (!list.some((a) => key(a.words) === key(to))) list.push({ words: to, weight })
    alternatives.set(k, list)
  }
  for (const entry of entries) {
    const terms = entry.terms.map((t) => contentWords(t, stop))
    const targets = (entry.to ?? []).map((t) => contentWords(t, stop))
    for (const term of [...terms, ...targets]) {
      longest = Math.max(longest, term.length)
      for (const w of term) if (!words.has(w.key)) words.set(w.key, w.text)
    }
    for (const term of terms) {
      if (entry.to) for (const target of targets) add(term, target, expansionWeight)
      else for (const other of terms) add(term, other, 1)
    }
  }
  return { alternatives, longest, words }
}

export interface Variant {
  words: Word[]
  weight: number
}

/** A vocabulary term found in the query: words `start` to `end` (excluded). */
interface Match {
  start: number
  end: number
  alternatives: Alternative[]
}

function findTerms(words: Word[], vocabulary: Vocabulary): Match[] {
  const matches: Match[] = []
  let i = 0
  while (i < words.length) {
    let found: Match | undefined
    for (let n = Math.min(vocabulary.longest, words.length - i); n > 0 && !found; n--) {
      const alternatives = vocabulary.alternatives.get(key(words.slice(i, i + n)))
      if (alternatives) found = { start: i, end: i + n, alternatives }
    }
    if (found) {
      matches.push(found)
      i = found.end
    } else i++
  }
  return matches
}

/** Words that are part of a vocabulary term (never "corrected" as typos). */
export function vocabularyPositions(words: Word[], vocabulary: Vocabulary): Set<number> {
  const positions = new Set<number>()
  for (const m of findTerms(words, vocabulary))
    for (let i = m.start; i < m.end; i++) positions.add(i)
  return positions
}

/** A question's topic alone counts for less than the whole question. */
export const topicWeight = 0.7

/**
 * The query as typed (weight 1); for a longer query, each term found alone (« que manger
 * avec un diabète de grossesse » is about « diabète de grossesse », which Pagefind would
 * otherwise only find on pages that also say « manger »); then one variant per alternative
 * of each term, in the order of the terms; at most `maxVariants` in all.
 */
export function variants(
  words: Word[],
  vocabulary: Vocabulary,
  { alternatives = true }: { alternatives?: boolean } = {},
): Variant[] {
  const out: Variant[] = [{ words, weight: 1 }]
  const matches = findTerms(words, vocabulary)
  for (const m of matches) {
    if (m.end - m.start < words.length && out.length < maxVariants)
      out.push({ words: words.slice(m.start, m.end), weight: topicWeight })
  }
  if (!alternatives) return out
  // Round-robin over the terms, so that a second term gets its variants too.
  const depth = Math.max(0, ...matches.map((m) => m.alternatives.length))
  for (let round = 0; round < depth; round++) {
    for (const m of matches) {
      const alt = m.alternatives[round]
      if (!alt || out.length >= maxVariants) continue
      out.push({
        words: [...words.slice(0, m.start), ...alt.words, ...words.slice(m.end)],
        weight: alt.weight,
      })
    }
  }
  return out
}

export const queryText = (words: Word[]) => words.map((w) => w.text).join(' ')
