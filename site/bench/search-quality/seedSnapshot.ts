/**
 * The published snapshot of the seed content, made the way production makes it: `pnpm seed`
 * into a scratch SQLite database, then the CMS's snapshot export. `BENCH_SNAPSHOT=<file>`
 * uses an existing snapshot instead (40 s saved when measuring again and again).
 * The site never imports the CMS: both steps run as child processes.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('pnpm', args, {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(
            new Error(`pnpm ${args.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`),
          ),
    )
  })
}

export interface SeedSnapshot {
  file: string
  cleanup(): Promise<void>
}

export async function seedSnapshot(): Promise<SeedSnapshot> {
  if (process.env.BENCH_SNAPSHOT) {
    return { file: path.resolve(process.env.BENCH_SNAPSHOT), cleanup: async () => {} }
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'nlv-seed-'))
  const env = {
    NLV_DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, 'nlv.db')}`,
    NLV_JOBS_AUTORUN: 'false',
  }
  const file = path.join(dir, 'snapshot.json')
  try {
    await run(['--filter', '@nlv/content-seed', 'seed'], env)
    await run(['--filter', '@nlv/cms', 'snapshot', file], env)
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return { file, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
