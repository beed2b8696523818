/**
 * With object storage (S3_BUCKET), the uploads are not on this machine's disk: before the site
 * build, the files the published snapshot names (`<CMS>/api/<media|documents>/file/<name>`,
 * every image size included) are fetched from the bucket into the build's own folder, laid out
 * as the upload folder is (`<collection>/<name>`), for the site build to copy
 * (`NLV_FILES_DIR`). Without a bucket the build reads the upload folder itself.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { env, uploadDir } from '../env'
import { readStoredFile } from '../storage/readStoredFile'
import { buildDir } from './paths'

const fileUrl = /\/api\/(media|documents)\/file\/([^"?#\s\\]+)/g

/** The folder the site build reads uploads from, filled from the bucket when there is one. */
export async function stageStoredFiles(buildId: string, snapshotJson: string): Promise<string> {
  if (!env.S3_BUCKET) return path.dirname(uploadDir('media'))
  const root = path.join(buildDir(buildId), 'uploads')
  const wanted = new Set<string>()
  for (const [, collection, name] of snapshotJson.matchAll(fileUrl))
    wanted.add(`${collection}/${decodeURIComponent(name!)}`)
  for (const key of wanted) {
    const [collection, name] = key.split('/') as ['media' | 'documents', string]
    const bytes = await readStoredFile(collection, name)
    // A missing file is left for the site build to name in its error.
    if (!bytes) continue
    await fs.mkdir(path.join(root, collection), { recursive: true })
    await fs.writeFile(path.join(root, collection, name), bytes)
  }
  return root
}
