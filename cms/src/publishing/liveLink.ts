import fs from 'node:fs/promises'
import path from 'node:path'
import { buildSiteDir, liveLink } from './paths'
import { publishToBucket, siteBucket } from './siteBucket'

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
  const link = liveLink()
  const tmp = `${link}.${buildId}.tmp`
  await fs.rm(tmp, { force: true })
  await fs.symlink(target, tmp, 'dir')
  await fs.rename(tmp, link)
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
