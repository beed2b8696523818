/**
 * Starts the real CMS for browser tests of the admin: its **production build** (the one
 * `npm start` and production serve), on a free port of localhost, with its own temporary data
 * folder and a fresh SQLite database made by the committed migrations (as in production).
 *
 * The build is `scripts/build-cms.mjs`, which reuses `cms/.next` while a hash of its inputs is
 * unchanged (a few minutes after a change of the CMS's sources, a second otherwise); two test
 * runs of one checkout build in turn (a lock file). The database is a copy of one that `pnpm
 * migrate` made from empty, once per build (`migratedTemplate`: the migrations are among the
 * build's inputs, so a new migration makes a new template); then `next start`, with
 * NODE_ENV=production: the start-up checks of productionSafety.ts apply (the secret below is
 * long enough; the test accounts are not the seed's).
 *
 * Queued jobs do not run unless asked (`jobs: true`: site builds every 3 s and mail, as in
 * production; give `siteUrl` for the public links the admin shows).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface RunningCms {
  url: string
  /** The temporary data folder (database, uploads, site builds, `live`). */
  dataDir: string
  /** The server's output so far (shown when a test fails). */
  log: () => string
  stop: () => Promise<void>
}

export interface StartOptions {
  timeoutMs?: number
  /** Run queued jobs in the server (site builds, mail), as production does. Default false. */
  jobs?: boolean
  /** The public site's address (SITE_URL), for the admin's « Voir sur le site » links. */
  siteUrl?: string
  /** More environment for the CMS (e.g. NLV_SITE_DIR to make site builds fail). */
  env?: Record<string, string>
  /** Another checkout to run (the benchmark's « before »); default this one. */
  checkout?: string
  /** Load the seed content (`content-seed`) before the start; needs SEED_PASSWORD in `env`. */
  seed?: boolean
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    child.on('exit', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** The CMS's production build of `checkout`, made or reused (one at a time per checkout). */
export async function buildCms(checkout = root): Promise<void> {
  const lock = path.join(tmpdir(), `nlv-cms-build-${checkout.replace(/[^a-z0-9]+/gi, '-')}.lock`)
  // next build sets NODE_ENV itself; the test runner's values must not reach it.
  const env: Record<string, string | undefined> = { ...process.env }
  delete env.NODE_ENV
  delete env.VITEST
  const { code, output } = await run(
    'flock',
    [lock, process.execPath, path.join(checkout, 'scripts/build-cms.mjs')],
    checkout,
    env as NodeJS.ProcessEnv,
  )
  if (code !== 0) throw new Error(`The CMS build failed:\n${output.slice(-4000)}`)
}

/**
 * A data folder whose SQLite database the committed migrations made from empty (`pnpm
 * migrate`, as in production), made once per CMS build of `checkout` and kept in the temporary
 * folder: each start copies it instead of migrating again (about 10 s of CPU a start). Made in
 * a folder of its own and renamed into place, so a start never copies half a template.
 */
async function migratedTemplate(checkout: string, env: NodeJS.ProcessEnv): Promise<string> {
  const stamp = readFileSync(path.join(checkout, 'cms/.next/nlv-inputs.sha256'), 'utf8').trim()
  const key = `${checkout.replace(/[^a-z0-9]+/gi, '-')}-${stamp.slice(0, 16)}`
  const template = path.join(tmpdir(), `nlv-cms-migrated-${key}`)
  if (existsSync(template)) return template
  const making = mkdtempSync(`${template}.making-`)
  const migrated = await run(
    process.execPath,
    [path.join(checkout, 'scripts/tsx-retry.mjs'), 'scripts/migrate.ts'],
    path.join(checkout, 'cms'),
    { ...env, NLV_DATA_DIR: making },
  )
  if (migrated.code !== 0) {
    rmSync(making, { recursive: true, force: true })
    throw new Error(`The CMS database could not be made:\n${migrated.output.slice(-4000)}`)
  }
  try {
    renameSync(making, template)
  } catch (error) {
    // Another suite made it first: theirs is as good.
    rmSync(making, { recursive: true, force: true })
    if (!existsSync(template)) throw error
  }
  return template
}

export async function startCms({
  timeoutMs = 600_000,
  jobs = false,
  siteUrl,
  env: extra = {},
  checkout = root,
  seed = false,
}: StartOptions = {}): Promise<RunningCms> {
  const cmsDir = path.join(checkout, 'cms')
  await buildCms(checkout)
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nlv-admin-e2e-'))
  const url = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    CMS_URL: url,
    ...(siteUrl ? { SITE_URL: siteUrl } : {}),
    NLV_DATA_DIR: dataDir,
    NLV_DB_PUSH: 'false',
    NLV_JOBS_AUTORUN: jobs ? 'true' : 'false',
    PAYLOAD_SECRET: 'admin-e2e-secret-not-for-production-0123456789',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extra,
  }
  delete env.DATABASE_URL
  delete env.VITEST
  try {
    // The database and its WAL (no process holds them; SQLite rebuilds the -shm index).
    cpSync(await migratedTemplate(checkout, env), dataDir, {
      recursive: true,
      filter: (source) => !source.endsWith('-shm'),
    })
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true })
    throw error
  }
  if (seed) {
    const seeded = await run(
      process.execPath,
      [path.join(checkout, 'scripts/tsx-retry.mjs'), 'src/seed.ts'],
      path.join(checkout, 'content-seed'),
      env,
    )
    if (seeded.code !== 0) {
      rmSync(dataDir, { recursive: true, force: true })
      throw new Error(`The seed failed:\n${seeded.output.slice(-4000)}`)
    }
  }

  let output = ''
  const next = path.join(cmsDir, 'node_modules/next/dist/bin/next')
  const child: ChildProcess = spawn(process.execPath, [next, 'start', '--port', String(port)], {
    cwd: cmsDir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))])
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL')
        } catch {
          // already gone
        }
      }
    }
    rmSync(dataDir, { recursive: true, force: true })
  }

  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    try {
      const res = await fetch(`${url}/api/users/me`)
      if (res.ok) return { url, dataDir, log: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`The CMS did not start on ${url}:\n${output.slice(-4000)}`)
}
