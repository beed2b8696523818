/**
 * Builds the published snapshot: every published item of the four content types in both
 * locales, plus the taxonomies, shaped and validated by the `shared` contract.
 *
 * It reads through the Local API *as the public* (`overrideAccess: false`, no user, no
 * drafts), so the same access rules that guard the REST API keep drafts out of the site.
 * Files are the exception: the public may not read them from the CMS, so these reads carry
 * `publishedSnapshotContext`, under which the files published content attaches are populated
 * (`access/isStaffOrSiteBuild.ts`); the site build copies exactly those.
 */
import type { Payload } from 'payload'
import { contentTypes, type ContentType, taxonomyTypes } from '@nlv/shared/content-types'
import {
  parseSnapshot,
  type Snapshot,
  type SnapshotInput,
  type SnapshotItemInput,
} from '@nlv/shared/snapshot'
import { locales, type Locale } from '@nlv/shared/locales'
import { parseVideoUrl } from '@nlv/shared/video'
import { publishedSnapshotContext } from '../access/isStaffOrSiteBuild'
import { relationId } from '../fields/relationId'
import { buildPpne } from '../ppne/buildPpne'
import { findSearchVocabulary } from './searchVocabulary'

type Doc = Record<string, any>

const iso = (value: unknown): string | undefined =>
  typeof value === 'string' && value ? new Date(value).toISOString().slice(0, 10) : undefined

/** The published change notes, as the contract carries them. */
const changesOf = (rows: unknown) =>
  Array.isArray(rows)
    ? rows.flatMap((r: Doc) =>
        r?.date && r.note
          ? [
              {
                date: iso(r.date)!,
                note: { fr: String(r.note), en: r.noteEn ? String(r.noteEn) : undefined },
                important: Boolean(r.important),
              },
            ]
          : [],
      )
    : []

const slugs = (values: unknown): string[] =>
  Array.isArray(values)
    ? values.flatMap((v) =>
        v && typeof v === 'object' && typeof v.slug === 'string' ? [v.slug] : [],
      )
    : []

function fileRef(fr: Doc | null | undefined, en?: Doc | null) {
  if (!fr || typeof fr !== 'object' || !fr.url) return null
  return {
    id: String(fr.id),
    url: String(fr.url),
    filename: String(fr.filename),
    mimeType: String(fr.mimeType),
    filesize: Number(fr.filesize ?? 0),
    title: fr.title
      ? {
          fr: String(fr.title),
          en: en?.title && en.title !== fr.title ? String(en.title) : undefined,
        }
      : undefined,
  }
}

function imageRef(fr: Doc | null | undefined, en?: Doc | null) {
  if (!fr || typeof fr !== 'object' || !fr.url || !fr.width || !fr.height) return null
  const sizes = Object.entries((fr.sizes ?? {}) as Record<string, Doc>).flatMap(([name, s]) =>
    s?.url && s.width && s.height
      ? [
          {
            name,
            url: s.url,
            width: s.width,
            height: s.height,
            mimeType: s.mimeType ?? 'image/webp',
          },
        ]
      : [],
  )
  return {
    id: String(fr.id),
    url: String(fr.url),
    alt: {
      fr: String(fr.alt ?? ''),
      en: en?.alt && en.alt !== fr.alt ? String(en.alt) : undefined,
    },
    width: fr.width,
    height: fr.height,
    mimeType: String(fr.mimeType),
    sizes,
  }
}

const texts = (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((r) => String((r as Doc)?.text ?? '')).filter(Boolean) : []

function localisedFields(type: ContentType, doc: Doc) {
  const base = {
    slug: doc.slug,
    title: doc.title,
    summary: doc.summary,
    keyMessages: texts(doc.keyMessages),
    body: doc.body ?? null,
  }
  switch (type) {
    case 'intervention-tools':
      return { ...base, purpose: doc.purpose ?? '', howToUse: doc.howToUse ?? null }
    case 'webinars':
      return {
        ...base,
        chapters: (doc.chapters ?? [])
          .filter((c: Doc) => c.title)
          .map((c: Doc) => ({ start: Number(c.start), title: c.title })),
        transcript: (doc.transcript ?? []).map((s: Doc) => ({
          start: Number(s.start),
          speaker: s.speaker || undefined,
          text: s.text,
        })),
      }
    case 'publications':
      return { ...base, body: null, abstract: doc.abstract ?? null }
    default:
      return base
  }
}

/** Has this locale been written, or would it only show the French fallback? */
const hasLocale = (doc: Doc | undefined) => Boolean(doc && doc.title && doc.summary && doc.slug)

/**
 * A content document as a snapshot item, from its French and English versions as the Local
 * API returns them at depth 1 (the CMS preview maps a draft or a version the same way).
 * Not validated: parse the result with the shared contract.
 */
export function docToSnapshotItem(
  type: ContentType,
  fr: Doc,
  en: Doc | undefined,
): SnapshotItemInput {
  const common = {
    id: String(fr.id),
    // The public dates (`@nlv/shared/dates`), recorded at publication; a document written
    // before they were recorded falls back to its creation and last save.
    publishedAt: iso(fr.history?.firstPublishedAt ?? fr.createdAt) ?? iso(fr.updatedAt)!,
    updatedAt:
      iso(fr.history?.contentUpdatedAt ?? fr.history?.firstPublishedAt ?? fr.updatedAt) ??
      iso(fr.createdAt)!,
    changes: changesOf(fr.history?.changes),
    themes: slugs(fr.themes),
    audiences: slugs(fr.audiences),
    stages: slugs(fr.stages),
    related: (fr.related ?? []).flatMap((r: Doc) => {
      const id = relationId(r?.value)
      // A related item that is not published comes back unpopulated or absent: leave it out.
      return id && typeof r.value === 'object' ? [{ type: r.relationTo, id }] : []
    }),
    references: (fr.references ?? []).map((r: Doc) => ({
      authors: r.authors,
      title: r.title,
      source: r.source || undefined,
      year: r.year ?? undefined,
      url: r.url || undefined,
      doi: r.doi || undefined,
    })),
    review: {
      lastReviewedAt: iso(fr.review?.lastReviewedAt),
      nextReviewDue: iso(fr.review?.nextReviewDue),
      reviewers: (fr.review?.reviewers ?? []).map((r: Doc) => r.name).filter(Boolean),
    },
    image: imageRef(fr.image, en?.image),
    pdf: fileRef(fr.pdf, en?.pdf),
  }
  const localesOf = {
    fr: localisedFields(type, fr),
    en: hasLocale(en) ? localisedFields(type, en!) : undefined,
  }
  switch (type) {
    case 'fact-sheets':
      return { ...common, type, locales: localesOf } as SnapshotItemInput
    case 'intervention-tools':
      return {
        ...common,
        type,
        toolKind: fr.toolKind,
        downloads: (fr.downloads ?? [])
          .map((d: Doc, i: number) => fileRef(d, en?.downloads?.[i]))
          .filter(Boolean),
        locales: localesOf,
      } as SnapshotItemInput
    case 'webinars': {
      const url: string | undefined = fr.video?.url || undefined
      const file = fileRef(fr.video?.file)
      return {
        ...common,
        type,
        recordedAt: iso(fr.recordedAt)!,
        durationMinutes: fr.durationMinutes,
        video: url
          ? { url, ...parseVideoUrl(url), file }
          : file
            ? { provider: 'file', url: file.url, file }
            : null,
        speakers: (fr.speakers ?? []).map((s: Doc) => ({
          name: s.name,
          role: s.role || undefined,
          organisation: s.organisation || undefined,
        })),
        slides: fileRef(fr.slides, en?.slides),
        locales: localesOf,
      } as SnapshotItemInput
    }
    case 'publications':
      return {
        ...common,
        type,
        publicationKind: fr.publicationKind,
        authors: (fr.authors ?? []).map((a: Doc) => a.name).filter(Boolean),
        year: fr.year,
        isbn: fr.isbn || undefined,
        doi: fr.doi || undefined,
        pages: fr.pages ?? undefined,
        file: fileRef(fr.file, en?.file),
        locales: localesOf,
      } as SnapshotItemInput
  }
}

async function findAllPublished(payload: Payload, collection: ContentType, locale: Locale) {
  const docs: Doc[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection,
      locale,
      fallbackLocale: locale === 'fr' ? 'fr' : false,
      depth: 1,
      draft: false,
      overrideAccess: false,
      context: publishedSnapshotContext,
      where: { _status: { equals: 'published' } },
      sort: 'id',
      limit: 200,
      page,
      pagination: true,
    })
    docs.push(...(result.docs as Doc[]))
    if (!result.hasNextPage) return docs
  }
}

async function findTerms(payload: Payload, collection: (typeof taxonomyTypes)[number]) {
  const [fr, en] = await Promise.all(
    locales.map((locale) =>
      payload.find({
        collection,
        locale,
        fallbackLocale: false,
        limit: 1000,
        pagination: false,
        sort: 'order',
        overrideAccess: false,
      }),
    ),
  )
  const english = new Map((en?.docs ?? []).map((d) => [d.id, d as Doc]))
  return (fr?.docs ?? []).map((d: Doc) => ({
    id: String(d.id),
    slug: d.slug,
    name: { fr: d.name, en: english.get(d.id)?.name || undefined },
    description: {
      fr: d.description || undefined,
      en: english.get(d.id)?.description || undefined,
    },
    order: d.order ?? 0,
  }))
}

export async function buildSnapshot(payload: Payload): Promise<Snapshot> {
  const items: SnapshotItemInput[] = []
  for (const type of contentTypes) {
    const [fr, en] = await Promise.all([
      findAllPublished(payload, type, 'fr'),
      findAllPublished(payload, type, 'en'),
    ])
    const english = new Map(en.map((d) => [d.id, d]))
    for (const doc of fr) items.push(docToSnapshotItem(type, doc, english.get(doc.id)))
  }
  const [themes, audiences, stages] = await Promise.all(
    taxonomyTypes.map((t) => findTerms(payload, t)),
  )
  const searchVocabulary = await findSearchVocabulary(payload)
  const snapshot: SnapshotInput = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    taxonomies: { themes: themes!, audiences: audiences!, stages: stages! },
    items,
    ppne: await buildPpne(payload),
    searchVocabulary,
  }
  return parseSnapshot(snapshot)
}
