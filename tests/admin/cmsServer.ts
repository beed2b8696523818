/**
 * Starts the real CMS (`next dev` of cms/) on a free port of localhost with its own temporary
 * data folder and a fresh SQLite database (schema pushed), for browser tests of the admin.
 * Queued jobs do not run (NLV_JOBS_AUTORUN=false): no site builds, no mail.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cms')

export interface RunningCms {
  url: string
  /** The server's output so far (shown when a test fails). */
  log: () => string
  stop: () => Promise<void>
}

async function freePort(): Promise<number> {
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

export async function startCms({ timeoutMs = 300_000 } = {}): Promise<RunningCms> {
  const port = await freePort()
  const dataDir = mkdtempSync(path.join(tmpdir(), 'nlv-admin-e2e-'))
  const url = `http://localhost:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    CMS_URL: url,
    NLV_DATA_DIR: dataDir,
    NLV_DB_PUSH: 'true',
    NLV_JOBS_AUTORUN: 'false',
    PAYLOAD_SECRET: 'admin-e2e-secret-not-for-production',
    NODE_OPTIONS: '--no-deprecation',
    NEXT_TELEMETRY_DISABLED: '1',
  }
  delete env.DATABASE_URL
  let output = ''
  const child: ChildProcess = spawn('npx', ['next', 'dev', '--port', String(port)], {
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
      if (res.ok) return { url, log: () => output, stop }
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  await stop()
  throw new Error(`The CMS did not start on ${url}:\n${output.slice(-4000)}`)
}
