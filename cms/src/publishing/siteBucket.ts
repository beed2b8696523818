/**
 * The published site in an S3-compatible bucket (`NLV_SITE_BUCKET`), for a CDN or a static host,
 * with the guarantees of the local swap (`liveLink.ts`):
 *
 *   builds/<id>/…               every file of each kept build, uploaded whole, never changed;
 *   builds/<id>/.nlv-build.json the build's file list (path, MD5, size), written last: a build
 *                               without it is incomplete and can never go live;
 *   live.json                   `{ "buildId": … }`, the pointer, one object rewritten in one PUT;
 *   / (the root)                a copy of the live build, for hosts that serve the bucket as is.
 *
 * "All at once", on object storage: a single object's PUT is atomic, a set of objects is not.
 * So the one atomic switch is `live.json` (and, for a CDN told to serve `builds/<id>/`, the
 * change of that origin path): a host that follows the pointer serves one build or the other,
 * never a mix. The root copy is switched in an order that keeps every page whole: files that
 * are not pages first (hashed assets are new names; `_astro/` is immutable), pages (`.html`)
 * next, the pointer last, and only then are files that no kept build uses removed. While the
 * pages are copied (a few seconds), one page may already be new while another is still old;
 * each page is complete and finds its assets. If copying the pages fails, the previous build's
 * pages are copied back and the pointer never moves.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { S3 } from '@aws-sdk/client-s3'
import { eachLimited } from '@nlv/shared/each-limited'
import { env } from '../env'
import { s3Client } from '../storage/s3Client'
import { buildSiteDir } from './paths'

export const POINTER = 'live.json'
export const BUILDS = 'builds/'
const MARKER = '.nlv-build.json'

export interface BucketFile {
  path: string
  md5: string
  bytes: number
}
interface BuildList {
  buildId: string
  files: BucketFile[]
}

export interface SiteBucket {
  client: S3
  bucket: string
}

/** The configured site bucket, or null when the site is published to the local folder only. */
export const siteBucket = (): SiteBucket | null =>
  env.NLV_SITE_BUCKET ? { client: s3Client(), bucket: env.NLV_SITE_BUCKET } : null

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
}

/** Hashed names never change content: a CDN may keep them a year. Everything else is revalidated. */
export const isImmutable = (file: string) =>
  /^(_astro|pagefind\/(fragment|index|filter))\//.test(file)
const isPage = (file: string) => file.endsWith('.html')

const objectHeaders = (file: string) => ({
  ContentType: types[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  CacheControl: isImmutable(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
})

const WIDTH = 8

/** Every file of a build folder (links followed: kept builds may share files), sorted. */
async function walk(root: string, dir = root, out: string[] = []): Promise<string[]> {
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    const stat = entry.isSymbolicLink() ? await fs.stat(full) : entry
    if (stat.isDirectory()) await walk(root, full, out)
    else if (stat.isFile()) out.push(path.relative(root, full).split(path.sep).join('/'))
  }
  return out.sort()
}

async function listKeys(site: SiteBucket, prefix = '', delimiter?: string) {
  const keys: { key: string; etag: string }[] = []
  const prefixes: string[] = []
  let token: string | undefined
  do {
    const page = await site.client.listObjectsV2({
      Bucket: site.bucket,
      Prefix: prefix,
      Delimiter: delimiter,
      ContinuationToken: token,
    })
    for (const o of page.Contents ?? [])
      if (o.Key) keys.push({ key: o.Key, etag: (o.ETag ?? '').replaceAll('"', '') })
    for (const p of page.CommonPrefixes ?? []) if (p.Prefix) prefixes.push(p.Prefix)
    token = page.IsTruncated ? page.NextContinuationToken : undefined
  } while (token)
  return { keys, prefixes }
}

async function readJson<T>(site: SiteBucket, key: string): Promise<T | null> {
  try {
    const object = await site.client.getObject({ Bucket: site.bucket, Key: key })
    return JSON.parse(await object.Body!.transformToString()) as T
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}

const buildList = (site: SiteBucket, buildId: string) =>
  readJson<BuildList>(site, `${BUILDS}${buildId}/${MARKER}`)

/** The build the bucket's pointer names, or null before the first publication there. */
export async function bucketLiveBuildId(site: SiteBucket): Promise<string | null> {
  return (await readJson<{ buildId: string }>(site, POINTER))?.buildId ?? null
}

/** The ids of the complete builds in the bucket, oldest first. */
export async function bucketBuilds(site: SiteBucket): Promise<string[]> {
  const { prefixes } = await listKeys(site, BUILDS, '/')
  const ids = prefixes.map((p) => p.slice(BUILDS.length, -1))
  const complete = await Promise.all(
    ids.map(async (id) => ((await buildList(site, id)) ? id : null)),
  )
  return complete.filter((id): id is string => id !== null).sort()
}

/**
 * Uploads a build's output under `builds/<id>/`, then its file list. A file that another
 * complete build already holds with the same bytes is copied inside the bucket, not sent again.
 */
export async function uploadBuild(site: SiteBucket, buildId: string): Promise<BuildList> {
  const existing = await buildList(site, buildId)
  if (existing) return existing
  const root = buildSiteDir(buildId)
  await fs.access(path.join(root, 'index.html'))
  const known = new Map<string, string>() // "path md5" → key holding those bytes
  const live = await bucketLiveBuildId(site)
  if (live) {
    for (const f of (await buildList(site, live))?.files ?? [])
      known.set(`${f.path} ${f.md5}`, `${BUILDS}${live}/${f.path}`)
  }
  const names = await walk(root)
  const files: BucketFile[] = new Array(names.length)
  await eachLimited([...names.keys()], WIDTH, async (i) => {
    const file = names[i]!
    const data = await fs.readFile(path.join(root, ...file.split('/')))
    const md5 = createHash('md5').update(data).digest('hex')
    const key = `${BUILDS}${buildId}/${file}`
    const same = known.get(`${file} ${md5}`)
    if (same)
      await site.client.copyObject({
        Bucket: site.bucket,
        Key: key,
        CopySource: `${site.bucket}/${encodeURI(same)}`,
      })
    else
      await site.client.putObject({
        Bucket: site.bucket,
        Key: key,
        Body: data,
        ...objectHeaders(file),
      })
    files[i] = { path: file, md5, bytes: data.length }
  })
  const list: BuildList = { buildId, files }
  await site.client.putObject({
    Bucket: site.bucket,
    Key: `${BUILDS}${buildId}/${MARKER}`,
    Body: JSON.stringify(list),
    ContentType: 'application/json',
    CacheControl: 'no-cache',
  })
  return list
}

/** Copies some files of a complete build to the bucket's root, skipping those already the same. */
async function copyToRoot(
  site: SiteBucket,
  list: BuildList,
  files: BucketFile[],
  root: Map<string, string>,
) {
  await eachLimited(files, WIDTH, async (f) => {
    if (root.get(f.path) === f.md5) return
    await site.client.copyObject({
      Bucket: site.bucket,
      Key: f.path,
      CopySource: `${site.bucket}/${encodeURI(`${BUILDS}${list.buildId}/${f.path}`)}`,
    })
  })
}

const rootKey = (key: string) => !key.startsWith(BUILDS) && key !== POINTER

/**
 * Puts a complete build online in the bucket: the root copy switched (assets, then pages),
 * then the pointer, then the files no kept build uses are removed from the root.
 * Refuses a build whose upload is incomplete.
 */
export async function goLiveInBucket(site: SiteBucket, buildId: string): Promise<void> {
  const list = await buildList(site, buildId)
  if (!list)
    throw new Error(`Build ${buildId} is not complete in bucket ${site.bucket}: it cannot go live`)
  const previous = await bucketLiveBuildId(site)
  const root = new Map(
    (await listKeys(site)).keys.filter((o) => rootKey(o.key)).map((o) => [o.key, o.etag]),
  )
  await copyToRoot(
    site,
    list,
    list.files.filter((f) => !isPage(f.path)),
    root,
  )
  try {
    await copyToRoot(
      site,
      list,
      list.files.filter((f) => isPage(f.path)),
      root,
    )
  } catch (error) {
    // Never leave a mix of pages behind: the previous build's pages go back.
    const before = previous ? await buildList(site, previous) : null
    if (before)
      await copyToRoot(
        site,
        before,
        before.files.filter((f) => isPage(f.path)),
        new Map(),
      ).catch(() => undefined)
    throw error
  }
  await site.client.putObject({
    Bucket: site.bucket,
    Key: POINTER,
    Body: JSON.stringify({ buildId, at: new Date().toISOString() }),
    ContentType: 'application/json',
    CacheControl: 'no-cache',
  })
  await removeUnusedRootFiles(site, root)
}

/**
 * Root files the live build does not have. A hashed asset of another kept build stays (a page
 * of that build still cached by a browser or the CDN may ask for it); any other file goes, so a
 * page removed from the site is gone from the root as soon as the build without it is live.
 */
async function removeUnusedRootFiles(site: SiteBucket, root: Map<string, string>) {
  const live = await bucketLiveBuildId(site)
  const current = new Set((live ? await buildList(site, live) : null)?.files.map((f) => f.path))
  const assets = new Set<string>()
  for (const id of await bucketBuilds(site))
    for (const f of (await buildList(site, id))?.files ?? [])
      if (isImmutable(f.path)) assets.add(f.path)
  const unused = [...root.keys()].filter((key) => !current.has(key) && !assets.has(key))
  await eachLimited(unused, WIDTH, async (key) => {
    await site.client.deleteObject({ Bucket: site.bucket, Key: key })
  })
}

async function deletePrefix(site: SiteBucket, prefix: string) {
  await eachLimited((await listKeys(site, prefix)).keys, WIDTH, async ({ key }) => {
    await site.client.deleteObject({ Bucket: site.bucket, Key: key })
  })
}

/** Uploads the build if needed and puts it online in the bucket (the pipeline and rollbacks). */
export async function publishToBucket(site: SiteBucket, buildId: string): Promise<void> {
  await uploadBuild(site, buildId)
  await goLiveInBucket(site, buildId)
}

/** What a failed build left in the bucket: never a complete build, removed. */
export async function discardBucketBuild(site: SiteBucket, buildId: string): Promise<void> {
  if ((await bucketLiveBuildId(site)) === buildId) return
  await deletePrefix(site, `${BUILDS}${buildId}/`)
}

/** Keeps the newest `keep` builds and the live one in the bucket; removes the others. */
export async function pruneBucketBuilds(site: SiteBucket, keep: number): Promise<void> {
  const live = await bucketLiveBuildId(site)
  const complete = await bucketBuilds(site)
  const kept = new Set([...complete.slice(-keep), ...(live ? [live] : [])])
  const { prefixes } = await listKeys(site, BUILDS, '/')
  for (const prefix of prefixes) {
    const id = prefix.slice(BUILDS.length, -1)
    // An incomplete build older than the newest complete one is a failed upload.
    const incomplete = !complete.includes(id)
    if (kept.has(id) || (incomplete && id > (complete.at(-1) ?? ''))) continue
    await deletePrefix(site, prefix)
  }
  const root = new Map(
    (await listKeys(site)).keys.filter((o) => rootKey(o.key)).map((o) => [o.key, o.etag]),
  )
  await removeUnusedRootFiles(site, root)
}

/** After a build went live: the bucket keeps what the local folder keeps (no-op without a bucket). */
export async function pruneSiteBucket(keep: number): Promise<void> {
  const site = siteBucket()
  if (site) await pruneBucketBuilds(site, keep)
}

/** After a failed build (no-op without a bucket; a bucket that cannot be reached is left as is). */
export async function discardSiteBucketBuild(buildId: string): Promise<void> {
  const site = siteBucket()
  if (site) await discardBucketBuild(site, buildId).catch(() => undefined)
}
