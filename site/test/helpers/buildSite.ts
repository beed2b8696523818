/**
 * Builds the site from a snapshot into a temporary folder (`build-*` in `buildsDir`) by running
 * `astro build` in a child process (Astro's own Vite must not share the test runner's).
 * Each build gets its own output and cache folders, so that test files can build at once.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseSnapshot } from '@nlv/shared/snapshot'
import { writePlaceholderFiles } from './placeholderFiles'

export const siteDir = fileURLToPath(new URL('../../', import.meta.url))
export const fixtureSnapshot = path.join(siteDir, 'test/fixtures/snapshot.json')
const astroBin = path.join(siteDir, 'node_modules/astro/astro.js')
/**
 * Where test builds go: inside the package (see below) yet ignored by git, prettier and
 * eslint. Each build removes its own folder.
 */
export const buildsDir = path.join(siteDir, 'node_modules/.cache/nlv-site-builds')

export interface BuildResult {
  /** Output folder (`NLV_SITE_OUT`). */
  outDir: string
  code: number | null
  output: string
  /** Wall time of the build, in milliseconds. */
  durationMs: number
  /** Peak resident memory of the build process, in kilobytes (Linux). */
  maxRssKb: number | null
  cleanup(): Promise<void>
}

export interface BuildOptions {
  snapshot?: string
  siteUrl?: string
  cmsUrl?: string
  /**
   * The CMS's upload folder the build copies files from (`NLV_FILES_DIR`). Default: stand-ins
   * for every file the snapshot attaches (`placeholderFiles.ts`).
   */
  filesDir?: string
  /** Extra environment. */
  env?: Record<string, string>
  /** Give up after this long (default 5 minutes). */
  timeoutMs?: number
}

/** The runner's environment without vitest's own variables (`NODE_ENV=test`, `VITEST*`). */
function parentEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  )
}

/** Runs `astro build`; resolves whether it succeeds or not (look at `code`). */
export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  // Inside the package: Astro writes its server chunks next to the output when the output
  // is inside the working directory (else into a shared `<cwd>/.astro/`), and those chunks
  // must resolve the package's dependencies.
  await mkdir(buildsDir, { recursive: true })
  const tmp = await mkdtemp(path.join(buildsDir, 'build-'))
  const outDir = path.join(tmp, 'dist')
  const snapshot = options.snapshot ?? fixtureSnapshot
  const cmsUrl = options.cmsUrl ?? 'https://cms.nourrirlavie.test'
  let filesDir = options.filesDir
  if (!filesDir) {
    filesDir = path.join(tmp, 'uploads')
    // A snapshot that breaks the contract has no files to stand in for: its build fails first.
    const parsed = await readFile(snapshot, 'utf8')
      .then((text) => parseSnapshot(JSON.parse(text)))
      .catch(() => null)
    if (parsed) await writePlaceholderFiles(parsed, cmsUrl, filesDir)
  }
  const started = performance.now()
  // `/usr/bin/time -v` reports the child's peak RSS where it exists.
  const timeBin = process.platform === 'linux' ? '/usr/bin/time' : null
  const useTime = timeBin !== null && existsSync(timeBin)
  const command = useTime ? (timeBin as string) : process.execPath
  const astroArgs = [astroBin, 'build']
  const args = useTime ? ['-v', process.execPath, ...astroArgs] : astroArgs
  const child = spawn(command, args, {
    cwd: siteDir,
    env: {
      ...parentEnv(),
      NODE_ENV: 'production',
      NLV_SNAPSHOT: snapshot,
      NLV_SITE_OUT: outDir,
      NLV_SITE_CACHE: path.join(tmp, 'cache'),
      NLV_FILES_DIR: filesDir,
      SITE_URL: options.siteUrl ?? 'https://nourrirlavie.test',
      CMS_URL: cmsUrl,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 300_000)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearTimeout(timer)
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(output)
  return {
    outDir,
    code,
    output,
    durationMs: performance.now() - started,
    maxRssKb: rss ? Number(rss[1]) : null,
    cleanup: () => rm(tmp, { recursive: true, force: true }),
  }
}

/** Builds and throws with the build's output when it fails. */
export async function buildSiteOrThrow(options: BuildOptions = {}): Promise<BuildResult> {
  const result = await buildSite(options)
  if (result.code !== 0) {
    await result.cleanup()
    throw new Error(`astro build failed (exit ${result.code}):\n${result.output.slice(-4000)}`)
  }
  return result
}
