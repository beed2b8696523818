import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefindApi from 'pagefind'
import type { Locale } from '@nlv/shared/locales'
import { getRoutes } from '../content/routes'
import { loadSnapshot } from '../content/snapshot'
import { env } from '../env'
import { pageWords, vocabularyAdditions, withVocabulary } from './searchVocabularyIndex'
import { rechunkIndex } from './rechunkIndex'
import { writeWordLists } from './searchWords'

/**
 * Files of Pagefind's bundled interfaces. The site has its own search page (see
 * `src/search/`), which loads only `pagefind.js`, its worker, a language's wasm and the index.
 */
const unusedBundleFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

/**
 * French typography writes elisions with a typographic apostrophe (« l’allaitement »).
 * Pagefind splits a word on the ASCII apostrophe, indexing « l'allaitement » as
 * `allaitement` and `lallaitement`, but keeps « l’allaitement » whole, so that a search for
 * « allaitement » would miss it. The indexed copy of the page gets ASCII apostrophes between
 * letters (the search page puts the typographic ones back in excerpts); the built page is
 * untouched.
 */
export function asciiApostrophes(html: string): string {
  return html.replace(/(\p{L})[\u2019\u02bc](?=\p{L})/gu, "$1'")
}

/**
 * What indexing did, from Pagefind's own answers (each `addHTMLFile` response). With
 * `NLV_SEARCH_REPORT` set, the build writes it there as JSON: the publishing pipeline reads
 * its duration for the build's "Pagefind" phase.
 */
export interface SearchIndexReport {
  /** Indexed pages per language (`<html lang>`). */
  pages: Record<string, number>
  /** The URLs Pagefind indexed, as it reports them. */
  urls: string[]
  /** Distinct words in the index, summed over pages, as Pagefind counts them. */
  uniqueWords: number
  /** Reading the pages, indexing them and writing the bundle, in milliseconds. */
  durationMs: number
}

/**
 * Indexes the item pages (fiches, outils, webinaires, publications, in every language) of a
 * built site and writes the bundle to `<outDir>/pagefind/`. Lists, theme hubs and other pages
 * are not indexed: a search answers with content. Pagefind splits the index by `<html lang>`,
 * so French and English pages each get their own.
 */
export async function buildSearchIndex(
  outDir: string,
  logger: AstroIntegrationLogger,
): Promise<SearchIndexReport> {
  const started = performance.now()
  const routes = getRoutes()
  const items = routes.filter((route) => route.kind === 'item')
  const itemPaths = items.map((route) => route.path)
  const langOf = new Map<string, Locale>(items.map((route) => [route.path, route.locale]))
  const searchPages = Object.fromEntries(
    routes
      .filter((route) => route.kind === 'search')
      .map((route) => [route.locale, path.join(outDir, route.path, 'index.html')]),
  )
  try {
    const { index, errors } = await pagefindApi.createIndex({})
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`)
    const pages: Record<string, number> = {}
    const urls: string[] = []
    let uniqueWords = 0
    const vocabulary = loadSnapshot().searchVocabulary
    let expanded = 0
    for (const url of itemPaths) {
      const file = path.join(outDir, url, 'index.html')
      const html = await readFile(file, 'utf8')
      const additions = vocabularyAdditions(pageWords(html), vocabulary, langOf.get(url) ?? 'fr')
      if (additions.length > 0) expanded++
      const content = asciiApostrophes(withVocabulary(html, additions))
      const added = await index.addHTMLFile({ url, content })
      if (added.errors.length > 0) {
        throw new Error(`Pagefind could not index ${url}: ${added.errors.join('; ')}`)
      }
      urls.push(added.file.url)
      uniqueWords += added.file.uniqueWords
      const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1] ?? 'unknown'
      pages[lang] = (pages[lang] ?? 0) + 1
    }
    const bundle = path.join(outDir, 'pagefind')
    const written = await index.writeFiles({ outputPath: bundle })
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write ${bundle}: ${written.errors.join('; ')}`)
    }
    await Promise.all(unusedBundleFiles.map((name) => rm(path.join(bundle, name), { force: true })))
    for (const r of await rechunkIndex(bundle))
      logger.info(
        `index chunks (${r.lang}): ${r.before} → ${r.after}, largest ${(r.largestBefore / 1024).toFixed(1)} → ${(r.largestAfter / 1024).toFixed(1)} KB`,
      )
    const lists = await writeWordLists(outDir, langOf, searchPages)
    const listSummary = Object.entries(lists)
      .map(([lang, l]) => `${lang} ${l.words} words, ${(l.gzipBytes / 1024).toFixed(1)} KB gzip`)
      .join('; ')
    logger.info(`typo word lists: ${listSummary || 'none'}`)
    logger.info(`search vocabulary: terms added to ${expanded} of ${itemPaths.length} pages`)
    const summary = Object.entries(pages)
      .map(([lang, count]) => `${count} ${lang}`)
      .join(', ')
    logger.info(`indexed ${urls.length} item pages (${summary}) into pagefind/`)
    return { pages, urls, uniqueWords, durationMs: Math.round(performance.now() - started) }
  } catch (error) {
    throw new Error('Building the search index failed', { cause: error })
  } finally {
    await pagefindApi.close()
  }
}

/** Builds the Pagefind search index once Astro has written the static site. */
export function pagefind(): AstroIntegration {
  return {
    name: 'nlv:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir), logger)
        logger.info(`pagefind index written in ${report.durationMs} ms`)
        if (env.NLV_SEARCH_REPORT) await writeFile(env.NLV_SEARCH_REPORT, JSON.stringify(report))
      },
    },
  }
}
