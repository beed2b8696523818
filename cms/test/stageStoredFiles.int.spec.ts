/**
 * With S3_BUCKET, the site build's files come from a mirror of the bucket kept between builds
 * (publishing/stageStoredFiles.ts): against a real S3-protocol server (s3rver), a file is
 * downloaded once, asked again only by HEAD while unchanged, downloaded again when its object
 * changes, removed from the mirror when no published content names it, and a missing object
 * is left out for the site build to name.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startS3Server, type TestS3Server } from './helpers/s3Server'

const BUCKET = 'nlv-stage-uploads'
let s3: TestS3Server
let stageStoredFiles: typeof import('../src/publishing/stageStoredFiles').stageStoredFiles

/** A snapshot's JSON naming these files by their CMS URLs, as the published snapshot does. */
const snapshotNaming = (...keys: string[]) =>
  JSON.stringify({
    items: keys.map((key) => {
      const [collection, name] = key.split('/')
      return { url: `http://cms.example/api/${collection}/file/${encodeURIComponent(name!)}?v=1` }
    }),
  })

const put = (key: string, body: string) =>
  s3.client.putObject({ Bucket: BUCKET, Key: key, Body: Buffer.from(body) })

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  // Before the CMS's env is read (the module below reads it when imported).
  Object.assign(process.env, s3.env, { S3_BUCKET: BUCKET })
  ;({ stageStoredFiles } = await import('../src/publishing/stageStoredFiles'))
})
afterAll(() => s3?.stop())

describe('bucket files for the site build', () => {
  it('downloads a file once, keeps it while unchanged, refreshes it when it changes, drops it when unused', async () => {
    await put('media/lait-maternel.jpg', 'image v1')
    await put('documents/guide ppne 2025.pdf', '%PDF guide')

    const first = await stageStoredFiles(
      snapshotNaming('media/lait-maternel.jpg', 'documents/guide ppne 2025.pdf'),
    )
    expect(first).toMatchObject({ fetched: 2, kept: 0, removed: 0 })
    const read = (key: string) => fs.readFile(path.join(first.dir, key), 'utf8')
    expect(await read('media/lait-maternel.jpg')).toBe('image v1')
    expect(await read('documents/guide ppne 2025.pdf')).toBe('%PDF guide')

    const again = await stageStoredFiles(
      snapshotNaming('media/lait-maternel.jpg', 'documents/guide ppne 2025.pdf'),
    )
    expect(again).toMatchObject({ dir: first.dir, fetched: 0, kept: 2, removed: 0 })

    // The object is replaced in the bucket: its new bytes are fetched.
    await put('media/lait-maternel.jpg', 'image v2, plus longue')
    const changed = await stageStoredFiles(
      snapshotNaming('media/lait-maternel.jpg', 'documents/guide ppne 2025.pdf'),
    )
    expect(changed).toMatchObject({ fetched: 1, kept: 1 })
    expect(await read('media/lait-maternel.jpg')).toBe('image v2, plus longue')

    // A mirror file damaged on disk (a size that is not the object's) is fetched again.
    await fs.writeFile(path.join(first.dir, 'documents/guide ppne 2025.pdf'), 'tronqué')
    const repaired = await stageStoredFiles(
      snapshotNaming('media/lait-maternel.jpg', 'documents/guide ppne 2025.pdf'),
    )
    expect(repaired).toMatchObject({ fetched: 1, kept: 1 })
    expect(await read('documents/guide ppne 2025.pdf')).toBe('%PDF guide')

    // The document is no longer published: it leaves the mirror.
    const fewer = await stageStoredFiles(snapshotNaming('media/lait-maternel.jpg'))
    expect(fewer).toMatchObject({ fetched: 0, kept: 1, removed: 1 })
    await expect(read('documents/guide ppne 2025.pdf')).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('leaves out an object the bucket does not have, and names no path outside the mirror', async () => {
    await put('media/present.png', 'png')
    const staged = await stageStoredFiles(
      snapshotNaming('media/present.png', 'media/absent.png', 'media/..%2F..%2Fsecret'),
    )
    expect(staged).toMatchObject({ fetched: 1 })
    expect((await fs.readdir(path.join(staged.dir, 'media'))).sort()).toEqual(['present.png'])
  })

  it('fails the build when the bucket fails, rather than building without the files', async () => {
    s3.failRequests(/present\.png/)
    try {
      await expect(stageStoredFiles(snapshotNaming('media/present.png'))).rejects.toThrow()
    } finally {
      s3.failRequests(null)
    }
  })
})
