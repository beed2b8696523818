/**
 * A consistent online backup: the database (SQLite `VACUUM INTO`, a transactionally consistent
 * copy taken while the CMS runs; PostgreSQL `pg_dump`), the uploaded media and documents (from
 * the disk, or every object of the S3 bucket: `bucket.ts`), and a manifest with a SHA-256
 * checksum of every file and object and the number of documents per collection.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Payload } from 'payload'
import { env, isPostgres, uploadDir } from '../env'
import { backupBucket } from './bucket'
import { describeFiles, MANIFEST, type Manifest } from './manifest'

const run = promisify(execFile)

export const DATABASE_FILE = { sqlite: 'database.sqlite', postgres: 'database.pgdump' } as const

export async function countDocuments(payload: Payload): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    if (collection.slug.startsWith('payload-')) continue
    const slug = collection.slug as 'users'
    counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
    if (collection.versions) {
      counts[`${slug}:versions`] = (
        await payload.countVersions({ collection: slug, overrideAccess: true })
      ).totalDocs
    }
  }
  return counts
}

export async function backup(payload: Payload, target: string): Promise<Manifest> {
  await fs.mkdir(path.dirname(target), { recursive: true })
  await fs.mkdir(target) // fails if it exists: a backup never overwrites another
  const counts = await countDocuments(payload)
  if (isPostgres) {
    await run('pg_dump', [
      '--format=custom',
      '--no-owner',
      `--file=${path.join(target, DATABASE_FILE.postgres)}`,
      env.DATABASE_URL!,
    ])
  } else {
    const out = path.join(target, DATABASE_FILE.sqlite).replaceAll("'", "''")
    await payload.db.execute({ drizzle: payload.db.drizzle, raw: `VACUUM INTO '${out}'` })
  }
  for (const collection of ['media', 'documents'] as const) {
    await fs
      .cp(uploadDir(collection), path.join(target, 'uploads', collection), { recursive: true })
      .catch((error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      })
  }
  const objects = await backupBucket(target)
  const manifest: Manifest = {
    format: 'nlv-backup/1',
    createdAt: new Date().toISOString(),
    database: isPostgres ? 'postgres' : 'sqlite',
    files: await describeFiles(target),
    counts,
    storage: env.S3_BUCKET ? { kind: 's3', bucket: env.S3_BUCKET, objects } : { kind: 'local' },
  }
  await fs.writeFile(path.join(target, MANIFEST), JSON.stringify(manifest, null, 2))
  return manifest
}
