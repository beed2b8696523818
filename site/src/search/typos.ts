/**
 * The typo rule: a query word that is neither in the index's word list (emitted at build
 * time, `integrations/searchWords.ts`) nor a vocabulary term is replaced by the nearest
 * known word: fewest edits (a transposition is one edit), accents folded, weighed against
 * how frequent the word is. Short words are left alone: at three letters everything is one edit away.
 */

export interface WordList {
  /** Folded word → the word as written in the pages and how often it occurs. */
  byKey: Map<string, { text: string; count: number }>
  keys: string[]
}

/** Parses the word list file: one word a line, followed by its count when above one. */
export function parseWordList(text: string, fold: (w: string) => string): WordList {
  const byKey = new Map<string, { text: string; count: number }>()
  for (const line of text.split('\n')) {
    const [word, n] = line.split(' ')
    if (!word) continue
    const count = Number(n ?? 1) || 1
    const k = fold(word)
    const seen = byKey.get(k)
    if (!seen || seen.count < count) byKey.set(k, { text: word, count: (seen?.count ?? 0) + count })
    else seen.count += count
  }
  return { byKey, keys: [...byKey.keys()] }
}

export const minTypoLength = 4

/** Most edits accepted for a word of this length. */
const maxEdits = (length: number) => (length <= 5 ? 1 : length <= 8 ? 2 : 3)

const commonPrefix = (a: string, b: string) => {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** Endings of another form of the same word (folded): « allait|er » is « allait|ement ». */
const endings = new Set(['', 'e', 's', 'es', 'er', 'ez', 'ee', 'ees', 'ent', 'r', 'x', 'ant'])

/**
 * Known: in the list, or another form of a listed word that Pagefind's stemming finds
 * (« allaiter » for « allaitement »): the same first letters (five at least), then an
 * inflection ending. « toxoplasmoze » is not « toxoplasmose »: `ze` is no ending.
 */
export function isKnown(key: string, list: WordList): boolean {
  if (key.length < minTypoLength || /\d/.test(key) || list.byKey.has(key)) return true
  return list.keys.some((w) => {
    const p = commonPrefix(key, w)
    return p >= 5 && endings.has(key.slice(p)) && w.length - p <= 6
  })
}

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let prev2: number[] = []
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (prev2[j - 2] as number) + 1)
      row.push(d)
      best = Math.min(best, d)
    }
    if (best > limit) return limit + 1
    prev2 = prev
    prev = row
  }
  return prev[b.length] as number
}

/**
 * An edit weighs against how common the word is: a word ten times as frequent is worth half
 * an edit (« grosese » is « grossesse », 120 times in the pages, before « grosse », once).
 */
const frequencyWeight = 0.5

/** The nearest listed word (as written in the pages), or undefined when none is near. */
export function nearestWord(key: string, list: WordList): string | undefined {
  const limit = maxEdits(key.length)
  let best: { text: string; score: number } | undefined
  for (const w of list.keys) {
    if (w.length < minTypoLength - 1) continue
    const d = editDistance(key, w, limit)
    if (d > limit) continue
    const entry = list.byKey.get(w) as { text: string; count: number }
    const score = d - frequencyWeight * Math.log10(entry.count)
    if (!best || score < best.score) best = { text: entry.text, score }
  }
  return best?.text
}
