/**
 * The uploads bucket in a backup: every object of `S3_BUCKET` is copied into the backup folder
 * as `bucket/<key>` (its SHA-256 then goes into the manifest with the other files), and checked
 * against the bucket's own MD5 (its ETag) as it is read. On restore the objects are written back
 * and read again to compare with the manifest's checksums.
 *
 * Keys are `media/<file>` and `documents/<file>`, the layout of `var/uploads/`, so a backup made
 * on the local disk restores into a bucket and one made from a bucket restores onto the disk:
 * the way from one server to object storage (README, "Backup and restore").
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { S3 } from '@aws-sdk/client-s3'
import { env } from '../env'
import { s3Client } from '../storage/s3Client'

export const BUCKET_DIR = 'bucket'

/** A key that is a plain relative path (no `..`, no absolute path, no backslash or NUL). */
export function safeKey(key: string): boolean {
  if (!key || key.startsWith('/') || /[\\\0]/.test(key)) return false
  return key.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

export async function listKeys(client: S3, bucket: string): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await client.listObjectsV2({ Bucket: bucket, ContinuationToken: token })
    for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key)
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return keys.sort()
}

async function readObject(client: S3, bucket: string, key: string) {
  const object = await client.getObject({ Bucket: bucket, Key: key })
  const data = Buffer.from(await object.Body!.transformToByteArray())
  return { data, etag: object.ETag?.replaceAll('"', ''), contentType: object.ContentType }
}

/** Copies every object of the uploads bucket under `<target>/bucket/`; returns how many. */
export async function backupBucket(target: string): Promise<number> {
  const bucket = env.S3_BUCKET
  if (!bucket) return 0
  const client = s3Client()
  const keys = await listKeys(client, bucket)
  for (const key of keys) {
    if (!safeKey(key)) throw new Error(`Bucket ${bucket}: object key "${key}" is not a safe path`)
    const { data, etag } = await readObject(client, bucket, key)
    // A single-part object's ETag is the MD5 of its bytes: the copy is what the bucket holds.
    if (etag && /^[0-9a-f]{32}$/.test(etag)) {
      const md5 = createHash('md5').update(data).digest('hex')
      if (md5 !== etag) throw new Error(`Bucket ${bucket}: ${key} was damaged in transfer`)
    }
    const file = path.join(target, BUCKET_DIR, ...key.split('/'))
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, data)
  }
  return keys.length
}

/** The type an object is stored with, from its name (the CMS sends a file's stored type). */
const types: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.mp4': 'video/mp4',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/**
 * Makes the uploads bucket hold exactly `objects` (key → file of the backup, with its
 * checksum): the objects there now are first saved under `aside/`, those the backup lacks are
 * deleted, then each object is written and read back against its checksum.
 */
export async function restoreBucket(
  objects: { key: string; file: string; sha256: string }[],
  aside: string,
): Promise<void> {
  const bucket = env.S3_BUCKET!
  const client = s3Client()
  const wanted = new Set(objects.map((o) => o.key))
  for (const key of await listKeys(client, bucket)) {
    if (!safeKey(key)) continue
    const { data } = await readObject(client, bucket, key)
    const file = path.join(aside, BUCKET_DIR, ...key.split('/'))
    await fs.mkdir(path.dirname(file), { recursive: true })
    await fs.writeFile(file, data)
    if (!wanted.has(key)) await client.deleteObject({ Bucket: bucket, Key: key })
  }
  const problems: string[] = []
  for (const { key, file, sha256 } of objects) {
    await client.putObject({
      Bucket: bucket,
      Key: key,
      Body: await fs.readFile(file),
      ContentType: types[path.extname(key).toLowerCase()] ?? 'application/octet-stream',
    })
    const { data } = await readObject(client, bucket, key)
    if (createHash('sha256').update(data).digest('hex') !== sha256) problems.push(key)
  }
  if (problems.length)
    throw new Error(
      `Bucket ${bucket}: restored objects differ from the backup:\n  ${problems.join('\n  ')}`,
    )
}
