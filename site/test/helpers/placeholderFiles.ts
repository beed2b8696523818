/**
 * Stand-ins for the CMS's upload folder, for builds from a snapshot that has no CMS behind it
 * (the fixture, the hostile and generated snapshots): every file the snapshot attaches gets a
 * small file of its type under `<dir>/<collection>/<filename>` — a real image of the
 * snapshot's MIME type, a document whose bytes name it — so the build copies real bytes.
 */
import { createHash } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import sharp from 'sharp'
import type { Snapshot } from '@nlv/shared/snapshot'
import { collectFiles } from '../../src/files/siteFiles'

async function imageBytes(name: string, mimeType: string): Promise<Buffer> {
  const [r, g, b] = createHash('sha256').update(name).digest()
  const image = sharp({ create: { width: 32, height: 18, channels: 3, background: { r, g, b } } })
  if (mimeType === 'image/png') return image.png().toBuffer()
  if (mimeType === 'image/jpeg') return image.jpeg().toBuffer()
  return image.webp().toBuffer()
}

/** Writes a file for each CMS file `snapshot` attaches; returns how many. */
export async function writePlaceholderFiles(
  snapshot: Snapshot,
  cmsUrl: string,
  dir: string,
): Promise<number> {
  const files = new Map(
    collectFiles(snapshot, cmsUrl).map((f) => [`${f.collection}/${f.filename}`, f]),
  )
  for (const file of files.values()) {
    const target = path.join(dir, file.collection, file.filename)
    await mkdir(path.dirname(target), { recursive: true })
    const mime = file.mimeType ?? ''
    await writeFile(
      target,
      mime.startsWith('image/')
        ? await imageBytes(file.filename, mime)
        : `%PDF-1.4\n% placeholder for ${file.filename}\n%%EOF\n`,
    )
  }
  return files.size
}
