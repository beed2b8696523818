/**
 * The search vocabulary applied at index time: a page that says « diabète de grossesse » is
 * indexed with « diabète gestationnel » and « DG » too (and a page about « santé mentale »
 * with « anxiété », the one-way expansion read backwards), in a short passage of low weight
 * at the end of the indexed copy. A search then needs no extra request: measured on the
 * 2,000-item bench, expanding queries in the browser instead cost up to 110 KB a query (one
 * index chunk per equivalent), over the 40 KB budget.
 */
import type { Locale } from '@nlv/shared/locales'
import type { SearchVocabularyEntry } from '@nlv/shared/search-vocabulary'
import { splitWords } from '../search/fold'

/**
 * Pagefind weight of an added term. The page's own words weigh 1 (its title 10, summary and
 * key messages 5): a term the page names in its title or summary gets that weight; a term it
 * only mentions counts for less the fewer times it appears, so that the pages about
 * « allaitement » rank first for « breastfeeding », not every page that says it once.
 */
export function vocabularyWeight(occurrences: number, inLead: boolean): number {
  if (inLead) return 5
  return Math.min(1, Math.round(occurrences * 2.5) / 10)
}

const phrase = (text: string) =>
  ` ${splitWords(text)
    .map((w) => w.key)
    .join(' ')} `

const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;|&apos;/g, "'")
    .replace(/&[a-z#0-9]+;/gi, ' ')

/** A page's words, folded: all of `<main>`, and its lead (title and summary). */
export interface PageWords {
  all: string
  lead: string
}

export function pageWords(html: string): PageWords {
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html
  const title = /<h1[\s\S]*?<\/h1>/.exec(main)?.[0] ?? ''
  const summary = /<p class="[^"]*item__summary[^"]*"[\s\S]*?<\/p>/.exec(main)?.[0] ?? ''
  return { all: phrase(textOf(main)), lead: phrase(textOf(`${title} ${summary}`)) }
}

const occurrences = (words: string, term: string) => words.split(phrase(term)).length - 1

export interface Addition {
  term: string
  weight: number
}

/** Terms to add to a page in `lang` whose words are `words`, each with its weight. */
export function vocabularyAdditions(
  words: PageWords,
  entries: SearchVocabularyEntry[],
  lang: Locale,
): Addition[] {
  const added = new Map<string, Addition>()
  for (const entry of entries) {
    if (entry.language !== 'all' && entry.language !== lang) continue
    // Equivalents: found by any term, add the others; expansion: found by what it widens
    // to, add the terms expanded.
    const found = entry.kind === 'equivalents' ? entry.terms : entry.expandsTo
    const count = found.reduce((n, term) => n + occurrences(words.all, term), 0)
    if (count === 0) continue
    const weight = vocabularyWeight(
      count,
      found.some((term) => occurrences(words.lead, term) > 0),
    )
    for (const term of entry.terms) {
      const key = phrase(term)
      if (words.all.includes(key)) continue
      const seen = added.get(key)
      if (!seen || seen.weight < weight) added.set(key, { term, weight })
    }
  }
  return [...added.values()]
}

/**
 * Separates the added terms (U+2E31, a word separator no page text uses): the search page
 * recognises an excerpt taken from them and shows the page's summary instead.
 */
export const vocabularySeparator = ' \u2e31 '

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The indexed copy of a page with its vocabulary terms (by weight) before `</main>`. */
export function withVocabulary(html: string, additions: Addition[]): string {
  if (additions.length === 0) return html
  const byWeight = new Map<number, string[]>()
  for (const { term, weight } of additions)
    byWeight.set(weight, [...(byWeight.get(weight) ?? []), term])
  const passages = [...byWeight]
    .sort(([a], [b]) => b - a)
    .map(
      ([weight, terms]) =>
        `<p data-pagefind-weight="${weight}">${terms.map(escapeHtml).join(vocabularySeparator)}</p>`,
    )
    .join('')
  const at = html.lastIndexOf('</main>')
  return at === -1 ? html : `${html.slice(0, at)}${passages}${html.slice(at)}`
}
