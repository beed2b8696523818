/**
 * Puts the files published content uses into the site: each file's bytes are read once (from
 * the CMS's upload folder on this machine, else from the CMS with the build token), kept in a
 * content-addressed store (`<store>/<sha256>`), and hard-linked into the output at
 * `/fichiers/<hash>/<name>`. Builds that share a store share the bytes: five kept builds of
 * one site hold each file once. A file that cannot be had fails the build, naming it.
 */
import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { eachLimited } from '@nlv/shared/each-limited'
import {
  siteFileName,
  siteFilePath,
  type FileCollection,
  type FileManifest,
  type WantedFile,
} from './siteFiles'

export interface FileSource {
  /** The CMS's upload folder (`<dir>/<collection>/<filename>`), read first. */
  uploadsDir?: string
  /** The CMS's public URL, to fetch a file that is not in `uploadsDir`. */
  cmsUrl: string
  /** `NLV_BUILD_TOKEN`: the CMS serves files to staff and to the build token only. */
  buildToken?: string
}

/** A file ready to be linked into the output. */
export interface StagedFile {
  /** Its site path (`/fichiers/<hash>/<name>`). */
  sitePath: string
  /** Its bytes in the store. */
  storeFile: string
}

export interface PreparedFiles {
  manifest: FileManifest
  files: StagedFile[]
  /** Bytes of the distinct files, and how many of them came over HTTP. */
  bytes: number
  fetched: number
}

const exists = (file: string) =>
  fs.stat(file).then(
    (s) => s.isFile(),
    () => false,
  )

async function readLocal(source: FileSource, collection: FileCollection, filename: string) {
  if (!source.uploadsDir) return null
  const dir = path.resolve(source.uploadsDir, collection)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) return null
  return fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw error
  })
}

async function fetchRemote(source: FileSource, file: WantedFile): Promise<Buffer> {
  const where = `${file.collection}/${file.filename}`
  if (!source.buildToken) {
    throw new Error(
      `File ${where} is not in ${source.uploadsDir ?? 'NLV_FILES_DIR (unset)'}, and without NLV_BUILD_TOKEN it cannot be fetched from the CMS (${source.cmsUrl}).`,
    )
  }
  const url = `${source.cmsUrl.replace(/\/+$/, '')}/api/${file.collection}/file/${encodeURIComponent(file.filename)}`
  let response: Response
  try {
    response = await fetch(url, {
      headers: { Authorization: `Bearer ${source.buildToken}` },
      redirect: 'error',
      signal: AbortSignal.timeout(120_000),
    })
  } catch (error) {
    throw new Error(`Cannot fetch ${where} from ${url}: ${(error as Error).message}`, {
      cause: error,
    })
  }
  if (!response.ok) {
    throw new Error(
      `Cannot fetch ${where} from ${url}: HTTP ${response.status}${response.status === 401 || response.status === 403 ? ' (is NLV_BUILD_TOKEN the CMS’s?)' : ''}.`,
    )
  }
  return Buffer.from(await response.arrayBuffer())
}

/**
 * Stores `bytes` at `<store>/<sha256>` unless it is there; returns the store path. The bytes
 * are written beside it and renamed, so a crash never leaves a partial file under a hash.
 */
async function store(storeDir: string, bytes: Buffer): Promise<{ sha256: string; file: string }> {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const file = path.join(storeDir, sha256)
  if (!(await exists(file))) {
    const tmp = path.join(storeDir, `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`)
    await fs.writeFile(tmp, bytes, { mode: 0o644 })
    await fs.rename(tmp, file)
  }
  return { sha256, file }
}

/** Gets the bytes of every wanted file into the store; returns the manifest and what to link. */
export async function prepareFiles(
  wanted: WantedFile[],
  source: FileSource,
  storeDir: string,
): Promise<PreparedFiles> {
  await fs.mkdir(storeDir, { recursive: true })
  const manifest: FileManifest = {}
  const staged = new Map<string, StagedFile>()
  let fetched = 0
  // One read per CMS file, even when the snapshot names it by two URLs.
  const byName = new Map<string, Promise<{ sha256: string; file: string; size: number }>>()
  await eachLimited(wanted, 8, async (file) => {
    const key = `${file.collection}/${file.filename}`
    let stored = byName.get(key)
    if (!stored) {
      stored = (async () => {
        let bytes: Buffer | null = await readLocal(source, file.collection, file.filename)
        if (!bytes) {
          bytes = await fetchRemote(source, file)
          fetched++
        }
        return { ...(await store(storeDir, bytes)), size: bytes.length }
      })()
      byName.set(key, stored)
    }
    const { sha256, file: storeFile } = await stored
    const sitePath = siteFilePath(sha256, siteFileName(file.filename, file.mimeType))
    manifest[file.url] = sitePath
    staged.set(sitePath, { sitePath, storeFile })
  })
  const sizes = new Map<string, number>()
  for (const s of byName.values()) {
    const { sha256, size } = await s
    sizes.set(sha256, size)
  }
  return {
    manifest,
    files: [...staged.values()],
    bytes: [...sizes.values()].reduce((a, b) => a + b, 0),
    fetched,
  }
}

/**
 * Links each prepared file into `outDir` (a copy where a hard link is impossible: another
 * file system, or a store on a file system without them). Returns how many were copied.
 */
export async function linkFiles(files: StagedFile[], outDir: string): Promise<number> {
  let copied = 0
  await eachLimited(files, 16, async ({ sitePath, storeFile }) => {
    const target = path.join(outDir, ...sitePath.split('/').filter(Boolean))
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.rm(target, { force: true })
    try {
      await fs.link(storeFile, target)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP') throw error
      await fs.copyFile(storeFile, target)
      copied++
    }
  })
  return copied
}

/**
 * Deletes the store's files no output links to any more (a link count of 1: only the store's
 * own name), and leftovers of interrupted writes. Run it once no build is between
 * `prepareFiles` and `linkFiles` on this store. Returns the bytes freed.
 */
export async function collectStoreGarbage(storeDir: string): Promise<number> {
  let freed = 0
  const names = await fs.readdir(storeDir).catch(() => [] as string[])
  for (const name of names) {
    if (!/^[0-9a-f]{64}$/.test(name) && !name.startsWith('.tmp-')) continue
    const file = path.join(storeDir, name)
    const stat = await fs.stat(file).catch(() => null)
    if (!stat?.isFile()) continue
    const garbage = name.startsWith('.tmp-')
      ? Date.now() - stat.mtimeMs > 3_600_000
      : stat.nlink === 1
    if (garbage) {
      await fs.rm(file, { force: true })
      freed += stat.size
    }
  }
  return freed
}
