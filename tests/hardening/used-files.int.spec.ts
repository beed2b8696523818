/**
 * The site serves exactly the files published content uses (`site/src/files/`), and the CMS
 * serves none to the public (`cms/src/access/isStaffOrSiteBuild.ts`). Each file here is used
 * in exactly one place (one field, or the rich text of one language), so a place the build
 * stopped reading would leave its file out of the site; a draft's files and unused files must
 * never be in it. After an unpublish, the next build no longer carries the item's files.
 */
import '@nlv/cms/test/temp-database'
import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildLiveSite } from './builtSite'
import { contentOf, contentTypes, type ContentType } from './everyField'
import { simplePdf, solidPng } from './files'

type Doc = Record<string, any>
type FileCollection = 'media' | 'documents'

let payload: Payload
let n = 0
/** Files that published content uses, and the place each one is used in. */
const used: Record<FileCollection, Map<string, string>> = { media: new Map(), documents: new Map() }
const unused: Record<FileCollection, string[]> = { media: [], documents: [] }
const published = {} as Record<ContentType, Doc>

const file = (data: Buffer, name: string, mimetype: string) => ({
  data,
  name,
  mimetype,
  size: data.length,
})
const image = async () =>
  (await payload.create({
    collection: 'media',
    data: { alt: `Image ${++n}` },
    file: file(solidPng(16, 16, [n % 256, 90, 30]), `image-${n}.png`, 'image/png'),
    overrideAccess: true,
  })) as Doc
const pdf = async () =>
  (await payload.create({
    collection: 'documents',
    data: { title: `Document ${++n}` },
    file: file(simplePdf(`Document ${n}`), `document-${n}.pdf`, 'application/pdf'),
    overrideAccess: true,
  })) as Doc

/** An MP4 header (an `ftyp` box and an empty `mdat`): what the upload check reads of a video. */
const mp4 = Buffer.concat([
  Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex'),
  Buffer.from('000000086d646174', 'hex'),
])
const video = async () =>
  (await payload.create({
    collection: 'documents',
    data: { title: `Vidéo ${++n}` },
    file: file(mp4, `video-${n}.mp4`, 'video/mp4'),
    overrideAccess: true,
  })) as Doc

/** A new file, recorded as used by published content at `place`. */
async function usedAt(
  collection: FileCollection,
  place: string,
  make = collection === 'media' ? image : pdf,
): Promise<Doc> {
  const file = await make()
  used[collection].set(String(file.id), place)
  return file
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

/** The SHA-256 of every byte stream of an upload: the original and each image size. */
async function hashesOf(collection: FileCollection, id: string): Promise<string[]> {
  const { uploadDir } = await import('@nlv/cms/env')
  const doc = (await payload.findByID({ collection, id, overrideAccess: true })) as Doc
  const names = [
    doc.filename,
    ...Object.values(doc.sizes ?? {}).flatMap((s: any) => (s?.filename ? [s.filename] : [])),
  ]
  return Promise.all(
    names.map(async (name) => sha256(await readFile(path.join(uploadDir(collection), name)))),
  )
}

/** The SHA-256 of every file under `fichiers/` of a built site, checked against its folder name. */
async function siteHashes(siteDir: string): Promise<Set<string>> {
  const root = path.join(siteDir, 'fichiers')
  const hashes = new Set<string>()
  for (const prefix of await readdir(root)) {
    for (const name of await readdir(path.join(root, prefix))) {
      const hash = sha256(await readFile(path.join(root, prefix, name)))
      expect(hash.startsWith(prefix), `fichiers/${prefix}/${name}`).toBe(true)
      hashes.add(hash)
    }
  }
  return hashes
}

/** What an anonymous request may read of a collection of files (none: a refusal is none). */
const publicIds = async (collection: FileCollection) => {
  try {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      user: null,
    })
    return docs.map((doc) => String(doc.id)).sort()
  } catch (error) {
    expect((error as { status?: number }).status).toBe(403)
    return []
  }
}

let liveSite: string

beforeAll(async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@nlv/cms/payload.config')
  payload = await getPayload({ config })
  for (const type of contentTypes) {
    // The rich-text blocks (figure, download) of each language get their own files.
    const rich = {
      fr: {
        image: await usedAt('media', `${type} rich text fr`),
        pdf: await usedAt('documents', `${type} rich text fr`),
      },
      en: {
        image: await usedAt('media', `${type} rich text en`),
        pdf: await usedAt('documents', `${type} rich text en`),
      },
    }
    // And each upload field its own (these fields are not localized).
    const fields: Doc = {
      image: (await usedAt('media', `${type} image`)).id,
      pdf: (await usedAt('documents', `${type} pdf`)).id,
    }
    if (type === 'intervention-tools')
      fields.downloads = [(await usedAt('documents', `${type} downloads`)).id]
    if (type === 'webinars') {
      fields.slides = (await usedAt('documents', `${type} slides`)).id
      fields.video = { file: (await usedAt('documents', `${type} video.file`, video)).id }
    }
    if (type === 'publications') fields.file = (await usedAt('documents', `${type} file`)).id
    let doc: Doc | undefined
    for (const locale of ['fr', 'en'] as const) {
      const data: Doc = {
        ...contentOf(type, `utilise${type.replace(/\W/g, '')}`, locale, rich[locale]),
        ...fields,
        _status: 'draft',
      }
      // Rows of a shared array rewritten in English would lose their French titles.
      if (locale === 'en') delete data.chapters
      const common = {
        collection: type,
        locale,
        data: data as never,
        overrideAccess: true,
        context: { seeding: true },
      } as const
      doc = doc ? await payload.update({ ...common, id: doc.id }) : await payload.create(common)
    }
    // Published once both languages are written (a published item's slug may not change).
    published[type] = await payload.update({
      collection: type,
      id: doc!.id,
      data: { _status: 'published' } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
  }
  // A draft's files stay private; so do files nothing uses.
  const draftFiles = { image: await image(), pdf: await pdf() }
  await payload.create({
    collection: 'fact-sheets',
    data: contentOf('fact-sheets', 'brouillon', 'fr', draftFiles) as never,
    draft: true,
    overrideAccess: true,
    context: { seeding: true },
  })
  unused.media.push(String(draftFiles.image.id), String((await image()).id))
  unused.documents.push(String(draftFiles.pdf.id), String((await pdf()).id))
  liveSite = await buildLiveSite(payload)
}, 600_000)

describe('the files of the built site', () => {
  it.each(['media', 'documents'] as const)(
    '%s: each file published content uses, wherever it is used, in every size, and nothing else',
    async (collection) => {
      const served = await siteHashes(liveSite)
      const missing: string[] = []
      for (const [id, place] of used[collection]) {
        for (const hash of await hashesOf(collection, id))
          if (!served.has(hash)) missing.push(`${place} (${hash.slice(0, 16)})`)
      }
      expect(missing).toEqual([])
      for (const id of unused[collection]) {
        for (const hash of await hashesOf(collection, id)) expect(served.has(hash)).toBe(false)
      }
    },
  )

  it('the site holds no other file: every copy is a size of a used image or a used document', async () => {
    const allowed = new Set<string>()
    for (const collection of ['media', 'documents'] as const)
      for (const id of used[collection].keys())
        for (const hash of await hashesOf(collection, id)) allowed.add(hash)
    const served = await siteHashes(liveSite)
    expect([...served].filter((hash) => !allowed.has(hash))).toEqual([])
  })

  it('the public reads no file from the CMS, not even one published content uses', async () => {
    expect(await publicIds('media')).toEqual([])
    expect(await publicIds('documents')).toEqual([])
  })

  it(
    'after an unpublish, the next build no longer carries the item’s files',
    { timeout: 600_000 },
    async () => {
      const type = 'webinars'
      const slides = [...used.documents].find(([, place]) => place === `${type} slides`)![0]
      const [hash] = await hashesOf('documents', slides)
      expect((await siteHashes(liveSite)).has(hash!)).toBe(true)
      await payload.update({
        collection: type,
        id: published[type].id,
        data: { _status: 'draft' } as never,
        overrideAccess: true,
        context: { seeding: true },
      })
      const next = await buildLiveSite(payload)
      expect(next).not.toBe(liveSite)
      expect((await siteHashes(next)).has(hash!)).toBe(false)
      // The earlier build, kept for a rollback, still has it.
      expect((await siteHashes(liveSite)).has(hash!)).toBe(true)
    },
  )
})
