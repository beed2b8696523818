/**
 * The separate job worker (`pnpm --filter @nlv/cms worker`), two of them at once on this test
 * file's database (SQLite, or PostgreSQL in the Postgres job): they run the queued site
 * builds, never two at the same time, a burst of publishes coalesces into a few builds, and
 * every change is live at the end. This test process itself runs no job (NODE_ENV=test).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSnapshotFile, liveLink } from '../src/publishing/paths'
import { tryBuildLock } from '../src/publishing/buildLock'
import { createUsers, testPayload } from './helpers/payload'
import { docIn } from './helpers/workflow'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const retry = path.resolve(cmsDir, '../scripts/tsx-retry.mjs')

interface Worker {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

function startWorker(): Worker {
  let output = ''
  const child = spawn(process.execPath, [retry, 'scripts/worker.ts'], {
    cwd: cmsDir,
    // Not the test's NODE_ENV=test, which turns job autorun off: the worker turns it on.
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return { child, output: () => output, exited }
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, ms: number) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
const workers: Worker[] = []
let releaseLock: (() => Promise<void>) | null = null
const logs = () => workers.map((w, i) => `--- worker ${i + 1}\n${w.output()}`).join('\n')

const buildJobs = async () =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs
const builds = async () =>
  (
    await payload.find({
      collection: 'site-builds',
      sort: 'startedAt',
      limit: 100,
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  // Held by this test process until the first test lets the workers build.
  releaseLock = await tryBuildLock(payload)
  if (!releaseLock) throw new Error('the build lock is not free before the workers start')
  workers.push(startWorker(), startWorker())
  await until(
    'both workers to start',
    async () => workers.every((w) => w.output().includes('[worker] running jobs')),
    // An import stall costs a worker two minutes (scripts/worker.ts) before it starts again.
    300_000,
  ).catch((error) => {
    throw new Error(`${(error as Error).message}\n${logs()}`)
  })
}, 330_000)

afterAll(async () => {
  await releaseLock?.()
  for (const w of workers) w.child.kill('SIGTERM')
  await Promise.race([
    Promise.all(workers.map((w) => w.exited)),
    new Promise((resolve) => setTimeout(resolve, 20_000)),
  ])
  // The worker runs under a wrapper (tsx-retry): the whole process group goes.
  for (const w of workers) {
    try {
      if (w.child.pid) process.kill(-w.child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

const settled = () =>
  until(
    'every queued build to finish',
    async () => (await buildJobs()).every((job) => job.completedAt || job.hasError),
    420_000,
  ).catch((error) => {
    throw new Error(`${(error as Error).message}\n${logs()}`)
  })

/** Never two builds at once, across every process: each starts after the one before finished. */
function expectNoOverlap(all: Awaited<ReturnType<typeof builds>>) {
  all.slice(1).forEach((build, i) => {
    const previous = all[i] as (typeof all)[number]
    expect(
      new Date(build.startedAt as string).getTime(),
      `build ${build.buildId} started before ${previous.buildId} finished`,
    ).toBeGreaterThanOrEqual(new Date(previous.finishedAt as string).getTime())
  })
}

describe('two job workers on one database', () => {
  it('while another process holds the build lock no worker builds; then the start-up build goes live once', async () => {
    // Both workers queue a first build at start-up (nothing is live yet) and run it at once.
    await until(
      'a worker to wait for the lock',
      async () => /another process is building: waiting/.test(logs()),
      60_000,
    ).catch((error) => {
      throw new Error(`${(error as Error).message}\n${logs()}`)
    })
    expect(await builds(), 'no build while the lock is held').toHaveLength(0)
    expect(await tryBuildLock(payload), 'the lock cannot be taken twice').toBeNull()
    await releaseLock?.()
    releaseLock = null
    await settled()
    const all = await builds()
    expect(all.filter((b) => b.status === 'succeeded').length, logs()).toBe(1)
    expect(all.filter((b) => b.live)).toHaveLength(1)
    expectNoOverlap(all)
    expect(fs.existsSync(liveLink())).toBe(true)
  }, 450_000)

  it('a burst of publishes on two workers: builds never overlap, coalesce, and all of it goes live', async () => {
    const before = (await builds()).length
    const titles: string[] = []
    for (let i = 0; i < 6; i++) {
      const id = await docIn(payload, 'published', users.editor)
      const doc = await payload.findByID({ collection: 'fact-sheets', id, depth: 0 })
      titles.push(doc.title as string)
    }
    await settled()
    const all = await builds()
    const burst = all.slice(before)
    expect(
      burst.every((b) => b.status !== 'failed'),
      logs(),
    ).toBe(true)
    // Six publishes, each of which queued a build: bursts coalesce.
    const astroBuilds = burst.filter((b) => b.status === 'succeeded')
    expect(astroBuilds.length).toBeGreaterThanOrEqual(1)
    expect(astroBuilds.length).toBeLessThanOrEqual(3)
    expectNoOverlap(all)
    // Exactly one live build, and it holds every published change.
    const live = all.filter((b) => b.live)
    expect(live).toHaveLength(1)
    const snapshot = JSON.parse(
      fs.readFileSync(buildSnapshotFile(live[0]?.buildId as string), 'utf8'),
    ) as { items: Array<{ locales: { fr?: { title?: string } } }> }
    const liveTitles = snapshot.items.map((item) => item.locales.fr?.title)
    for (const title of titles) expect(liveTitles).toContain(title)
  }, 480_000)

  // As Ctrl-C in a terminal, or a process manager that signals every process of the service:
  // the signal reaches the wrapper, the worker and the running `astro build` alike.
  it('SIGTERM to every process of the workers during a build: the build finishes and goes live, then they stop', async () => {
    const before = (await builds()).length
    await docIn(payload, 'published', users.editor)
    const running = (await until(
      'a build to start',
      async () => (await builds()).slice(before).find((b) => b.status === 'running'),
      120_000,
    ).catch((error) => {
      throw new Error(`${(error as Error).message}\n${logs()}`)
    })) as Awaited<ReturnType<typeof builds>>[number]
    for (const w of workers) if (w.child.pid) process.kill(-w.child.pid, 'SIGTERM')
    const codes = await Promise.all(workers.map((w) => w.exited))
    expect(codes, logs()).toEqual([0, 0])
    for (const w of workers) expect(w.output()).toContain('[worker] stopped (SIGTERM)')
    expect(logs()).toContain('[worker] waiting for the running job')
    const build = (await builds()).find((b) => b.buildId === running.buildId)
    expect(build?.status, logs()).toBe('succeeded')
    expect(build?.live).toBe(true)
  }, 300_000)
})
