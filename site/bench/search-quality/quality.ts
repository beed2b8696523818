/**
 * The search-quality set (`queries.json`) run through the real search page in a browser:
 * each query is opened as `/recherche/?q=…` (or `/en/search/?q=…`), the page's own script
 * searches, and the order of the result links is read back. Scores: top-1 and top-3 hit
 * rates (every expected item among the first three) and the mean reciprocal rank of the
 * first expected item.
 */
import { readFileSync } from 'node:fs'
import type { launchBrowser } from '../../../tests/helpers/browser'

/** A Chromium tab (playwright-core's `Page`, reached through the tests' browser helper). */
type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchBrowser>>['newPage']>>

export interface QualityQuery {
  q: string
  lang?: 'fr' | 'en'
  kind: string
  /** Paths of the items that must all be among the first three results. */
  expect: string[]
}

export const qualityQueries: QualityQuery[] = (
  JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8')) as {
    queries: QualityQuery[]
  }
).queries

export interface QueryOutcome {
  query: QualityQuery
  /** Result paths in order (as many as the page shows). */
  found: string[]
  /** The notice above the results (correction, partial matches), if any. */
  notice: string
  /** 1-based rank of the first expected item, 0 when absent. */
  rank: number
  top1: boolean
  top3: boolean
}

export function score(query: QualityQuery, found: string[], notice = ''): QueryOutcome {
  const ranks = query.expect.map((path) => found.indexOf(path) + 1)
  const present = ranks.filter((r) => r > 0)
  const rank = present.length > 0 ? Math.min(...present) : 0
  return {
    query,
    found,
    notice,
    rank,
    top1: rank === 1,
    top3: ranks.every((r) => r > 0 && r <= 3),
  }
}

const searchPath = (lang: 'fr' | 'en') => (lang === 'en' ? '/en/search/' : '/recherche/')

/** Opens one query on the search page and reads its results in order. */
export async function runQuery(page: Page, origin: string, query: QualityQuery) {
  await page.goto(`${origin}${searchPath(query.lang ?? 'fr')}?q=${encodeURIComponent(query.q)}`)
  await page.waitForFunction(
    () => Number(document.documentElement.dataset.searchRenders ?? 0) > 0,
    null,
    { timeout: 15_000 },
  )
  const found = await page
    .locator('#search-results > li h2 a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))
  const notice = await page
    .locator('#search-notice')
    .evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).innerText.trim()).join(' '))
  return score(query, found, notice)
}

export interface QualitySummary {
  count: number
  top1: number
  top3: number
  mrr: number
}

export function summarise(outcomes: QueryOutcome[]): QualitySummary {
  const count = outcomes.length
  const rate = (n: number) => (count === 0 ? 0 : n / count)
  return {
    count,
    top1: rate(outcomes.filter((o) => o.top1).length),
    top3: rate(outcomes.filter((o) => o.top3).length),
    mrr: rate(outcomes.reduce((sum, o) => sum + (o.rank > 0 ? 1 / o.rank : 0), 0)),
  }
}
