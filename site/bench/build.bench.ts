/**
 * `pnpm bench`: builds the site from generated snapshots of 200 and 2,000 items and prints
 * the build time and the peak memory of each build. `BENCH_SIZES=50,500` picks other sizes.
 * First it builds the fixture site and prints the PPNE page's weight (page without its
 * calculator, and the calculator's JavaScript, both gzip-compressed).
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseSnapshot } from '@nlv/shared/snapshot'
import { buildSiteOrThrow, buildsDir } from '../test/helpers/buildSite'
import { ppneWeight } from '../test/helpers/pageWeight'
import { listFiles } from '../test/helpers/readSite'
import { generateSnapshot } from './generate-snapshot'

const sizes = (process.env.BENCH_SIZES ?? '200,2000').split(',').map(Number)

interface Row {
  items: number
  pages: number
  'build (s)': string
  'peak RSS (MB)': string
  'output (MB)': string
}

console.log('building the fixture site for the PPNE page weight…')
const fixture = await buildSiteOrThrow()
console.table(
  await Promise.all(
    ['/ppne/', '/en/ppne/'].map(async (page) => {
      const weight = await ppneWeight(fixture.outDir, page)
      return {
        page,
        'page without calculator, gz (KB)': (weight.pageGzip / 1024).toFixed(1),
        'budget (KB)': 30,
        'calculator JS, gz (KB)': (weight.islandJsGzip / 1024).toFixed(1),
        'JS budget (KB)': 70,
      }
    }),
  ),
)
await fixture.cleanup()

const rows: Row[] = []
for (const size of sizes) {
  const snapshot = generateSnapshot(size)
  parseSnapshot(snapshot) // the generator must honour the contract
  const file = path.join(buildsDir, `bench-${size}.json`)
  const { mkdir, rm, stat } = await import('node:fs/promises')
  await mkdir(buildsDir, { recursive: true })
  await writeFile(file, JSON.stringify(snapshot))
  console.log(`building ${size} items…`)
  const build = await buildSiteOrThrow({ snapshot: file, timeoutMs: 20 * 60_000 })
  const files = await listFiles(build.outDir)
  const bytes = (await Promise.all(files.map((f) => stat(path.join(build.outDir, f))))).reduce(
    (s, st) => s + st.size,
    0,
  )
  rows.push({
    items: size,
    pages: files.filter((f) => f.endsWith('.html')).length,
    'build (s)': (build.durationMs / 1000).toFixed(1),
    'peak RSS (MB)':
      build.maxRssKb === null ? 'n/a (no /usr/bin/time)' : (build.maxRssKb / 1024).toFixed(0),
    'output (MB)': (bytes / 1e6).toFixed(1),
  })
  await build.cleanup()
  await rm(file, { force: true })
}
console.table(rows)
