/**
 * With object storage (S3_BUCKET), the uploads are not on this machine's disk: before the site
 * build, the files the published snapshot names (`<CMS>/api/<media|documents>/file/<name>`,
 * every image size included) are brought from the bucket into a mirror folder laid out as the
 * upload folder is (`<collection>/<name>`), for the site build to copy (`NLV_FILES_DIR`).
 * Without a bucket the build reads the upload folder itself.
 *
 * The mirror (`var/builds/.bucket-files/`) is kept between builds: each file is asked for with
 * a HEAD and downloaded only when its ETag or size changed, eight at a time, so a build after
 * a one-word edit moves no file bytes. Files no published content names any more are removed
 * from the mirror (kept builds hold their own copies in the site's file store). Builds are
 * exclusive (buildLock.ts), so one mirror is never written by two builds at once.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { eachLimited } from '@nlv/shared/each-limited'
import { env, uploadDir } from '../env'
import { s3Client } from '../storage/s3Client'
import { bucketMirrorDir } from './paths'

const fileUrl = /\/api\/(media|documents)\/file\/([^"?#\s\\]+)/g
const collections = ['media', 'documents'] as const

const indexFile = () => path.join(bucketMirrorDir(), 'index.json')

/** What the mirror holds: `<collection>/<name>` → the object's ETag and size when fetched. */
type MirrorIndex = Record<string, { etag: string; size: number }>

export interface StagedFiles {
  /** The folder the site build reads uploads from. */
  dir: string
  /** Files downloaded from the bucket, files already in the mirror, files removed from it. */
  fetched: number
  kept: number
  removed: number
}

const notFound = (error: unknown) => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404
}

/** A stored name is one plain segment (checkUploadedFile cleans it): anything else is skipped. */
const plainName = (name: string) =>
  Boolean(name) && name === path.basename(name) && !/[\\\0]/.test(name) && !name.startsWith('.')

/** Fills the folder the site build reads uploads from; with no bucket, the upload folder. */
export async function stageStoredFiles(snapshotJson: string): Promise<StagedFiles> {
  if (!env.S3_BUCKET)
    return { dir: path.dirname(uploadDir('media')), fetched: 0, kept: 0, removed: 0 }
  const bucket = env.S3_BUCKET
  const root = bucketMirrorDir()
  await Promise.all(collections.map((c) => fs.mkdir(path.join(root, c), { recursive: true })))
  const index: MirrorIndex = await fs
    .readFile(indexFile(), 'utf8')
    .then((text) => JSON.parse(text) as MirrorIndex)
    .catch(() => ({}))

  const wanted = new Set<string>()
  for (const [, collection, name] of snapshotJson.matchAll(fileUrl)) {
    const decoded = decodeURIComponent(name!)
    if (plainName(decoded)) wanted.add(`${collection}/${decoded}`)
  }

  let fetched = 0
  let kept = 0
  await eachLimited([...wanted], 8, async (key) => {
    const file = path.join(root, key)
    let head
    try {
      head = await s3Client().headObject({ Bucket: bucket, Key: key })
    } catch (error) {
      // A missing file is left for the site build to name in its error.
      if (notFound(error)) {
        delete index[key]
        await fs.rm(file, { force: true })
        return
      }
      throw error
    }
    const etag = head.ETag ?? ''
    const size = head.ContentLength ?? -1
    const known = index[key]
    const onDisk = await fs.stat(file).then(
      (s) => s.size,
      () => -1,
    )
    if (known && etag && known.etag === etag && known.size === size && onDisk === size) {
      kept++
      return
    }
    const object = await s3Client().getObject({ Bucket: bucket, Key: key })
    const bytes = Buffer.from(await object.Body!.transformToByteArray())
    // Written beside it and renamed: a crash never leaves a partial file under the name.
    const tmp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`
    await fs.writeFile(tmp, bytes)
    await fs.rename(tmp, file)
    index[key] = { etag: object.ETag ?? etag, size: bytes.length }
    fetched++
  })

  let removed = 0
  for (const collection of collections) {
    for (const name of await fs.readdir(path.join(root, collection))) {
      const key = `${collection}/${name}`
      if (wanted.has(key)) continue
      await fs.rm(path.join(root, key), { force: true })
      delete index[key]
      if (!name.includes('.tmp-')) removed++
    }
  }
  const tmp = `${indexFile()}.tmp-${process.pid}`
  await fs.writeFile(tmp, JSON.stringify(index))
  await fs.rename(tmp, indexFile())
  return { dir: root, fetched, kept, removed }
}
