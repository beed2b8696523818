/**
 * `pnpm backup` / `pnpm restore` with the uploads in an S3 bucket (s3rver on loopback): the
 * bucket's objects are in the backup with their SHA-256, checked on restore, and put back
 * exactly (missing ones restored, damaged ones replaced, strays saved aside then removed).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { getPayload, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { realPdf } from './helpers/hostileFiles'
import { startS3Server, type TestS3Server } from './helpers/s3Server'

const BUCKET = 'nlv-backup-test'
let s3: TestS3Server
let payload: Payload
let dataDir: string
let backupModule: typeof import('../src/backup/backup')
let restoreModule: typeof import('../src/backup/restore')
let manifestModule: typeof import('../src/backup/manifest')

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex')

/** Every object of the bucket with its bytes' checksum. */
async function bucketState() {
  const out: Record<string, string> = {}
  for (const key of await s3.keys(BUCKET)) out[key] = sha((await s3.read(BUCKET, key))!)
  return out
}

async function dump(p: Payload) {
  const out: Record<string, unknown> = {}
  for (const collection of ['media', 'documents', 'publications'] as const) {
    out[collection] = (
      await p.find({
        collection,
        locale: 'all',
        draft: true,
        depth: 0,
        pagination: false,
        sort: 'id',
      })
    ).docs
  }
  return out
}

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  Object.assign(process.env, s3.env, { S3_BUCKET: BUCKET })
  const { testPayload } = await import('./helpers/payload')
  const { validData } = await import('./helpers/fixtures')
  dataDir = (await import('../src/env')).dataDir
  backupModule = await import('../src/backup/backup')
  restoreModule = await import('../src/backup/restore')
  manifestModule = await import('../src/backup/manifest')
  payload = await testPayload()
  const pdf = await realPdf('Rapport annuel')
  const doc = await payload.create({
    collection: 'documents',
    data: { title: 'Rapport' },
    file: { data: pdf, name: 'rapport.pdf', mimetype: 'application/pdf', size: pdf.length },
  })
  const png = await sharp({
    create: { width: 900, height: 500, channels: 3, background: '#c84' },
  })
    .png()
    .toBuffer()
  await payload.create({
    collection: 'media',
    data: { alt: 'Des lentilles' },
    file: { data: png, name: 'lentilles.png', mimetype: 'image/png', size: png.length },
  })
  await payload.create({
    collection: 'publications',
    data: {
      ...validData('publications', 'Rapport PPNE'),
      file: doc.id,
      _status: 'published',
    } as never,
  })
})

afterAll(async () => {
  await s3?.stop()
})

describe.skipIf(/^postgres/.test(process.env.DATABASE_URL ?? '') && !process.env.NLV_TEST_PG_DUMP)(
  'backup and restore of the uploads bucket',
  () => {
    let before: Record<string, string>
    let records: Record<string, unknown>
    const target = () => path.join(dataDir, 'backups', 's3-1')

    it('backs up every object of the bucket with its SHA-256 in the manifest', async () => {
      before = await bucketState()
      records = await dump(payload)
      // The PDF, the PNG and two WebP sizes (900 px wide: no 1400 px size is made).
      expect(Object.keys(before)).toHaveLength(4)
      const manifest = await backupModule.backup(payload, target())
      expect(manifest.storage).toEqual({ kind: 's3', bucket: BUCKET, objects: 4 })
      for (const [key, checksum] of Object.entries(before)) {
        const entry = manifest.files.find((f) => f.path === `bucket/${key}`)
        expect(entry?.sha256, key).toBe(checksum)
      }
      // Nothing was on the local disk to copy.
      expect(manifest.files.some((f) => f.path.startsWith('uploads/'))).toBe(false)
    })

    it('refuses a backup whose object copy was damaged, naming it, and changes nothing', async () => {
      const copy = path.join(dataDir, 'backups', 's3-damaged')
      fs.cpSync(target(), copy, { recursive: true })
      fs.appendFileSync(path.join(copy, 'bucket', 'documents', 'rapport.pdf'), 'corruption')
      await expect(manifestModule.verifyBackup(copy)).rejects.toThrow(
        /bucket\/documents\/rapport\.pdf: checksum mismatch/,
      )
      await expect(restoreModule.restore(copy)).rejects.toThrow(/damaged/)
      expect(await bucketState()).toEqual(before)
    })

    it('restores the bucket exactly: lost and damaged objects back, strays saved aside and removed', async () => {
      const card = Object.keys(before).find((k) => k.startsWith('media/') && k.endsWith('.webp'))!
      await s3.client.deleteObject({ Bucket: BUCKET, Key: 'documents/rapport.pdf' })
      await s3.client.putObject({ Bucket: BUCKET, Key: card, Body: Buffer.from('pas une image') })
      await s3.client.putObject({
        Bucket: BUCKET,
        Key: 'documents/intrus.pdf',
        Body: Buffer.from('%PDF-intrus'),
      })
      await payload.destroy()

      const { movedAside } = await restoreModule.restore(target())
      expect(await bucketState()).toEqual(before)
      // What the bucket held is kept beside the database it replaced.
      expect(
        fs.readFileSync(path.join(movedAside, 'bucket', 'documents', 'intrus.pdf'), 'utf8'),
      ).toBe('%PDF-intrus')
      const restored = await getPayload({
        config: payload.config,
        key: 'after-s3-restore',
      } as never)
      expect(await dump(restored)).toEqual(records)
      payload = restored
    })

    it('restores a backup of the local disk into the bucket (moving to object storage)', async () => {
      // The same backup as if it had been made without S3_BUCKET: uploads/<collection>/<file>.
      const local = path.join(dataDir, 'backups', 'from-disk')
      fs.cpSync(target(), local, { recursive: true })
      fs.renameSync(path.join(local, 'bucket'), path.join(local, 'uploads'))
      const manifest = JSON.parse(fs.readFileSync(path.join(local, 'manifest.json'), 'utf8'))
      manifest.files = await manifestModule.describeFiles(local)
      manifest.storage = { kind: 'local' }
      fs.writeFileSync(path.join(local, 'manifest.json'), JSON.stringify(manifest))
      for (const key of await s3.keys(BUCKET))
        await s3.client.deleteObject({ Bucket: BUCKET, Key: key })
      await payload.destroy()

      await restoreModule.restore(local)
      expect(await bucketState()).toEqual(before)
      const restored = await getPayload({
        config: payload.config,
        key: 'after-disk-restore',
      } as never)
      expect(await dump(restored)).toEqual(records)
    })
  },
)
