/**
 * `pnpm --filter @nlv/tests bench:search`: builds the site from the generated snapshot of
 * 2,000 items (`BENCH_ITEMS` to change), serves it, and in Chromium types searches on the
 * search page like a person (a key every 120 ms), measuring for each query:
 * - the bytes it fetched, from its first keystroke to its results (the first query loads
 *   Pagefind: its script, worker, French wasm, index metadata and filters);
 * - the time from the last keystroke to the results in the DOM.
 * Budgets (issue #5): first query ≤ 150 KB, later ones ≤ 40 KB, results ≤ 150 ms after the
 * last keystroke on a warm page.
 *
 * Bytes are counted from the files served (the test server does not compress): "gzip" counts
 * text files (HTML, CSS, JS, JSON) gzipped as a static host sends them, and Pagefind's index
 * files as they are (already gzip). HTTP headers are not counted (about 200 bytes a request).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { launchBrowser } from '../helpers/browser'
import { serveStatic } from '../helpers/staticServer'
import { buildSiteOrThrow, buildsDir } from '@nlv/site/test/build-site'
import { generateSnapshot } from '@nlv/site/bench/generate-snapshot'

const items = Number(process.env.BENCH_ITEMS ?? 2000)
const queries = (
  process.env.BENCH_QUERIES ??
  'allaitement,calcium,coupons,budget,caféine,corridor,nausées,surgelés'
).split(',')
/** A Chromium tab (playwright-core's `Page`, reached through the tests' browser helper). */
type Page = Awaited<ReturnType<Awaited<ReturnType<typeof launchBrowser>>['newPage']>>

const keyDelayMs = 120
const budgets = { firstKb: 150, laterKb: 40, latencyMs: 150 }

const textTypes = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt'])

interface Weight {
  requests: number
  raw: number
  gzip: number
}

async function weigh(outDir: string, paths: string[]): Promise<Weight> {
  const weight: Weight = { requests: paths.length, raw: 0, gzip: 0 }
  for (const sitePath of paths) {
    const file = path.join(outDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath)
    const bytes = await readFile(file).catch(() => Buffer.alloc(0))
    weight.raw += bytes.length
    weight.gzip += textTypes.has(path.extname(file)) ? gzipSync(bytes).length : bytes.length
  }
  return weight
}

/** Records keystrokes and search-page updates with their times, in the page. */
const instrument = (page: Page) =>
  page.evaluate(`(() => {
    const input = document.getElementById('search-query')
    window.__bench = { lastInput: 0, renders: [] }
    input.addEventListener('input', () => { window.__bench.lastInput = performance.now() }, true)
    new MutationObserver(() => {
      window.__bench.renders.push({
        at: performance.now(),
        query: new URLSearchParams(location.search).get('q') ?? '',
        results: document.querySelectorAll('#search-results > li').length,
      })
    }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-search-renders'] })
  })()`)

interface Timing {
  latencyMs: number
  results: number
}

/** Types `query` into the emptied search box and waits for its results. */
async function typeQuery(page: Page, query: string): Promise<Timing> {
  await page.evaluate(`window.__bench.renders = []`)
  await page.locator('#search-query').pressSequentially(query, { delay: keyDelayMs })
  await page.waitForFunction(
    (q: string) => {
      const bench = (
        window as unknown as {
          __bench: { lastInput: number; renders: Array<{ at: number; query: string }> }
        }
      ).__bench
      return bench.renders.some((r) => r.at >= bench.lastInput && r.query === q)
    },
    query,
    { timeout: 20_000 },
  )
  return page.evaluate(`(() => {
    const b = window.__bench
    const done = b.renders.find((r) => r.at >= b.lastInput && r.query === ${JSON.stringify(query)})
    return { latencyMs: done.at - b.lastInput, results: done.results }
  })()`) as Promise<Timing>
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1)

/** An already built site to measure (`BENCH_DIST=…`), else a fresh build of the snapshot. */
async function site(): Promise<{ outDir: string; cleanup(): Promise<void> }> {
  if (process.env.BENCH_DIST) return { outDir: process.env.BENCH_DIST, cleanup: async () => {} }
  await mkdir(buildsDir, { recursive: true })
  const snapshotFile = path.join(buildsDir, `bench-search-${items}.json`)
  await writeFile(snapshotFile, JSON.stringify(generateSnapshot(items)))
  console.log(`building ${items} items…`)
  const build = await buildSiteOrThrow({ snapshot: snapshotFile, timeoutMs: 30 * 60_000 })
  await rm(snapshotFile, { force: true })
  const indexLine = /\[nlv:pagefind\] (.*)/.exec(build.output)?.[1] ?? '?'
  console.log(`built in ${(build.durationMs / 1000).toFixed(1)} s; pagefind: ${indexLine}`)
  return build
}

const build = await site()

const server = await serveStatic(build.outDir)
const browser = await launchBrowser()
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } })
  let mark = server.requests.length
  await page.goto(`${server.url}/recherche/`)
  await page.waitForFunction(() => Number(document.documentElement.dataset.searchRenders ?? 0) > 0)
  const pageLoad = await weigh(build.outDir, server.requests.slice(mark))
  await instrument(page)

  const rows: Array<Record<string, string | number>> = []
  for (const [i, query] of queries.entries()) {
    if (i > 0) {
      await page.locator('#search-query').fill('')
      await page.waitForFunction(
        () => document.getElementById('search-results')?.children.length === 0,
      )
    }
    mark = server.requests.length
    const timing = await typeQuery(page, query)
    // Fragments of the first 10 results load before they show: all counted above.
    const weight = await weigh(build.outDir, server.requests.slice(mark))
    if (process.env.BENCH_DETAIL) console.log(query, server.requests.slice(mark).join(' '))
    rows.push({
      query,
      results: timing.results,
      requests: weight.requests,
      'raw (KB)': kb(weight.raw),
      'gzip (KB)': kb(weight.gzip),
      'last key → DOM (ms)': Math.round(timing.latencyMs),
    })
  }
  console.log(
    `\nsearch page load (HTML, CSS, search script): ${kb(pageLoad.gzip)} KB gzip, ${kb(pageLoad.raw)} KB raw, ${pageLoad.requests} requests`,
  )
  console.table(rows)

  const first = rows[0] as Record<string, string | number>
  const later = rows.slice(1)
  const laterKb = Math.max(...later.map((r) => Number(r['gzip (KB)'])))
  const warm = later.map((r) => Number(r['last key → DOM (ms)'])).sort((a, b) => a - b)
  const median = warm[Math.floor(warm.length / 2)] ?? NaN
  const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET')
  console.log(
    [
      `first query: ${first['gzip (KB)']} KB gzip (budget ${budgets.firstKb} KB): ${verdict(Number(first['gzip (KB)']) <= budgets.firstKb)}`,
      `later queries: at most ${laterKb.toFixed(1)} KB gzip (budget ${budgets.laterKb} KB): ${verdict(laterKb <= budgets.laterKb)}`,
      `warm latency, last key → results in DOM: median ${median} ms, max ${Math.max(...warm)} ms (budget ${budgets.latencyMs} ms): ${verdict(Math.max(...warm) <= budgets.latencyMs)}`,
    ].join('\n'),
  )
} finally {
  await browser.close()
  await server.close()
  await build.cleanup()
}
