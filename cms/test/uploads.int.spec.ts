import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './helpers/payload'

let payload: Payload

beforeAll(async () => {
  process.env.NLV_MAX_UPLOAD_MB = '1'
  payload = await testPayload()
})

const file = (data: Buffer, name: string, mimetype: string) => ({
  data,
  name,
  mimetype,
  size: data.length,
})

async function pdf(): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Fiche de test')
  return Buffer.from(await doc.save())
}

/** The first bytes of a Linux executable: what a renamed program looks like. */
const elf = Buffer.concat([
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
  Buffer.alloc(4096, 1),
])

describe('documents', () => {
  it('accepts a real PDF and stores the type read from its bytes', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Fiche imprimable' },
      file: file(await pdf(), 'fiche.pdf', 'application/octet-stream'),
    })
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.filename).toBe('fiche.pdf')
    expect(doc.url).toMatch(/\/api\/documents\/file\/fiche\.pdf$/)
  })

  it('refuses an executable renamed .pdf, with a French message', async () => {
    await expect(
      payload.create({
        collection: 'documents',
        data: { title: 'Piège' },
        file: file(elf, 'rapport.pdf', 'application/pdf'),
      }),
    ).rejects.toThrow(/Type de fichier refusé.*rapport\.pdf/)
  })

  it('refuses a file over the configured size cap, saying the limit', async () => {
    const big = Buffer.concat([await pdf(), Buffer.alloc(1024 * 1024 + 10, 32)])
    await expect(
      payload.create({
        collection: 'documents',
        data: { title: 'Trop gros' },
        file: file(big, 'gros.pdf', 'application/pdf'),
      }),
    ).rejects.toThrow(/la limite est de 1 Mo/)
  })

  it('cleans path separators and control characters out of file names', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: 'Nom hostile' },
      file: file(await pdf(), '../../etc/pa\u0000ss\nwd é.exe', 'application/pdf'),
    })
    expect(doc.filename).toBe('pa-ss-wd-e.pdf')
  })
})

describe('media', () => {
  it('makes WebP sizes of an image and requires alt text', async () => {
    const png = await sharp({
      create: { width: 1600, height: 900, channels: 3, background: '#6a9' },
    })
      .png()
      .toBuffer()
    await expect(
      payload.create({
        collection: 'media',
        data: {} as never,
        file: file(png, 'a.png', 'image/png'),
      }),
    ).rejects.toThrow(/Texte de remplacement|alt/i)
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Un panier de légumes' },
      file: file(png, 'panier.png', 'image/png'),
    })
    expect(doc.width).toBe(1600)
    expect(doc.sizes?.card?.mimeType).toBe('image/webp')
    expect(doc.sizes?.card?.width).toBe(800)
  })

  it('refuses SVG (it can carry script)', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'x' },
        file: file(svg, 'x.svg', 'image/svg+xml'),
      }),
    ).rejects.toThrow(/Type de fichier refusé/)
  })
})
