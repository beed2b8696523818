/**
 * The command-line scripts never wait on a question and report what really happened:
 * scripts/tsx-retry.mjs retries only a stall before a script's imports finished, and
 * `migrate` refuses a schema-pushed database at once when there is no terminal.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { cliPath } from '../src/cli'
import { testPayload } from './helpers/payload'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const retry = path.resolve(cmsDir, '../scripts/tsx-retry.mjs')
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-cli-'))

/** Runs `node scripts/tsx-retry.mjs <script>` without a terminal (stdin closed). */
function viaRetry(script: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [retry, script], {
    cwd: cmsDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    timeout: 170_000,
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

function writeScript(name: string, body: string) {
  const file = path.join(scratch, name)
  fs.writeFileSync(file, body)
  return file
}

describe('scripts/tsx-retry.mjs', () => {
  it('retries an exit 13 that comes before the imports finished', () => {
    const runs = path.join(scratch, 'stall-runs')
    const script = writeScript(
      'stall.mts',
      `import fs from 'node:fs'
fs.appendFileSync(${JSON.stringify(runs)}, 'x')
if (fs.readFileSync(${JSON.stringify(runs)}, 'utf8').length < 3) process.exit(13)
console.log('got through')
`,
    )
    const { status, output } = viaRetry(script)
    expect(status, output).toBe(0)
    expect(fs.readFileSync(runs, 'utf8')).toBe('xxx')
    expect(output).toContain('retrying (2/10)')
    expect(output).toContain('got through')
  })

  it('reports a script that waits forever after its imports, once, without retrying', () => {
    const runs = path.join(scratch, 'wait-runs')
    const script = writeScript(
      'wait.mts',
      `import fs from 'node:fs'
import { importsFinished } from ${JSON.stringify(path.join(cmsDir, 'src/cli.ts'))}
importsFinished()
fs.appendFileSync(${JSON.stringify(runs)}, 'x')
await new Promise(() => {}) // a question nobody answers
`,
    )
    const { status, output } = viaRetry(script)
    expect(status).toBe(13)
    expect(fs.readFileSync(runs, 'utf8')).toBe('x')
    expect(output).toContain('after its imports')
    expect(output).not.toContain('retrying')
  })

  it('passes any other exit through as it is', () => {
    const script = writeScript('fails.mts', `console.error('boom'); process.exit(3)\n`)
    const { status, output } = viaRetry(script)
    expect(status).toBe(3)
    expect(output).not.toContain('retrying')
  })

  // The job worker stops after its running build on SIGTERM (scripts/worker.ts). Through the
  // `tsx` command, a script busy for more than 30 ms when the signal came was killed instead
  // (exit 143): CI saw it once, and a `systemctl stop` in the middle of a build did the same.
  it('passes a stop signal to a busy script, which stops in its own way', async () => {
    const script = writeScript(
      'busy.mts',
      `process.on('SIGTERM', () => {
  console.log('stopping after the running work')
  setTimeout(() => process.exit(0), 300)
})
console.log('working')
// An event loop busy 200 ms at a time, like a site build's rendering.
setInterval(() => {
  const end = Date.now() + 200
  while (Date.now() < end) {}
}, 5)
`,
    )
    const child = spawn(process.execPath, [retry, script], {
      cwd: cmsDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d) => (output += d))
    child.stderr.on('data', (d) => (output += d))
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    const deadline = Date.now() + 120_000
    while (!output.includes('working') && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100))
    await new Promise((resolve) => setTimeout(resolve, 500))
    child.kill('SIGTERM')
    expect(await exited, output).toBe(0)
    expect(output).toContain('stopping after the running work')
  }, 150_000)
})

describe('cliPath', () => {
  it('resolves a typed path from where the command was typed (INIT_CWD)', () => {
    const before = process.env.INIT_CWD
    process.env.INIT_CWD = '/home/alima/nourrir-la-vie'
    try {
      expect(cliPath('var/backups/2026-12-01')).toBe(
        '/home/alima/nourrir-la-vie/var/backups/2026-12-01',
      )
      expect(cliPath('/srv/backups/x')).toBe('/srv/backups/x')
    } finally {
      if (before === undefined) delete process.env.INIT_CWD
      else process.env.INIT_CWD = before
    }
  })
})

describe('migrate without a terminal', () => {
  beforeAll(async () => {
    // Schema push (as in development) marks the database as changed in dev mode.
    await testPayload()
  })

  it('refuses a schema-pushed database at once, saying what to do, instead of asking', () => {
    const { status, output } = viaRetry('scripts/migrate.ts', { NODE_ENV: 'production' })
    expect(status, output).toBe(1)
    expect(output).toContain('refused: this database was changed by schema push')
    expect(output).toContain('pnpm backup')
    expect(output).not.toContain('Would you like to proceed')
    // Only an import stall (before the script ran) may be retried; the refusal comes once.
    expect(output).not.toContain('after its imports')
    expect(output.split('refused: this database was changed by schema push')).toHaveLength(2)
  }, 180_000)
})
