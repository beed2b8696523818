/**
 * Load benchmark of the REST API on one web instance, then on two behind a round-robin (the
 * load generator spreads its connections over both), on one PostgreSQL database with uploads
 * in an S3 bucket (s3rver on loopback): the cluster of tests/multi-instance/cluster.ts, 30
 * drafts made through the API, then the mixed load of api-load.bench.ts as staff (reads: list,
 * by id, by slug, English, taxonomy, drafts included; one request in five a draft create). Prints throughput,
 * latency percentiles and errors for each, and the machine's load average. Not a test.
 *
 *   NLV_BENCH_POSTGRES_URL=postgres://nlv:nlv@127.0.0.1:5432/nlv pnpm --filter @nlv/cms bench:instances
 */
import { randomBytes } from 'node:crypto'
import autocannon from 'autocannon'
import { draftCreate, printLoadResult, waitUntilCaughtUp } from './helpers/loadResult'
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
const password = randomBytes(12).toString('hex')

const cluster = await startCluster({
  postgresUrl,
  instances: 2,
  // Draft creates queue no site build: the load is the API's alone.
  worker: false,
})
try {
  const [A] = cluster.urls as [string, string]
  // Content made through the API (the seed, run beside two instances on a loaded machine,
  // stalled once for a quarter of an hour): an admin, an editor, 30 drafts with their arrays.
  const post = async (path: string, body: unknown, token?: string) => {
    const res = await fetch(`${A}/api/${path}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as { token?: string; doc?: { id: number; slug: string } }
  }
  const admin = await post('users/first-register', {
    email: 'admin@bench.local',
    password: password,
    name: 'Admin du banc',
    role: 'admin',
  })
  await post(
    'users',
    {
      email: 'editor@bench.local',
      password: password,
      name: 'Éditrice du banc',
      role: 'editor',
    },
    admin.token,
  )
  const { token } = (await post('users/login', {
    email: 'editor@bench.local',
    password: password,
  })) as { token: string }
  const docs: { id: number; slug: string }[] = []
  for (let i = 1; i <= 30; i++) {
    const { doc } = await post(
      'fact-sheets?draft=true&depth=0',
      {
        title: `Fiche du banc ${i}`,
        summary: `Résumé de la fiche ${i}.`,
        keyMessages: [{ text: `Message ${i}, un.` }, { text: `Message ${i}, deux.` }],
      },
      token,
    )
    docs.push(doc!)
  }
  // Staff reads (drafts included), as the admin and the review panel make them.
  const paths = [
    '/api/fact-sheets?limit=10&depth=1&draft=true',
    `/api/fact-sheets/${docs[0]!.id}?depth=1&draft=true`,
    `/api/fact-sheets?where[slug][equals]=${docs[1]!.slug}&depth=1&draft=true`,
    '/api/publications?limit=10&depth=1&locale=en&draft=true',
    '/api/themes?limit=100',
  ]
  let created = 0
  const results: string[] = []
  for (const [label, urls] of [
    ['one instance', cluster.urls.slice(0, 1)],
    ['two instances, round-robin', cluster.urls],
  ] as const) {
    let n = 0
    let reads = 0
    let failure = ''
    const result = await autocannon({
      // Several URLs: autocannon spreads the connections over them in turn (its types say
      // string; its documentation and code take an array).
      url: (urls.length === 1 ? urls[0]! : [...urls]) as unknown as string,
      connections,
      duration: seconds,
      requests: [
        {
          onResponse: (status, body) => {
            if (status >= 300 && !failure) failure = `${status} ${String(body).slice(0, 300)}`
          },
          setupRequest: (req) => {
            n++
            if (n % 5 === 0) return { ...req, ...draftCreate(token, ++created) }
            // Signed in as the editor: anonymous, the draft read by id answers 404, which
            // was a quarter of the reads in the first runs of this bench.
            return {
              ...req,
              method: 'GET',
              path: paths[reads++ % paths.length]!,
              headers: { Authorization: `JWT ${token}` },
              body: undefined,
            }
          },
        },
      ],
    })
    const row = printLoadResult(
      `REST API load, PostgreSQL + S3, ${label}, ${connections} clients, ${seconds} s (mixed reads, 1 in 5 a draft create)`,
      result,
      { firstFailure: failure },
    )
    results.push(`| ${label} | ${row} |`)
    await waitUntilCaughtUp(A)
  }
  console.log('\n| setup | req/s | p50 ms | p99 ms | errors |\n|---|---|---|---|---|')
  for (const r of results) console.log(r)
} finally {
  await cluster.stop()
}
