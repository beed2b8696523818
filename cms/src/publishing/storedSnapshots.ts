/**
 * With object storage (S3_BUCKET), each build that went live also keeps its snapshot in the
 * private uploads bucket (`site-builds/<buildId>/snapshot.json`), so the rollback preview works
 * on every web instance, not only on the worker's machine that holds the build folders. The
 * site bucket is not used: it is public (a CDN's origin) and the snapshot is the CMS's.
 * Best effort: a snapshot that cannot be stored costs the preview of that build, never a build.
 */
import { env } from '../env'
import { s3Client } from '../storage/s3Client'

const PREFIX = 'site-builds/'
const keyOf = (buildId: string) => `${PREFIX}${buildId}/snapshot.json`

export async function storeBuildSnapshot(buildId: string, json: string): Promise<void> {
  if (!env.S3_BUCKET) return
  await s3Client().putObject({
    Bucket: env.S3_BUCKET,
    Key: keyOf(buildId),
    Body: json,
    ContentType: 'application/json',
  })
}

/** The stored snapshot's text; null without a bucket or when there is none. */
export async function readStoredBuildSnapshot(buildId: string): Promise<string | null> {
  if (!env.S3_BUCKET || !/^[\w-]+$/.test(buildId)) return null
  try {
    const object = await s3Client().getObject({ Bucket: env.S3_BUCKET, Key: keyOf(buildId) })
    return (await object.Body?.transformToString('utf8')) ?? null
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}

/** Keeps the snapshots of the newest `keep` builds and of the live one. */
export async function pruneStoredSnapshots(keep: number, live: string | null): Promise<void> {
  if (!env.S3_BUCKET) return
  const ids: string[] = []
  let token: string | undefined
  do {
    const page = await s3Client().listObjectsV2({
      Bucket: env.S3_BUCKET,
      Prefix: PREFIX,
      Delimiter: '/',
      ContinuationToken: token,
    })
    for (const p of page.CommonPrefixes ?? [])
      if (p.Prefix) ids.push(p.Prefix.slice(PREFIX.length, -1))
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  ids.sort()
  const kept = new Set([...ids.slice(-keep), ...(live ? [live] : [])])
  for (const id of ids)
    if (!kept.has(id)) await s3Client().deleteObject({ Bucket: env.S3_BUCKET, Key: keyOf(id) })
}
