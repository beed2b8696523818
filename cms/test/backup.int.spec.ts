import fs from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { backup, countDocuments } from '../src/backup/backup'
import { verifyBackup } from '../src/backup/manifest'
import { restore } from '../src/backup/restore'
import { dataDir } from '../src/env'
import { validData } from './helpers/fixtures'
import { testPayload } from './helpers/payload'

let payload: Payload

async function pdf(text: string) {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(text)
  const data = Buffer.from(await doc.save())
  return { data, name: `${text}.pdf`, mimetype: 'application/pdf', size: data.length }
}

async function dump(p: Payload) {
  const out: Record<string, unknown> = {}
  for (const collection of ['fact-sheets', 'publications', 'documents'] as const) {
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
  payload = await testPayload()
  const file = await payload.create({
    collection: 'documents',
    data: { title: 'Rapport' },
    file: await pdf('rapport'),
  })
  await payload.create({
    collection: 'fact-sheets',
    data: { ...validData('fact-sheets', 'Fiche publiée'), _status: 'published' } as never,
  })
  await payload.create({
    collection: 'fact-sheets',
    data: { ...validData('fact-sheets', 'Fiche brouillon'), _status: 'draft' } as never,
    draft: true,
  })
  await payload.create({
    collection: 'publications',
    data: {
      ...validData('publications', 'Rapport PPNE'),
      file: file.id,
      _status: 'published',
    } as never,
  })
})

describe.skipIf(/^postgres/.test(process.env.DATABASE_URL ?? '') && !process.env.NLV_TEST_PG_DUMP)(
  'pnpm backup / pnpm restore',
  () => {
    it('round-trips the database and the uploads: nothing is lost', async () => {
      const before = await dump(payload)
      const counts = await countDocuments(payload)
      const target = path.join(dataDir, 'backups', 'b1')
      const manifest = await backup(payload, target)
      expect(manifest.counts).toEqual(counts)
      expect(manifest.files.map((f) => f.path)).toContain('uploads/documents/rapport.pdf')

      // Damage after the backup: a deleted item, a new one, a lost file.
      const sheets = await payload.find({ collection: 'fact-sheets', draft: true, limit: 1 })
      await payload.delete({ collection: 'fact-sheets', id: sheets.docs[0]!.id })
      await payload.create({
        collection: 'fact-sheets',
        data: { ...validData('fact-sheets', 'Après'), _status: 'published' } as never,
      })
      fs.rmSync(path.join(dataDir, 'uploads', 'documents', 'rapport.pdf'))
      await payload.destroy()

      const { movedAside } = await restore(target)
      expect(fs.existsSync(movedAside)).toBe(true)
      const restored = await getPayload({ config: payload.config, key: 'after-restore' } as never)
      expect(await dump(restored)).toEqual(before)
      expect(await countDocuments(restored)).toEqual(counts)
      expect(
        fs
          .readFileSync(path.join(dataDir, 'uploads', 'documents', 'rapport.pdf'))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
    })

    it('refuses to restore a damaged backup, naming the file, and changes nothing', async () => {
      const target = path.join(dataDir, 'backups', 'b1')
      fs.appendFileSync(path.join(target, 'uploads', 'documents', 'rapport.pdf'), 'corruption')
      await expect(verifyBackup(target)).rejects.toThrow(
        /uploads\/documents\/rapport\.pdf: checksum mismatch/,
      )
      await expect(restore(target)).rejects.toThrow(/damaged/)
    })
  },
)
