/**
 * `pnpm --filter @nlv/site bench:quality` (part of `pnpm bench`): builds the site from the
 * seed content's published snapshot (see `search-quality/seedSnapshot.ts`), serves it, runs
 * every query of the search-quality set through the search page in Chromium, and prints
 * top-1, top-3 and MRR, overall and per kind of query, with every miss.
 * `BENCH_DIST=<folder>` measures an already built site; `BENCH_SNAPSHOT=<file>` builds from
 * that snapshot instead of seeding; `BENCH_KIND=typo` runs one kind only.
 */
import { launchBrowser } from '../../tests/helpers/browser'
import { serveStatic } from '../../tests/helpers/staticServer'
import { buildSiteOrThrow } from '../test/helpers/buildSite'
import { qualityQueries, runQuery, summarise, type QueryOutcome } from './search-quality/quality'
import { seedSnapshot } from './search-quality/seedSnapshot'

async function site(): Promise<{ outDir: string; cleanup(): Promise<void> }> {
  if (process.env.BENCH_DIST) return { outDir: process.env.BENCH_DIST, cleanup: async () => {} }
  console.log('seeding a scratch database and exporting its snapshot…')
  const snapshot = await seedSnapshot()
  try {
    console.log('building the seed site…')
    return await buildSiteOrThrow({ snapshot: snapshot.file, cmsUrl: 'https://cms.invalid' })
  } finally {
    await snapshot.cleanup()
  }
}

const queries = qualityQueries.filter(
  (q) => !process.env.BENCH_KIND || q.kind === process.env.BENCH_KIND,
)
const build = await site()
const server = await serveStatic(build.outDir)
const browser = await launchBrowser()
const outcomes: QueryOutcome[] = []
try {
  // A wide screen: the page shows ten results.
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  for (const query of queries) outcomes.push(await runQuery(page, server.url, query))
} finally {
  await browser.close()
  await server.close()
  await build.cleanup()
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`
const row = (label: string, list: QueryOutcome[]) => {
  const s = summarise(list)
  return {
    set: label,
    queries: s.count,
    'top-1': pct(s.top1),
    'top-3': pct(s.top3),
    MRR: s.mrr.toFixed(3),
  }
}
const kinds = [...new Set(outcomes.map((o) => o.query.kind))]
console.table([
  row('all', outcomes),
  ...kinds.map((k) =>
    row(
      k,
      outcomes.filter((o) => o.query.kind === k),
    ),
  ),
])
const misses = outcomes.filter((o) => !o.top3)
console.log(`\nmisses (expected item not in the top three): ${misses.length}`)
for (const miss of misses) {
  const got = miss.found.slice(0, 3).join(' ') || '(no results)'
  console.log(
    `  [${miss.query.kind}] «${miss.query.q}»${miss.query.lang === 'en' ? ' (en)' : ''}: rank ${miss.rank || '-'}; top 3: ${got}`,
  )
}
const total = summarise(outcomes)
console.log(
  `\nsearch quality: top-1 ${pct(total.top1)}, top-3 ${pct(total.top3)} (target 90 %), MRR ${total.mrr.toFixed(3)}`,
)
