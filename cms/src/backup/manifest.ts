import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

export const manifestSchema = z.object({
  format: z.literal('nlv-backup/1'),
  createdAt: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  /** Every file of the backup but the manifest, by path relative to the backup folder. */
  files: z.array(
    z.object({
      path: z.string(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().length(64),
    }),
  ),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Where the uploads were: the local disk (`uploads/`) or an S3 bucket (`bucket/<key>`). */
  storage: z
    .union([
      z.object({ kind: z.literal('local') }),
      z.object({ kind: z.literal('s3'), bucket: z.string(), objects: z.number().int() }),
    ])
    .optional(),
})
export type Manifest = z.infer<typeof manifestSchema>

export const MANIFEST = 'manifest.json'

export async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Every regular file below `dir`, as sorted relative paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .filter((p) => p !== MANIFEST)
    .sort()
}

export async function describeFiles(dir: string): Promise<Manifest['files']> {
  const out: Manifest['files'] = []
  for (const rel of await listFiles(dir)) {
    const full = path.join(dir, rel)
    out.push({ path: rel, bytes: (await fs.stat(full)).size, sha256: await sha256(full) })
  }
  return out
}

/** Reads a backup's manifest and checks every file against it; throws naming what is wrong. */
export async function verifyBackup(dir: string): Promise<Manifest> {
  const raw = await fs.readFile(path.join(dir, MANIFEST), 'utf8').catch(() => {
    throw new Error(`${dir} is not a backup: ${MANIFEST} is missing`)
  })
  const manifest = manifestSchema.parse(JSON.parse(raw))
  const problems: string[] = []
  for (const f of manifest.files) {
    const full = path.join(dir, f.path)
    const stat = await fs.stat(full).catch(() => null)
    if (!stat) problems.push(`${f.path}: missing`)
    else if (stat.size !== f.bytes || (await sha256(full)) !== f.sha256)
      problems.push(`${f.path}: checksum mismatch`)
  }
  if (problems.length) throw new Error(`Backup ${dir} is damaged:\n  ${problems.join('\n  ')}`)
  return manifest
}
