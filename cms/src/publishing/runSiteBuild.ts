/**
 * One run of the publishing pipeline:
 *   published snapshot (Local API, as the public) → Astro build (+ Pagefind) → atomic swap.
 * Each run is recorded in `site-builds` with its phases, counts and, on failure, the error.
 * A failed run never touches the live site.
 */
import { spawn } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { cmsUrl, env } from '../env'
import { buildSnapshot } from '../snapshot/buildSnapshot'
import { writeSnapshot } from '../snapshot/writeSnapshot'
import { publicLiveBuildId, swapLive } from './liveLink'
import { stageStoredFiles } from './stageStoredFiles'
import { discardSiteBucketBuild, pruneSiteBucket } from './siteBucket'
import { pruneStoredSnapshots, storeBuildSnapshot } from './storedSnapshots'
import {
  buildDir,
  buildSearchReportFile,
  buildSiteDir,
  buildSnapshotFile,
  buildsDir,
  filesStoreDir,
  siteProjectDir,
} from './paths'

export interface BuildRequest {
  trigger: string
  /** Build even when the published content has not changed since the live build. */
  force?: boolean
  /** The queued build jobs this build covers (plugin.ts), recorded with it. */
  coveredJobs?: string
}

const newBuildId = () =>
  `${new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')}-${randomBytes(2).toString('hex')}`

/** A hash of what the site shows (everything but the time the snapshot was made). */
const snapshotHash = (snapshot: object) =>
  createHash('sha256')
    .update(JSON.stringify({ ...snapshot, generatedAt: undefined }))
    .digest('hex')

/** No build runs for a day: an older working folder was left by a build that was killed. */
const STALE_WORKING_FOLDER_MS = 24 * 60 * 60 * 1000

/**
 * Removes the working folders of builds killed by a crash or a restart. By age, not by the
 * build lock: CMSs on other databases (another instance, a test run) may be building now.
 */
async function removeStaleWorkingFolders(dir: string) {
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    const folder = path.join(dir, name)
    const stat = await fs.stat(folder).catch(() => null)
    if (stat && Date.now() - stat.mtimeMs > STALE_WORKING_FOLDER_MS)
      await fs.rm(folder, { recursive: true, force: true })
  }
}

/**
 * Runs `astro build` of `buildId` in the site project; resolves with its output, rejects with its tail.
 *
 * The output (`var/builds/<id>/site`) is outside the site project, so Astro writes the build's
 * server chunks (`renderers.mjs`, the prerendered pages' code) into `<working folder>/.astro/`,
 * which must sit inside the project for those chunks to resolve its dependencies. Each build
 * gets a working folder of its own there (`site/.astro/builds/<id>/`): with the project folder
 * itself, two builds at once (two CMSs on one machine, a worker and a test) overwrote each
 * other's chunks (« Cannot find module …/renderers.mjs »).
 *
 * The build runs in a process group of its own: a stop signal sent to the CMS's whole group
 * (Ctrl-C in a terminal, a process manager that signals every process) must reach the worker,
 * which lets its running build finish (scripts/worker.ts), and not the build itself, which
 * then died and failed. If the CMS process exits while a build runs (a second Ctrl-C, a
 * crash), the build is stopped with it rather than left running alone.
 */
export async function astroBuild(buildId: string, filesDir: string): Promise<string> {
  const root = siteProjectDir()
  const astro = path.join(root, 'node_modules', 'astro', 'astro.js')
  // A wrong NLV_SITE_DIR fails here, before a working folder is made in the wrong place.
  await fs.access(astro).catch(() => {
    throw new Error(`astro build cannot run: ${astro} does not exist (NLV_SITE_DIR=${root})`)
  })
  const workingFolders = path.join(root, '.astro', 'builds')
  await removeStaleWorkingFolders(workingFolders)
  const cwd = path.join(workingFolders, buildId)
  await fs.mkdir(cwd, { recursive: true })
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--root', root], {
      cwd,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NLV_SNAPSHOT: buildSnapshotFile(buildId),
        NLV_SITE_OUT: buildSiteDir(buildId),
        NLV_SEARCH_REPORT: buildSearchReportFile(buildId),
        NLV_SITE_CACHE: path.join(buildsDir(), '.astro-cache'),
        // The files published content uses are copied from the upload folder (or, with a
        // bucket, from its mirror: stageStoredFiles.ts) into the store every kept build hard-links
        // to (`site/src/integrations/siteFiles.ts`).
        NLV_FILES_DIR: filesDir,
        NLV_FILES_STORE: filesStoreDir(),
        SITE_URL: env.SITE_URL,
        CMS_URL: cmsUrl,
        // Search queries and readers are counted by the CMS (insights/).
        NLV_INSIGHTS_URL: `${cmsUrl}/api/insights`,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    const stopWithUs = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    process.once('exit', stopWithUs)
    child.once('close', () => process.off('exit', stopWithUs))
    let output = ''
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-64_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`astro build exited with code ${code}:\n${output.slice(-4000)}`)),
    )
  }).finally(() => fs.rm(cwd, { recursive: true, force: true }))
}

/** Keeps the newest `keep` builds and the live one; deletes the rest. */
async function pruneBuilds(keep: number, live: string | null): Promise<void> {
  const ids = (await fs.readdir(buildsDir()).catch(() => [] as string[]))
    .filter((d) => /^\d{8}T\d{6}Z-/.test(d))
    .sort()
  for (const id of ids.slice(0, Math.max(0, ids.length - keep))) {
    if (id !== live) await fs.rm(buildDir(id), { recursive: true, force: true })
  }
}

/** How long the build's search indexing took, from the report the site's build writes. */
async function searchIndexDuration(buildId: string): Promise<number> {
  // A timing is no reason to fail a publish: without a readable report the phase shows 0.
  const report: unknown = await fs
    .readFile(buildSearchReportFile(buildId), 'utf8')
    .then((text) => JSON.parse(text) as unknown)
    .catch(() => null)
  const ms = (report as { durationMs?: unknown } | null)?.durationMs
  return typeof ms === 'number' && Number.isFinite(ms) ? Math.round(ms) : 0
}

const since = (start: number) => Math.round(performance.now() - start)

export async function runSiteBuild(payload: Payload, request: BuildRequest) {
  const buildId = newBuildId()
  const started = performance.now()
  const record = await payload.create({
    collection: 'site-builds',
    data: {
      buildId,
      status: 'running',
      trigger: request.trigger,
      startedAt: new Date().toISOString(),
      coveredJobs: request.coveredJobs ?? '',
    },
    overrideAccess: true,
  })
  const phases = { snapshotMs: 0, astroMs: 0, pagefindMs: 0, swapMs: 0 }
  const finish = (data: Record<string, unknown>) =>
    payload.update({
      collection: 'site-builds',
      id: record.id,
      data: { ...data, phases, finishedAt: new Date().toISOString(), durationMs: since(started) },
      overrideAccess: true,
    })
  try {
    let t = performance.now()
    const snapshot = await buildSnapshot(payload)
    await writeSnapshot(snapshot, buildSnapshotFile(buildId))
    phases.snapshotMs = since(t)
    const hash = snapshotHash(snapshot)
    const counts = {
      items: snapshot.items.length,
      english: snapshot.items.filter((i) => i.locales.en).length,
    }

    const live = await publicLiveBuildId()
    if (!request.force && live) {
      const current = await payload.find({
        collection: 'site-builds',
        where: { buildId: { equals: live } },
        limit: 1,
        overrideAccess: true,
      })
      if (current.docs[0]?.snapshotHash === hash) {
        await fs.rm(buildDir(buildId), { recursive: true, force: true })
        return await finish({ status: 'unchanged', snapshotHash: hash, ...counts })
      }
    }

    t = performance.now()
    const staged = await stageStoredFiles(JSON.stringify(snapshot))
    if (env.S3_BUCKET)
      payload.logger.info(
        `Site build ${buildId}: bucket files ${staged.fetched} downloaded, ${staged.kept} unchanged, ${staged.removed} no longer used`,
      )
    await astroBuild(buildId, staged.dir)
    phases.astroMs = since(t)
    phases.pagefindMs = await searchIndexDuration(buildId)

    t = performance.now()
    await swapLive(buildId)
    phases.swapMs = since(t)
    await payload.update({
      collection: 'site-builds',
      where: { live: { equals: true } },
      data: { live: false },
      overrideAccess: true,
    })
    const done = await finish({ status: 'succeeded', live: true, snapshotHash: hash, ...counts })
    await pruneBuilds(env.NLV_KEEP_BUILDS, buildId)
    await pruneSiteBucket(env.NLV_KEEP_BUILDS).catch((e) =>
      payload.logger.warn(`[site-build] pruning the site bucket failed: ${e}`),
    )
    // For the rollback preview on every web instance (storedSnapshots.ts).
    await storeBuildSnapshot(buildId, await fs.readFile(buildSnapshotFile(buildId), 'utf8'))
      .then(() => pruneStoredSnapshots(env.NLV_KEEP_BUILDS, buildId))
      .catch((e) =>
        payload.logger.warn(
          `[site-build] ${buildId}: keeping its snapshot in S3_BUCKET failed: ${e}`,
        ),
      )
    payload.logger.info(
      `[site-build] ${buildId} live in ${done.durationMs} ms (snapshot ${phases.snapshotMs}, astro ${phases.astroMs}, swap ${phases.swapMs}; ${counts.items} items)`,
    )
    return done
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    payload.logger.error(
      `[site-build] ${buildId} failed; the live site is unchanged: ${message.slice(0, 500)}`,
    )
    // The whole folder goes: kept folders are rollback targets, and a failed build is none
    // (its error stays in the history). Clean-up that fails (the folder may be what failed)
    // must not keep the build from being recorded as failed.
    await fs.rm(buildDir(buildId), { recursive: true, force: true }).catch(() => undefined)
    await discardSiteBucketBuild(buildId).catch((cleanup: unknown) =>
      payload.logger.error(
        `[site-build] ${buildId}: could not remove it from the site bucket: ${String(cleanup)}`,
      ),
    )
    return finish({ status: 'failed', error: message.slice(-8000) })
  }
}
