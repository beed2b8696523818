/**
 * Several CMS processes "beyond one machine", all on loopback: one fresh PostgreSQL database
 * (made by the committed migrations, as production does), one S3-protocol server (s3rver) with
 * an uploads bucket and a site bucket, N web instances (the CMS's production build, `next
 * start`, NLV_JOBS_AUTORUN=false) and one job worker (`scripts/worker.ts`, which runs the site
 * builds). Every process has its own data folder, as on separate machines: what they share is
 * the database and the buckets.
 *
 *   const cluster = await startCluster({ instances: 2 })
 *   cluster.urls   // ['http://127.0.0.1:…', 'http://127.0.0.1:…']
 *   await cluster.stop()
 *
 * Used by tests/multi-instance/ and the CMS's multi-instance bench.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { startS3Server, type TestS3Server } from '@nlv/cms/test/s3-server'
import { buildCms, freePort } from '../admin/cmsServer'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cmsDir = path.join(root, 'cms')
const tsxRetry = path.join(root, 'scripts/tsx-retry.mjs')
// The PostgreSQL client the CMS itself depends on.
interface PgClient {
  connect(): Promise<unknown>
  query(sql: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  end(): Promise<void>
}
const pg = createRequire(path.join(cmsDir, 'package.json'))('pg') as {
  Client: new (config: { connectionString: string }) => PgClient
  Pool: new (config: { connectionString: string; max: number }) => PgClient
}

export const UPLOADS_BUCKET = 'nlv-multi-uploads'
export const SITE_BUCKET = 'nlv-multi-site'

export interface Proc {
  name: string
  child: ChildProcess
  output: () => string
  exited: Promise<void>
}

export interface Cluster {
  urls: string[]
  s3: TestS3Server
  /** Runs one SQL query on the cluster's database (the tests read the job table with it). */
  query: <T = Record<string, unknown>>(sql: string, values?: unknown[]) => Promise<T[]>
  /** The environment of one more process of the cluster (a script: the seed, a migration). */
  processEnv: () => NodeJS.ProcessEnv
  /** Every process's output, for failure messages. */
  logs: () => string
  stop: () => Promise<void>
}

export interface ClusterOptions {
  /** A PostgreSQL server URL; a database of its own is created on it and dropped at the end. */
  postgresUrl: string
  instances?: number
  /** Start the job worker (default true). */
  worker?: boolean
  /** More environment for every process. */
  env?: Record<string, string>
  timeoutMs?: number
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    let output = ''
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

function start(name: string, args: string[], env: NodeJS.ProcessEnv): Proc {
  let output = ''
  const child = spawn(process.execPath, args, {
    cwd: cmsDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output = (output + d).slice(-200_000)))
  child.stderr?.on('data', (d) => (output = (output + d).slice(-200_000)))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return { name, child, output: () => output, exited }
}

/** SIGTERM to the process group, then SIGKILL after `graceMs`. */
async function stopProc(proc: Proc, graceMs = 15_000) {
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (proc.child.pid) process.kill(-proc.child.pid, signal)
    } catch {
      // already gone
    }
  }
  if (proc.child.exitCode !== null) return
  kill('SIGTERM')
  await Promise.race([proc.exited, new Promise((r) => setTimeout(r, graceMs))])
  kill('SIGKILL')
}

export async function startCluster({
  postgresUrl,
  instances = 2,
  worker = true,
  env: extra = {},
  timeoutMs = 600_000,
}: ClusterOptions): Promise<Cluster> {
  await buildCms()
  const name = `nlv_multi_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(postgresUrl)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 })

  const s3 = await startS3Server([UPLOADS_BUCKET, SITE_BUCKET])
  const dirs: string[] = []
  const procs: Proc[] = []
  const logs = () => procs.map((p) => `--- ${p.name}\n${p.output().slice(-6000)}`).join('\n')
  const ports = await Promise.all(Array.from({ length: instances }, () => freePort()))
  const urls = ports.map((port) => `http://127.0.0.1:${port}`)
  const envFor = (cmsUrl: string): NodeJS.ProcessEnv => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'nlv-multi-'))
    dirs.push(dataDir)
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: 'multi-instance-secret-not-for-production-0123456789',
      ...s3.env,
      S3_BUCKET: UPLOADS_BUCKET,
      NLV_SITE_BUCKET: SITE_BUCKET,
      NLV_DATA_DIR: dataDir,
      NLV_DB_PUSH: 'false',
      NLV_JOBS_AUTORUN: 'false',
      CMS_URL: cmsUrl,
      NODE_OPTIONS: '--no-deprecation',
      NEXT_TELEMETRY_DISABLED: '1',
      ...extra,
    }
    delete env.VITEST
    delete env.NLV_TEST_POSTGRES_URL
    return env
  }

  const stop = async () => {
    await Promise.all(procs.map((p) => stopProc(p)))
    await db.end().catch(() => undefined)
    await s3.stop().catch(() => undefined)
    const client = new pg.Client({ connectionString: postgresUrl })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined)
    await client.end()
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
  }

  try {
    // The schema, by the committed migrations (the web instances and the worker never push).
    const migrated = await run([tsxRetry, 'scripts/migrate.ts'], cmsDir, envFor(urls[0]!))
    if (migrated.code !== 0)
      throw new Error(`The database could not be migrated:\n${migrated.output.slice(-4000)}`)
    const next = path.join(cmsDir, 'node_modules/next/dist/bin/next')
    urls.forEach((cmsUrl, i) => {
      const port = String(ports[i])
      procs.push(
        start(
          `web ${String.fromCharCode(65 + i)} (${cmsUrl})`,
          [next, 'start', '--port', port, '--hostname', '127.0.0.1'],
          { ...envFor(cmsUrl), PORT: port },
        ),
      )
    })
    // The worker builds the site; the built pages' links to the CMS name the first instance.
    if (worker) procs.push(start('worker', [tsxRetry, 'scripts/worker.ts'], envFor(urls[0]!)))

    const deadline = Date.now() + timeoutMs
    const ready = async (cmsUrl: string) => {
      while (Date.now() < deadline) {
        const gone = procs.find((p) => p.child.exitCode !== null)
        if (gone) throw new Error(`${gone.name} exited during start-up`)
        const ok = await fetch(`${cmsUrl}/api/users/me`).then(
          (r) => r.ok,
          () => false,
        )
        if (ok) return
        await new Promise((r) => setTimeout(r, 500))
      }
      throw new Error(`${cmsUrl} did not start`)
    }
    await Promise.all(urls.map(ready))
    if (worker)
      while (!procs.at(-1)!.output().includes('[worker] running jobs')) {
        if (Date.now() > deadline) throw new Error('the worker did not start')
        if (procs.at(-1)!.child.exitCode !== null) throw new Error('the worker exited')
        await new Promise((r) => setTimeout(r, 500))
      }
  } catch (error) {
    const message = `${(error as Error).message}\n${logs()}`
    await stop()
    throw new Error(message)
  }

  return {
    urls,
    s3,
    processEnv: () => envFor(urls[0]!),
    query: async <T>(sql: string, values: unknown[] = []) =>
      (await db.query(sql, values)).rows as T[],
    logs,
    stop,
  }
}
