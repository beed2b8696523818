/**
 * Media and documents in an S3 bucket (`S3_BUCKET`, `@payloadcms/storage-s3`) on a real
 * S3-protocol server (s3rver on loopback): what is stored where, who may read it back through
 * the CMS, and that a delete removes the objects. The upload checks themselves (MIME sniffing,
 * size cap, sizes) run on S3 too: `NLV_TEST_S3=1 npx vitest run test/uploads.int.spec.ts`.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { elfExecutable, realPdf } from './helpers/hostileFiles'
import { startS3Server, type TestS3Server } from './helpers/s3Server'

const BUCKET = 'nlv-uploads-test'
let s3: TestS3Server
let payload: Payload
let rest: (method: 'GET' | 'DELETE', p: string, o?: { token?: string }) => Promise<any>
let tokens: Record<string, string>
let dataDir: string

const file = (data: Buffer, name: string, mimetype: string) => ({
  data,
  name,
  mimetype,
  size: data.length,
})

const png = () =>
  sharp({ create: { width: 1600, height: 900, channels: 3, background: '#6a9' } })
    .png()
    .toBuffer()

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  Object.assign(process.env, s3.env, { S3_BUCKET: BUCKET })
  // Imported only now: the environment is parsed once, when the CMS's modules load.
  const { testPayload, createUsers } = await import('./helpers/payload')
  const { tokensFor } = await import('./helpers/workflow')
  const { restClient } = await import('./helpers/rest')
  const env = await import('../src/env')
  dataDir = env.dataDir
  payload = await testPayload()
  tokens = await tokensFor(payload, await createUsers(payload))
  rest = restClient(payload.config).rest
})

afterAll(async () => {
  await s3?.stop()
})

/** Every regular file under the local uploads folder (there should be none). */
const localUploads = () =>
  fs.existsSync(path.join(dataDir, 'uploads'))
    ? fs
        .readdirSync(path.join(dataDir, 'uploads'), { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name)
    : []

describe('uploads in the bucket', () => {
  it('stores a document in the bucket, byte for byte, and nothing on the local disk', async () => {
    const data = await realPdf('Fiche dans le seau')
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Fiche S3' },
      file: file(data, 'fiche-s3.pdf', 'application/octet-stream'),
    })
    expect(doc.mimeType).toBe('application/pdf')
    // The same address as on the disk: served by the CMS, through the access rule.
    expect(doc.url).toMatch(/\/api\/documents\/file\/fiche-s3\.pdf$/)
    expect(await s3.read(BUCKET, 'documents/fiche-s3.pdf')).toEqual(data)
    expect(localUploads()).toEqual([])
    // What a site build or an export reads, with or without a bucket.
    const { readStoredFile } = await import('../src/storage/readStoredFile')
    expect(await readStoredFile('documents', 'fiche-s3.pdf')).toEqual(data)
    expect(await readStoredFile('documents', 'absent.pdf')).toBeNull()
    expect(await readStoredFile('documents', '../media/fiche-s3.pdf')).toBeNull()
  })

  it('stores an image and its WebP sizes (sharp) in the bucket', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Un panier de légumes' },
      file: file(await png(), 'panier-s3.png', 'image/png'),
    })
    expect(doc.sizes?.card?.width).toBe(800)
    const keys = await s3.keys(BUCKET, 'media/')
    expect(keys).toEqual(
      [
        'media/panier-s3.png',
        `media/${doc.sizes!.thumbnail!.filename}`,
        `media/${doc.sizes!.card!.filename}`,
        `media/${doc.sizes!.wide!.filename}`,
      ].sort(),
    )
    const card = await s3.read(BUCKET, `media/${doc.sizes!.card!.filename}`)
    expect(card!.subarray(8, 12).toString()).toBe('WEBP')
    expect((await sharp(card!).metadata()).width).toBe(800)
  })

  it('refuses an executable renamed .pdf before anything reaches the bucket', async () => {
    const before = await s3.keys(BUCKET)
    await expect(
      payload.create({
        collection: 'documents',
        data: { title: 'Piège' },
        file: file(elfExecutable, 'piege.pdf', 'application/pdf'),
      }),
    ).rejects.toThrow(/Type de fichier refusé/)
    expect(await s3.keys(BUCKET)).toEqual(before)
  })
})

describe('reads through the CMS', () => {
  let draftOnly: string
  beforeAll(async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Annexe du brouillon' },
      file: file(await realPdf('Annexe secrete'), 'annexe-brouillon.pdf', 'application/pdf'),
    })
    draftOnly = doc.filename!
    const { validData } = await import('./helpers/fixtures')
    await payload.create({
      collection: 'publications',
      data: {
        ...validData('publications', 'Rapport en préparation'),
        file: doc.id,
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
  })

  it('serves a file to the team from the bucket, with the download headers', async () => {
    for (const role of ['admin', 'editor', 'reviewer']) {
      const res = await rest('GET', `documents/file/${draftOnly}`, { token: tokens[role] })
      expect(res.status, role).toBe(200)
      expect(res.text.startsWith('%PDF-'), role).toBe(true)
      expect(res.headers.get('content-disposition')).toBe('attachment')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    }
  })

  it('never serves a draft-only file anonymously', async () => {
    const res = await rest('GET', `documents/file/${draftOnly}`)
    expect(res.status).not.toBe(200)
    expect(res.text).not.toContain('%PDF')
    // Nor its record, nor a signed address of it (none is ever made: no redirect either).
    expect(res.headers.get('location')).toBeNull()
    const list = await rest('GET', `documents?where[filename][equals]=${draftOnly}`)
    expect(list.json?.docs ?? []).toEqual([])
  })

  it('answers a name missing from the bucket with a French 404', async () => {
    const res = await rest('GET', 'documents/file/absent.pdf', { token: tokens.admin })
    expect(res.status).toBe(404)
    expect(res.json.errors[0].message).toBe('Fichier introuvable.')
  })
})

describe('deletes', () => {
  it('removes an image and every one of its sizes from the bucket', async () => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Image à supprimer' },
      file: file(await png(), 'a-supprimer.png', 'image/png'),
    })
    const mine = () =>
      s3.keys(BUCKET, 'media/').then((keys) => keys.filter((k) => k.includes('a-supprimer')))
    expect(await mine()).toHaveLength(4)
    const res = await rest('DELETE', `media/${doc.id}`, { token: tokens.editor })
    expect(res.status).toBe(200)
    expect(await mine()).toEqual([])
  })

  it('replacing a document removes the old object once the new one is stored', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Version 1' },
      file: file(await realPdf('Version un'), 'version-1.pdf', 'application/pdf'),
    })
    const v2 = await realPdf('Version deux')
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: {},
      file: file(v2, 'version-2.pdf', 'application/pdf'),
    })
    expect(await s3.read(BUCKET, 'documents/version-1.pdf')).toBeNull()
    expect(await s3.read(BUCKET, 'documents/version-2.pdf')).toEqual(v2)
  })
})

describe('when the bucket is unreachable', () => {
  it('refuses the upload with an error and records nothing', async () => {
    const before = await payload.count({ collection: 'documents', overrideAccess: true })
    await s3.stop()
    await expect(
      payload.create({
        collection: 'documents',
        data: { title: 'Pendant la panne' },
        file: file(await realPdf('Panne'), 'panne.pdf', 'application/pdf'),
      }),
    ).rejects.toThrow()
    expect(await payload.count({ collection: 'documents', overrideAccess: true })).toEqual(before)
    s3 = undefined as never
  })
})
