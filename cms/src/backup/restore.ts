/**
 * Restores a backup made by backup.ts, after checking every checksum. The current database and
 * uploads are moved aside (never deleted) first, so a restore can itself be undone; with
 * S3_BUCKET the uploads go to the bucket, whose current objects are saved aside first and
 * whose restored objects are read back against the manifest's checksums.
 * The CMS must be stopped while it runs.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { dataDir, env, isPostgres, sqliteUrl, uploadDir } from '../env'
import { DATABASE_FILE } from './backup'
import { BUCKET_DIR, restoreBucket, safeKey } from './bucket'
import { type Manifest, verifyBackup } from './manifest'

const run = promisify(execFile)

async function moveAside(file: string, aside: string) {
  await fs.mkdir(path.dirname(aside), { recursive: true })
  await fs.rename(file, aside).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  })
}

/**
 * What the bucket must hold after a restore: the backup's objects (`bucket/<key>`), or, from a
 * backup of the local disk, its uploads (`uploads/media/x` → `media/x`).
 */
function bucketObjects(source: string, manifest: Manifest) {
  const objects = new Map<string, { key: string; file: string; sha256: string }>()
  for (const f of manifest.files) {
    const parts = f.path.split(path.sep)
    const key =
      parts[0] === BUCKET_DIR
        ? parts.slice(1).join('/')
        : parts[0] === 'uploads' && (parts[1] === 'media' || parts[1] === 'documents')
          ? parts.slice(1).join('/')
          : null
    if (key === null) continue
    if (!safeKey(key)) throw new Error(`Backup ${source}: "${f.path}" is not a safe object key`)
    // A bucket's own object wins over a disk file of the same name.
    if (parts[0] === BUCKET_DIR || !objects.has(key))
      objects.set(key, { key, file: path.join(source, f.path), sha256: f.sha256 })
  }
  return [...objects.values()]
}

export async function restore(source: string): Promise<{ manifest: Manifest; movedAside: string }> {
  const manifest = await verifyBackup(source)
  const expected = isPostgres ? 'postgres' : 'sqlite'
  if (manifest.database !== expected) {
    throw new Error(
      `This backup holds a ${manifest.database} database; DATABASE_URL selects ${expected}.`,
    )
  }
  const movedAside = path.join(
    dataDir,
    `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`,
  )
  if (isPostgres) {
    await run('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${env.DATABASE_URL}`,
      path.join(source, DATABASE_FILE.postgres),
    ])
  } else {
    const db = sqliteUrl.replace(/^file:/, '')
    for (const suffix of ['', '-wal', '-shm'])
      await moveAside(db + suffix, path.join(movedAside, path.basename(db) + suffix))
    await fs.mkdir(path.dirname(db), { recursive: true })
    await fs.copyFile(path.join(source, DATABASE_FILE.sqlite), db)
  }
  if (env.S3_BUCKET) {
    await restoreBucket(bucketObjects(source, manifest), movedAside)
    return { manifest, movedAside }
  }
  for (const collection of ['media', 'documents'] as const) {
    await moveAside(uploadDir(collection), path.join(movedAside, 'uploads', collection))
    // From the disk, or from the bucket of a backup made with S3_BUCKET (same layout).
    for (const from of [path.join('uploads', collection), path.join(BUCKET_DIR, collection)]) {
      await fs
        .cp(path.join(source, from), uploadDir(collection), { recursive: true })
        .catch((error) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        })
    }
  }
  return { manifest, movedAside }
}
