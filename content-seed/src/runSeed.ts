/**
 * Writes the seed content through Payload's Local API. Idempotent: a record is matched by
 * its slug (accounts by e-mail, files by name) and only what is missing is created, so a
 * second run changes nothing and says so. Every record is validated before anything is written.
 */
import fs from 'node:fs'
import path from 'node:path'
import { contentTypes, type ContentType, taxonomyTypes } from '@nlv/shared/content-types'
import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { Payload, RequestContext, Where } from 'payload'
import { devAccounts, seedPassword } from './accounts'
import { makePdf, markdownToParagraphs, type SeedFile, svgToPng } from './files'
import { seedPpne } from './ppne'
import { loadSearchVocabulary, seedSearchVocabulary } from './searchVocabulary'
import {
  type AnyRecord,
  type FactSheetRecord,
  loadSeedData,
  type PublicationRecord,
  seedRoot,
  type SeedData,
  type ToolRecord,
  type WebinarRecord,
} from './records'

type Log = (line: string) => void
type Doc = Record<string, any>
type Lexical = Record<string, unknown>

/** Seeding writes directly: no notifications, no rebuilds, no review gate. */
export const seedContext: RequestContext = { seeding: true, disableRevalidate: true }

export interface SeedReport {
  created: number
  present: number
  accounts: { email: string; password: string; created: boolean }[]
}

/** A password is shown when its account is created, never again (it may have changed since). */
export function printAccounts(report: SeedReport, log: Log = console.log): void {
  log('\nAccounts (log in at /admin):')
  for (const a of report.accounts)
    log(`  ${a.email}  ${a.created ? `password: ${a.password}` : '(already existed)'}`)
}

export async function runSeed(
  payload: Payload,
  { log = console.log, data }: { log?: Log; data?: SeedData } = {},
) {
  const seed = data ?? loadSeedData()
  const password = seedPassword()
  const report: SeedReport = { created: 0, present: 0, accounts: [] }
  const count = (created: boolean) => (created ? report.created++ : report.present++)
  const ctx = { payload, log, count }
  const editorConfig = await editorConfigFactory.default({ config: payload.config })
  const rich = (markdown: string | undefined): Lexical | null =>
    markdown?.trim()
      ? (convertMarkdownToLexical({ editorConfig, markdown }) as unknown as Lexical)
      : null

  for (const account of devAccounts) {
    const found = await payload.find({
      collection: 'users',
      where: { email: { equals: account.email } },
      limit: 1,
      overrideAccess: true,
    })
    if (!found.docs.length) {
      await payload.create({
        collection: 'users',
        data: { ...account, password },
        overrideAccess: true,
        context: seedContext,
      })
    }
    count(!found.docs.length)
    report.accounts.push({ email: account.email, password, created: !found.docs.length })
  }
  log(`[seed] accounts: ${devAccounts.length}`)

  const termIds: Record<string, Map<string, number | string>> = {}
  for (const type of taxonomyTypes) {
    termIds[type] = new Map()
    for (const [index, term] of seed.terms[type].entries()) {
      const id = await upsertTerm(ctx, type, term, index)
      termIds[type].set(term.slug, id)
    }
    log(`[seed] ${type}: ${seed.terms[type].length}`)
  }

  const vocabulary = loadSearchVocabulary()
  await seedSearchVocabulary(payload, vocabulary, seedContext, count)
  log(`[seed] search vocabulary: ${vocabulary.length} entries`)

  const itemIds = new Map<string, number | string>()
  const createdItems: { type: ContentType; record: AnyRecord; id: number | string }[] = []
  for (const type of contentTypes) {
    for (const record of seed.items[type]) {
      const existing = await payload.find({
        collection: type,
        where: { slug: { equals: record.slug } },
        locale: 'fr',
        draft: true,
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      if (existing.docs[0]) {
        itemIds.set(`${type}/${record.slug}`, existing.docs[0].id)
        count(false)
        continue
      }
      const files = await itemFiles(ctx, type, record)
      const taxonomy = Object.fromEntries(
        taxonomyTypes.map((t) => [
          t,
          record[t].map((s) => termIds[t]!.get(s)).filter((v) => v !== undefined),
        ]),
      )
      const shared = {
        ...taxonomy,
        ...files,
        references: record.references,
        translation: record.translation,
        review: record.review
          ? {
              lastReviewedAt: record.review.lastReviewedAt,
              nextReviewDue: record.review.nextReviewDue,
              reviewers: record.review.reviewers.map((name) => ({ name })),
            }
          : undefined,
        history: seedHistory(record),
        ...typeFields(type, record),
        ...(record.createdBy
          ? { workflow: { createdBy: await accountId(payload, record.createdBy) } }
          : {}),
      }
      const draft = record.status === 'draft'
      const doc = (await payload.create({
        collection: type,
        locale: 'fr',
        draft,
        data: {
          ...shared,
          ...localised(type, record, 'fr', rich),
          slug: record.slug,
          _status: record.status,
        } as never,
        overrideAccess: true,
        context: seedContext,
      })) as Doc
      if (record.en) {
        await payload.update({
          collection: type,
          id: doc.id,
          locale: 'en',
          draft,
          data: { ...localised(type, record, 'en', rich, doc), _status: record.status } as never,
          overrideAccess: true,
          context: seedContext,
        })
      }
      itemIds.set(`${type}/${record.slug}`, doc.id)
      createdItems.push({ type, record, id: doc.id })
      count(true)
      log(`[seed] ${type}/${record.slug} created (${record.status}${record.en ? ', fr + en' : ''})`)
    }
  }

  // Related items point at each other: link them once every item exists.
  for (const { type, record, id } of createdItems) {
    const related = record.related
      .map((r) => ({ relationTo: r.collection, value: itemIds.get(`${r.collection}/${r.slug}`) }))
      .filter((r) => r.value !== undefined)
    if (!related.length) continue
    await payload.update({
      collection: type,
      id,
      draft: record.status === 'draft',
      data: { related, _status: record.status } as never,
      overrideAccess: true,
      context: seedContext,
    })
  }

  await seedPpne(payload, { context: seedContext, log, count })

  const total = contentTypes.reduce((n, t) => n + seed.items[t].length, 0)
  log(
    report.created === 0
      ? `[seed] nothing to change: the database already holds all ${total} items, the taxonomies and the accounts.`
      : `[seed] done: ${report.created} records created, ${report.present} already present (${total} content items in the seed).`,
  )
  return report
}

/** The id of a seed account, by e-mail (created above). */
async function accountId(payload: Payload, email: string) {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.id ?? null
}

interface Ctx {
  payload: Payload
  log: Log
  count: (created: boolean) => void
}

async function upsertTerm(
  ctx: Ctx,
  type: (typeof taxonomyTypes)[number],
  term: SeedData['terms']['themes'][number],
  index: number,
) {
  const { payload } = ctx
  return createOnce(ctx, type, { slug: { equals: term.slug } }, async () => {
    const doc = await payload.create({
      collection: type,
      locale: 'fr',
      data: {
        slug: term.slug,
        name: term.fr,
        description: term.description_fr,
        order: term.order ?? index,
      },
      overrideAccess: true,
      context: seedContext,
    })
    await payload.update({
      collection: type,
      id: doc.id,
      locale: 'en',
      data: { name: term.en, description: term.description_en },
      overrideAccess: true,
      context: seedContext,
    })
    return doc.id
  })
}

/** The id of the document matching `where`, created by `create` only when there is none. */
async function createOnce(
  ctx: Ctx,
  collection: (typeof taxonomyTypes)[number] | 'documents' | 'media',
  where: Where,
  create: () => Promise<number | string>,
): Promise<number | string> {
  const found = await ctx.payload.find({ collection, where, limit: 1, overrideAccess: true })
  ctx.count(!found.docs[0])
  return found.docs[0]?.id ?? create()
}

async function uploadOnce(
  ctx: Ctx,
  collection: 'documents' | 'media',
  file: SeedFile,
  data: Doc,
  en?: Doc,
) {
  const { payload } = ctx
  return createOnce(ctx, collection, { filename: { equals: file.name } }, async () => {
    const doc = await payload.create({
      collection,
      data: data as never,
      file,
      locale: 'fr',
      overrideAccess: true,
      context: seedContext,
    })
    if (en) {
      await payload.update({
        collection,
        id: doc.id,
        locale: 'en',
        data: en as never,
        overrideAccess: true,
        context: seedContext,
      })
    }
    return doc.id
  })
}

async function itemFiles(ctx: Ctx, type: ContentType, record: AnyRecord): Promise<Doc> {
  const files: Doc = {}
  if (record.image) {
    const svg = fs.readFileSync(path.join(seedRoot, record.image))
    const png = await svgToPng(svg, path.basename(record.image))
    files.image = await uploadOnce(
      ctx,
      'media',
      png,
      { alt: record.imageAlt_fr ?? record.fr.title },
      record.imageAlt_en ? { alt: record.imageAlt_en } : undefined,
    )
  }
  if (type === 'intervention-tools') {
    const tool = record as ToolRecord
    const downloads = []
    for (const d of tool.downloads) {
      const pdf = await makePdf(
        tool.fr.title,
        markdownToParagraphs(`${tool.fr.purpose}\n\n${tool.fr.howToUse}\n\n${tool.fr.body}`),
        `${tool.slug}.pdf`,
      )
      downloads.push(
        await uploadOnce(
          ctx,
          'documents',
          pdf,
          { title: d.title_fr },
          d.title_en ? { title: d.title_en } : undefined,
        ),
      )
    }
    if (downloads.length) files.downloads = downloads
  }
  if (type === 'webinars' && (record as WebinarRecord).slides) {
    const w = record as WebinarRecord
    const pdf = await makePdf(
      `${w.fr.title} — présentation`,
      [w.fr.summary, ...w.chapters.map((c) => c.title_fr)],
      `${w.slug}-presentation.pdf`,
    )
    files.slides = await uploadOnce(
      ctx,
      'documents',
      pdf,
      { title: `Présentation : ${w.fr.title}` },
      w.en ? { title: `Slides: ${w.en.title}` } : undefined,
    )
  }
  if (type === 'publications') {
    const p = record as PublicationRecord
    const pdf = await makePdf(
      p.fr.title,
      p.fr.pdfText.length ? p.fr.pdfText : markdownToParagraphs(p.fr.abstract),
      `${p.slug}.pdf`,
    )
    files.file = await uploadOnce(
      ctx,
      'documents',
      pdf,
      { title: p.fr.title },
      p.en ? { title: p.en.title } : undefined,
    )
  }
  return files
}

/**
 * A published record's own public dates and change log (see `@nlv/shared/dates`), as the CMS
 * records them at publication; a draft has none (it was never published).
 */
function seedHistory(record: AnyRecord): Doc | undefined {
  if (record.status !== 'published' || !record.history) return undefined
  const { publishedAt, updatedAt, changes } = record.history
  const at = (day: string) => `${day}T14:00:00.000Z`
  return {
    firstPublishedAt: at(publishedAt),
    contentUpdatedAt: at(updatedAt ?? publishedAt),
    changes: changes.map((c) => ({
      date: at(c.date),
      note: c.note_fr,
      noteEn: c.note_en ?? null,
      important: c.important,
    })),
  }
}

function typeFields(type: ContentType, record: AnyRecord): Doc {
  switch (type) {
    case 'intervention-tools':
      return { toolKind: (record as ToolRecord).toolKind }
    case 'webinars': {
      const w = record as WebinarRecord
      return {
        recordedAt: w.recordedAt,
        durationMinutes: w.durationMinutes,
        video: { url: w.videoUrl },
        speakers: w.speakers,
        chapters: w.chapters.map((c) => ({ start: c.start, title: c.title_fr })),
      }
    }
    case 'publications': {
      const p = record as PublicationRecord
      return {
        publicationKind: p.publicationKind,
        year: p.year,
        pages: p.pages,
        isbn: p.isbn,
        doi: p.doi,
        authors: p.authors.map((name) => ({ name })),
      }
    }
    default:
      return {}
  }
}

/** The fields written per locale. `created` is the French document, for array row ids. */
function localised(
  type: ContentType,
  record: AnyRecord,
  locale: 'fr' | 'en',
  rich: (md?: string) => Lexical | null,
  created?: Doc,
): Doc {
  const text = (locale === 'fr' ? record.fr : record.en) as FactSheetRecord['fr']
  const fields: Doc = {
    title: text.title,
    summary: text.summary,
    keyMessages: text.keyMessages.map((t) => ({ text: t })),
    body: rich(text.body),
  }
  if (type === 'intervention-tools') {
    const t = text as unknown as ToolRecord['fr']
    Object.assign(fields, { purpose: t.purpose, howToUse: rich(t.howToUse) })
  }
  if (type === 'publications') {
    const p = text as unknown as PublicationRecord['fr']
    Object.assign(fields, { abstract: rich(p.abstract) })
  }
  if (type === 'webinars') {
    const w = record as WebinarRecord
    fields.transcript = w.transcript
      .filter((s) => (locale === 'fr' ? s.text_fr : s.text_en))
      .map((s) => ({
        start: s.start,
        speaker: s.speaker,
        text: locale === 'fr' ? s.text_fr : s.text_en,
      }))
    if (locale === 'en' && created) {
      fields.chapters = (created.chapters as Doc[]).map((row, i) => ({
        id: row.id,
        start: row.start,
        title: w.chapters[i]?.title_en ?? row.title,
      }))
    }
  }
  return fields
}
