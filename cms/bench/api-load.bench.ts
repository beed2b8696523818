/**
 * Load benchmark of the REST API: the real CMS (`next start`, production mode, migrated
 * database, seed content) driven by 50 concurrent clients on loopback for a bounded time,
 * twice: reads only, then the same reads with one request in five creating a draft as the
 * editor (every write a transaction; on SQLite they take turns). Prints throughput, latency
 * percentiles and errors for each. Not a test: it asserts nothing.
 *
 *   pnpm --filter @nlv/cms bench                      # SQLite
 *   NLV_BENCH_POSTGRES_URL=postgres://… pnpm --filter @nlv/cms bench
 */
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { draftCreate, printLoadResult, waitUntilCaughtUp } from './helpers/loadResult'

const cmsDir = path.resolve(import.meta.dirname, '..')
const seconds = Number(process.env.NLV_BENCH_SECONDS ?? 20)
const connections = 50

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-bench-'))
const port = await freePort()
const env = {
  ...process.env,
  NODE_ENV: 'production' as const,
  NLV_DATA_DIR: dataDir,
  PAYLOAD_SECRET: randomBytes(32).toString('hex'),
  SEED_PASSWORD: randomBytes(12).toString('hex'),
  DATABASE_URL: process.env.NLV_BENCH_POSTGRES_URL ?? `file:${path.join(dataDir, 'bench.db')}`,
  CMS_URL: `http://127.0.0.1:${port}`,
  NLV_JOBS_AUTORUN: 'false',
  PORT: String(port),
}
const database = env.DATABASE_URL.startsWith('postgres') ? 'PostgreSQL' : 'SQLite'
// tsx is a root devDependency (there is no cms/node_modules/.bin/tsx on a fresh install); run
// scripts through the same wrapper as the package scripts, which also retries Node 20's import
// stall (exit 13).
const tsxRetry = path.join(cmsDir, '..', 'scripts', 'tsx-retry.mjs')
const run = (args: string[], cwd = cmsDir) =>
  execFileSync(args[0]!, args.slice(1), { cwd, env, stdio: 'inherit' })

console.log(`[bench] ${database}, data in ${dataDir}`)
run([process.execPath, tsxRetry, 'scripts/migrate.ts'])
run([process.execPath, tsxRetry, 'src/seed.ts'], path.join(cmsDir, '..', 'content-seed'))
// Rebuild when there is no build or the code changed since it (else the bench measures old code).
const buildId = path.join(cmsDir, '.next', 'BUILD_ID')
const newestSource = () =>
  Math.max(
    ...fs
      .readdirSync(path.join(cmsDir, 'src'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => fs.statSync(path.join(f.parentPath, f.name)).mtimeMs),
  )
if (!fs.existsSync(buildId) || fs.statSync(buildId).mtimeMs < newestSource()) {
  const t = performance.now()
  run(['pnpm', 'build'])
  console.log(`[bench] next build: ${((performance.now() - t) / 1000).toFixed(1)} s`)
}

const server = spawn('pnpm', ['exec', 'next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
  cwd: cmsDir,
  env,
  stdio: 'ignore',
  detached: true,
})
const base = `http://127.0.0.1:${port}`
try {
  for (let i = 0; ; i++) {
    const ok = await fetch(`${base}/api/fact-sheets?limit=1`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) break
    if (i > 120) throw new Error('the CMS did not start within 60 s')
    await new Promise((r) => setTimeout(r, 500))
  }
  const { docs } = (await (await fetch(`${base}/api/fact-sheets?limit=5&depth=0`)).json()) as {
    docs: { id: number; slug: string }[]
  }
  const paths = [
    '/api/fact-sheets?limit=10&depth=1',
    `/api/fact-sheets/${docs[0]!.id}?depth=1`,
    `/api/fact-sheets?where[slug][equals]=${docs[1]!.slug}&depth=1`,
    '/api/publications?limit=10&depth=1&locale=en',
    '/api/themes?limit=100',
  ]
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'editor@nourrirlavie.local', password: env.SEED_PASSWORD }),
  })
  const { token } = (await login.json()) as { token: string }
  let created = 0
  const write = () => draftCreate(token, ++created)
  for (const [label, writeEvery] of [
    ['mixed reads: list, by id, by slug, English, taxonomy', 0],
    ['the same reads, 1 request in 5 a draft create', 5],
  ] as const) {
    let n = 0
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            n++
            if (writeEvery && n % writeEvery === 0) return { ...req, ...write() }
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
    printLoadResult(
      `REST API load, ${database}, ${connections} clients, ${seconds} s (${label})`,
      result,
    )
    await waitUntilCaughtUp(base)
  }
} finally {
  process.kill(-server.pid!, 'SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
}
