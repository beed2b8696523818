/**
 * Load benchmark of the REST API on one web instance, then on two behind a round-robin (the
 * load generator spreads its connections over both), on one PostgreSQL database with uploads
 * in an S3 bucket (s3rver on loopback): the cluster of tests/multi-instance/cluster.ts, the
 * seed content, then the mixed load of api-load.bench.ts (reads: list, by id, by slug,
 * English, taxonomy; one request in five a draft create by the editor). Prints throughput,
 * latency percentiles and errors for each, and the machine's load average. Not a test.
 *
 *   NLV_BENCH_POSTGRES_URL=postgres://nlv:nlv@127.0.0.1:5432/nlv pnpm --filter @nlv/cms bench:instances
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { startCluster } from '../../tests/multi-instance/cluster'

const postgresUrl = process.env.NLV_BENCH_POSTGRES_URL
if (!postgresUrl) {
  // `pnpm bench` runs this after api-load.bench.ts: without PostgreSQL there is nothing to do.
  console.log(
    '[bench] multi-instance: skipped (set NLV_BENCH_POSTGRES_URL to a PostgreSQL server; a database is made on it)',
  )
  process.exit(0)
}
const seconds = Number(process.env.NLV_BENCH_SECONDS ?? 20)
const connections = 50
const cmsDir = path.resolve(import.meta.dirname, '..')
const seedPassword = randomBytes(12).toString('hex')

const cluster = await startCluster({
  postgresUrl,
  instances: 2,
  // Draft creates queue no site build: the load is the API's alone.
  worker: false,
  env: { SEED_PASSWORD: seedPassword },
})
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')
try {
  const [A] = cluster.urls as [string, string]
  execFileSync(
    process.execPath,
    [path.join(cmsDir, '..', 'scripts', 'tsx-retry.mjs'), 'src/seed.ts'],
    { cwd: path.join(cmsDir, '..', 'content-seed'), env: cluster.processEnv(), stdio: 'inherit' },
  )
  const { docs } = (await (await fetch(`${A}/api/fact-sheets?limit=5&depth=0`)).json()) as {
    docs: { id: number; slug: string }[]
  }
  const paths = [
    '/api/fact-sheets?limit=10&depth=1',
    `/api/fact-sheets/${docs[0]!.id}?depth=1`,
    `/api/fact-sheets?where[slug][equals]=${docs[1]!.slug}&depth=1`,
    '/api/publications?limit=10&depth=1&locale=en',
    '/api/themes?limit=100',
  ]
  const login = await fetch(`${A}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@nourrirlavie.local', password: seedPassword }),
  })
  const { token } = (await login.json()) as { token: string }
  let created = 0
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`)
  const results: string[] = []
  for (const [label, urls] of [
    ['one instance', cluster.urls.slice(0, 1)],
    ['two instances, round-robin', cluster.urls],
  ] as const) {
    let n = 0
    const result = await autocannon({
      // Several URLs: autocannon spreads the connections over them in turn (its types say
      // string; its documentation and code take an array).
      url: (urls.length === 1 ? urls[0]! : [...urls]) as unknown as string,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            n++
            if (n % 5 === 0)
              return {
                ...req,
                method: 'POST',
                path: '/api/fact-sheets?draft=true&depth=0',
                headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
                body: JSON.stringify({
                  title: `Fiche de charge ${++created}`,
                  summary: 'Écrite par le banc de charge.',
                  keyMessages: [{ text: 'Un message.' }, { text: 'Un autre.' }],
                }),
              }
            return {
              ...req,
              method: 'GET',
              path: paths[n % paths.length]!,
              headers: {},
              body: undefined,
            }
          },
        },
      ],
    })
    console.log(
      `\nREST API load, PostgreSQL + S3, ${label}, ${connections} clients, ${seconds} s (mixed reads, 1 in 5 a draft create)`,
    )
    line('requests', String(result.requests.total))
    line('throughput', `${result.requests.average.toFixed(1)} req/s`)
    line('latency p50', `${result.latency.p50} ms`)
    line('latency p99', `${result.latency.p99} ms`)
    line('errors', `${result.errors} (${result.timeouts} of them timeouts)`)
    line('non-2xx responses', String(result.non2xx))
    line('load average', `${load()} (1, 5, 15 min; ${os.cpus().length} cores)`)
    results.push(
      `| ${label} | ${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx} |`,
    )
    // Let the servers catch up on the sockets autocannon dropped before the next phase.
    for (let i = 0; i < 60; i++) {
      const start = performance.now()
      await fetch(`${A}/api/themes?limit=1`).catch(() => undefined)
      if (performance.now() - start < 300) break
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  console.log('\n| setup | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|')
  for (const r of results) console.log(r)
} finally {
  await cluster.stop()
}
