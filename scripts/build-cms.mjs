#!/usr/bin/env node
/**
 * `pnpm --filter @nlv/cms build`: the production build of the CMS (`next build` of cms/),
 * reused while its inputs are unchanged. The inputs are hashed by content (not by date, which
 * a checkout, a copy or a restore changes): the sources the build compiles (cms/src,
 * shared/src), the configuration (next.config.mjs, tsconfig files) and the dependencies
 * (package.json files, the lockfile), plus Node's version; test files are left out. The hash is stored in
 * cms/.next/nlv-inputs.sha256 after a successful build only, so an interrupted build is
 * never reused. `--force` rebuilds anyway. Prints progress while `next build` works.
 *
 * `next build` uses Turbopack (Next 16's default, which Payload 3.90 supports); its own cache
 * in cms/.next/cache makes a rebuild after a small change faster.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const cmsDir = path.join(root, 'cms')
const nextDir = path.join(cmsDir, '.next')
const stampFile = path.join(nextDir, 'nlv-inputs.sha256')

const inputs = [
  'cms/src',
  'cms/next.config.mjs',
  'cms/package.json',
  'cms/tsconfig.json',
  'shared/src',
  'shared/package.json',
  'package.json',
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'tsconfig.base.json',
]

function files(relative) {
  const full = path.join(root, relative)
  if (!fs.existsSync(full)) return []
  if (!fs.statSync(full).isDirectory()) return [relative]
  return (
    fs
      .readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !/\.(test|spec)\.tsx?$/.test(entry.name))
      // `parentPath` is Node >= 20.12; `path` is its older name.
      .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)))
  )
}

/** SHA-256 over every input file's path and content, in a fixed order. */
export function inputsHash() {
  const hash = crypto.createHash('sha256').update(`node ${process.version}\n`)
  for (const file of inputs.flatMap(files).sort()) {
    hash
      .update(`${file.split(path.sep).join('/')}\n`)
      .update(fs.readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

const seconds = (ms) => `${Math.round(ms / 1000)} s`

async function main() {
  const force = process.argv.includes('--force')
  const hash = inputsHash()
  const built = fs.existsSync(path.join(nextDir, 'BUILD_ID')) && fs.existsSync(stampFile)
  if (!force && built && fs.readFileSync(stampFile, 'utf8').trim() === hash) {
    console.log('[build] the CMS build is up to date (sources unchanged): reusing cms/.next')
    return 0
  }
  console.log(
    '[build] building the CMS for production (next build; a few minutes, only when the sources change)…',
  )
  fs.rmSync(stampFile, { force: true })
  const started = Date.now()
  const next = createRequire(path.join(cmsDir, 'package.json')).resolve('next/dist/bin/next')
  const child = spawn(process.execPath, [next, 'build'], {
    cwd: cmsDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_OPTIONS: '--no-deprecation --max-old-space-size=6000',
    },
  })
  // `next build` is silent for minutes while webpack compiles: say that it is still working.
  const progress = setInterval(
    () => console.log(`[build] still building… ${seconds(Date.now() - started)}`),
    20_000,
  )
  const status = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)))
  clearInterval(progress)
  if (status !== 0) {
    console.error(
      `[build] next build failed (exit ${status}) after ${seconds(Date.now() - started)}`,
    )
    return status
  }
  fs.writeFileSync(stampFile, `${hash}\n`)
  console.log(`[build] CMS built in ${seconds(Date.now() - started)}`)
  return 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exit(await main())
