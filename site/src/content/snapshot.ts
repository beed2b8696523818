/**
 * The one module that reads the published snapshot and validates it with the shared
 * contract. A snapshot that fails the schema fails the build with each item's id and field
 * (see `parseSnapshot`), never a blank page.
 */
import { readFileSync } from 'node:fs'
import { parseSnapshot, type Snapshot } from '@nlv/shared/snapshot'
import { env } from '../env'
import { registeredFileManifest } from '../files/manifest'
import { withSiteFiles } from '../files/siteFiles'

const cache = new Map<string, Snapshot>()

/**
 * Reads, parses and validates the snapshot at `file` (once per file and process). During a
 * build its file URLs are the site's own copies (`files/`), once the build has made them.
 */
export function loadSnapshot(file: string = env.NLV_SNAPSHOT): Snapshot {
  const manifest = registeredFileManifest()
  const cached = cache.get(manifest ? `${file}\0files` : file)
  if (cached) return cached
  let raw: string
  try {
    raw = readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(
      `Cannot read the published snapshot at ${file}. Export one from the CMS, or set NLV_SNAPSHOT.`,
      { cause: error },
    )
  }
  let data: unknown
  try {
    data = JSON.parse(raw)
  } catch (error) {
    throw new Error(`The published snapshot at ${file} is not valid JSON.`, { cause: error })
  }
  const parsed = parseSnapshot(data)
  const snapshot = manifest ? withSiteFiles(parsed, manifest) : parsed
  cache.set(manifest ? `${file}\0files` : file, snapshot)
  return snapshot
}
