/**
 * The public reads a file only while published content uses it
 * (`cms/src/access/isStaffOrUsedInPublished.ts`). That rule reads only the fields that can hold
 * a file, and concurrent requests share its computation: here each file is used in exactly one
 * place (one field, or the rich text of one language), so a place the rule stopped reading would
 * hide its file; and a request that starts after an unpublish must not be answered from a
 * computation that started before it, however many requests are in flight.
 */
import '@nlv/cms/test/temp-database'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
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

/** What an anonymous request may read of a collection of files. */
const publicIds = async (collection: FileCollection) => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: null,
  })
  return docs.map((doc) => String(doc.id)).sort()
}

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
}, 300_000)

describe('files the public may read', () => {
  it.each(['media', 'documents'] as const)(
    '%s: each file published content uses, wherever it is used, and nothing else',
    async (collection) => {
      const visible = await publicIds(collection)
      const hidden = [...used[collection]]
        .filter(([id]) => !visible.includes(id))
        .map(([, place]) => place)
      expect(hidden).toEqual([])
      expect(visible).toEqual([...used[collection].keys()].sort())
      for (const id of unused[collection]) expect(visible).not.toContain(id)
    },
  )

  it('a request that starts after an unpublish no longer sees its files, even while an earlier request is computing', async () => {
    const type = 'webinars'
    const slides = [...used.documents].find(([, place]) => place === `${type} slides`)![0]
    expect(await publicIds('documents')).toContain(slides)

    // Hold the rule's read of the published webinars (made with `locale: 'all'`) once it has
    // its answer, so that an earlier request is still computing after the unpublish.
    const find = payload.find
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    let read!: () => void
    const hasRead = new Promise<void>((resolve) => (read = resolve))
    payload.find = (async (args: Parameters<typeof find>[0]) => {
      const result = await find.call(payload, args)
      if (args.collection === type && args.locale === 'all') {
        read()
        await gate
      }
      return result
    }) as typeof find
    try {
      const before = publicIds('documents')
      await hasRead
      await payload.update({
        collection: type,
        id: published[type].id,
        data: { _status: 'draft' } as never,
        overrideAccess: true,
        context: { seeding: true },
      })
      const after = publicIds('documents')
      // Let the later request reach the rule while the earlier one is still held.
      await new Promise((resolve) => setTimeout(resolve, 200))
      release()
      // The earlier request may answer from before the unpublish; the later one may not.
      expect(await before).toContain(slides)
      expect(await after).not.toContain(slides)
    } finally {
      release()
      payload.find = find
    }
  })
})
