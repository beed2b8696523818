import fs from 'node:fs/promises'
import path from 'node:path'
import { buildSiteDir, liveLink } from './paths'
import {
  bucketBuilds,
  bucketLiveBuildId,
  goLiveInBucket,
  publishToBucket,
  siteBucket,
} from './siteBucket'

/**
 * Points the live link at a build's output. A new link is made beside the old one and renamed
 * over it: rename(2) is atomic, so a visitor gets the old site or the new one, never a mix.
 */
export async function swapLive(buildId: string): Promise<void> {
  const target = buildSiteDir(buildId)
  await fs.access(path.join(target, 'index.html'))
  // NLV_SITE_BUCKET: the bucket first; if it fails, neither copy changes (siteBucket.ts).
  const bucket = siteBucket()
  if (bucket) await publishToBucket(bucket, buildId)
  await swapLocalLink(buildId)
}

async function swapLocalLink(buildId: string): Promise<void> {
  const link = liveLink()
  const tmp = `${link}.${buildId}.tmp`
  await fs.rm(tmp, { force: true })
  await fs.symlink(buildSiteDir(buildId), tmp, 'dir')
  await fs.rename(tmp, link)
}

const keptLocally = (buildId: string) =>
  fs.access(path.join(buildSiteDir(buildId), 'index.html')).then(
    () => true,
    () => false,
  )

/**
 * Whether a build can be put back online from here: its folder is kept on this machine, or
 * (NLV_SITE_BUCKET) it is a complete build in the bucket. A web instance on another machine
 * than the worker has no build folder: the bucket alone decides there.
 */
export async function isKept(buildId: string): Promise<boolean> {
  if (await keptLocally(buildId)) return true
  const bucket = siteBucket()
  return bucket ? (await bucketBuilds(bucket)).includes(buildId) : false
}

/**
 * A rollback: puts a kept build back online. With a bucket, the bucket's pointer moves first
 * (a build kept there goes live from there; one kept only here is uploaded first); then the
 * local link, when this machine keeps the build's folder. If the bucket fails, nothing changes.
 */
export async function rollBackTo(buildId: string): Promise<void> {
  const bucket = siteBucket()
  const local = await keptLocally(buildId)
  if (bucket) {
    if ((await bucketBuilds(bucket)).includes(buildId)) await goLiveInBucket(bucket, buildId)
    else if (local) await publishToBucket(bucket, buildId)
    else throw new Error(`Build ${buildId} is kept neither in bucket ${bucket.bucket} nor here`)
  } else if (!local) throw new Error(`Build ${buildId} is not kept here`)
  if (local) await swapLocalLink(buildId)
}

/** The build id the live link points at, or null when nothing has been published yet. */
export async function liveBuildId(): Promise<string | null> {
  try {
    const target = await fs.readlink(liveLink())
    return path.basename(path.dirname(target))
  } catch {
    return null
  }
}

/**
 * The build the public sees: with NLV_SITE_BUCKET the bucket's pointer (the same for every
 * instance and worker, wherever they run), else the local link.
 */
export async function publicLiveBuildId(): Promise<string | null> {
  const bucket = siteBucket()
  return bucket ? bucketLiveBuildId(bucket) : liveBuildId()
}
