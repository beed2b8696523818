/**
 * The publishing pipeline as the hardening tests drive it, and what it makes public: every
 * file of the live site (Pagefind's gzip files decompressed), ready to be searched.
 */
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { listFiles } from '@nlv/site/test/read-site'

export interface SiteFile {
  /** Path relative to the site's root (`fiches/x/index.html`, `pagefind/fragment/…`). */
  file: string
  text: string
}

/** Runs one forced build of the `site` queue; returns the live site's folder. */
export async function buildLiveSite(payload: Payload): Promise<string> {
  await payload.jobs.queue({
    task: 'buildSite' as never,
    input: { trigger: 'hardening test', force: true } as never,
    queue: 'site',
  })
  await payload.jobs.run({ queue: 'site', limit: 10 })
  const { docs } = await payload.find({
    collection: 'site-builds',
    sort: '-startedAt',
    limit: 1,
    overrideAccess: true,
  })
  const build = docs[0] as { status?: string; error?: string } | undefined
  if (build?.status !== 'succeeded') {
    throw new Error(`site build ${build?.status ?? 'missing'}: ${build?.error ?? ''}`)
  }
  const { liveLink } = await import('@nlv/cms/publishing/paths')
  return realpath(liveLink())
}

/** Every file under `dir`, as text; gzip files (Pagefind's index and fragments) decompressed. */
export async function readSiteFiles(dir: string): Promise<SiteFile[]> {
  const files = await listFiles(dir)
  return Promise.all(
    files.map(async (file) => {
      const raw = await readFile(path.join(dir, file))
      const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw
      return { file, text: bytes.toString('utf8') }
    }),
  )
}

/** The files (or other texts) that contain `needle`, case-insensitively. */
export const filesContaining = (files: SiteFile[], needle: string): string[] =>
  files.filter((f) => f.text.toLowerCase().includes(needle.toLowerCase())).map((f) => f.file)
