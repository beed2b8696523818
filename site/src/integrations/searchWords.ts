/**
 * The word list of each language's index, for the search page's typo rule
 * (`search/typos.ts`): every word of the indexed text (Pagefind's own fragments, so exactly
 * what it indexed) with its count, one a line, alphabetical (`allaitement 57`). Written to
 * `pagefind/words-<lang>.<hash>.txt` (a new name for new content: `/pagefind/` is cached as
 * immutable) and its name put into the language's search page. Over the budget, the rarest
 * words are left out first.
 */
import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import type { Locale } from '@nlv/shared/locales'
import { wordsFilePlaceholder } from '../search/searchConfig'

/** Largest word list, gzipped as a static host sends it. */
export const wordListBudget = 28 * 1024
const minLength = 3
const maxLength = 30

/** Words of a text with their counts (lower case, letters only, as written). */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
      if (word.length < minLength || word.length > maxLength) continue
      counts.set(word, (counts.get(word) ?? 0) + 1)
    }
  }
  return counts
}

/** The list file, trimmed of the rarest words until it fits `budget` bytes gzipped. */
export function wordListText(counts: Map<string, number>, budget = wordListBudget): string {
  let entries = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const text = () => entries.map(([w, n]) => (n > 1 ? `${w} ${n}\n` : `${w}\n`)).join('')
  let out = text()
  for (let floor = 1; gzipSync(out).length > budget; floor++) {
    entries = entries.filter(([, n]) => n > floor)
    out = text()
  }
  return out
}

/** Indexed text per language, read back from the bundle's fragments. */
async function indexedTexts(bundle: string, langOf: Map<string, Locale>) {
  const texts: Record<string, string[]> = {}
  const dir = path.join(bundle, 'fragment')
  // A site with no published item yet (a new installation) has an index without fragments.
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[]
    throw error
  })
  for (const file of files) {
    const raw = gunzipSync(await readFile(path.join(dir, file))).toString('utf8')
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string }
    const lang = langOf.get(fragment.url)
    if (lang) (texts[lang] ??= []).push(fragment.content)
  }
  return texts
}

/**
 * Writes each language's word list and points its search page at it. `langOf`: indexed URL →
 * language; `searchPages`: language → the search page's file.
 */
export async function writeWordLists(
  outDir: string,
  langOf: Map<string, Locale>,
  searchPages: Partial<Record<Locale, string>>,
): Promise<Record<string, { words: number; gzipBytes: number }>> {
  const bundle = path.join(outDir, 'pagefind')
  const texts = await indexedTexts(bundle, langOf)
  const report: Record<string, { words: number; gzipBytes: number }> = {}
  for (const [lang, file] of Object.entries(searchPages) as Array<[Locale, string]>) {
    let name = ''
    const list = texts[lang]
    if (list) {
      const text = wordListText(countWords(list))
      const hash = createHash('sha256').update(text).digest('hex').slice(0, 10)
      name = `words-${lang}.${hash}.txt`
      await writeFile(path.join(bundle, name), text)
      report[lang] = { words: text.split('\n').length - 1, gzipBytes: gzipSync(text).length }
    }
    const html = await readFile(file, 'utf8')
    await writeFile(file, html.replaceAll(wordsFilePlaceholder, name))
  }
  return report
}
