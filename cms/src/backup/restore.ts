/**
 * Restores a backup made by backup.ts, after checking every checksum. The current database and
 * uploads are moved aside (never deleted) first, so a restore can itself be undone.
 * The CMS must be stopped while it runs.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { dataDir, env, isPostgres, sqliteUrl, uploadDir } from '../env'
import { DATABASE_FILE } from './backup'
import { type Manifest, verifyBackup } from './manifest'

const run = promisify(execFile)

async function moveAside(file: string, aside: string) {
  await fs.mkdir(path.dirname(aside), { recursive: true })
  await fs.rename(file, aside).catch((error) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  })
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
  for (const collection of ['media', 'documents'] as const) {
    await moveAside(uploadDir(collection), path.join(movedAside, 'uploads', collection))
    await fs
      .cp(path.join(source, 'uploads', collection), uploadDir(collection), { recursive: true })
      .catch((error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      })
  }
  return { manifest, movedAside }
}
