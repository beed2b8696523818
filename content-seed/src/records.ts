/**
 * The seed files' format (content-seed/data/…), validated before anything is written.
 * Titles, summaries, slugs, references, years and durations are checked with the shared
 * contract's own schemas and limits (`@nlv/shared/snapshot`, `@nlv/shared/content-limits`),
 * the ones the CMS's fields enforce, so that a seed record that passes here also passes the
 * CMS's validation and appears in the published snapshot.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  contentTypes,
  type ContentType,
  publicationKinds,
  taxonomyTypes,
  toolKinds,
} from '@nlv/shared/content-types'
import { publicationYears, webinarMinutes } from '@nlv/shared/content-limits'
import { changeNoteMaxLength } from '@nlv/shared/dates'
import { referenceSchema, slugSchema, summarySchema, titleSchema } from '@nlv/shared/snapshot'
import { z } from 'zod'

export const seedRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const dataDir = path.join(seedRoot, 'data')

const slug = slugSchema
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/)

export const termRecord = z.object({
  slug,
  fr: z.string().min(1),
  en: z.string().min(1),
  description_fr: z.string().optional(),
  description_en: z.string().optional(),
  order: z.number().optional(),
})
export type TermRecord = z.infer<typeof termRecord>

const localisedBase = z.object({
  title: titleSchema,
  summary: summarySchema,
  keyMessages: z.array(z.string().min(1)).default([]),
  body: z.string().default(''),
})

const common = z.object({
  slug,
  status: z.enum(['published', 'draft']),
  themes: z.array(slug).default([]),
  audiences: z.array(slug).default([]),
  stages: z.array(slug).default([]),
  related: z.array(z.object({ collection: z.enum(contentTypes), slug })).default([]),
  references: z.array(referenceSchema).default([]),
  review: z
    .object({
      lastReviewedAt: isoDay.optional(),
      nextReviewDue: isoDay.optional(),
      reviewers: z.array(z.string()).default([]),
    })
    .optional(),
  // Content health (cms/src/health/): « à traduire », and each language's last content change.
  translation: z
    .object({
      toTranslate: z.boolean().optional(),
      frChangedAt: isoDay.optional(),
      enChangedAt: isoDay.optional(),
    })
    .optional(),
  /**
   * The item's public dates and change log before this platform recorded them (`@nlv/shared/dates`):
   * first publication, last content change (default: the first publication), published notes.
   */
  history: z
    .object({
      publishedAt: isoDay,
      updatedAt: isoDay.optional(),
      changes: z
        .array(
          z.object({
            date: isoDay,
            note_fr: z.string().min(1).max(changeNoteMaxLength),
            note_en: z.string().min(1).max(changeNoteMaxLength).optional(),
            important: z.boolean().default(false),
          }),
        )
        .default([]),
    })
    .optional(),
  image: z.string().optional(),
  /** The seed account that wrote the item (a contributor's demonstration draft). */
  createdBy: z.email().optional(),
  imageAlt_fr: z.string().optional(),
  imageAlt_en: z.string().optional(),
})

const withLocales = <T extends z.ZodTypeAny>(localised: T) => ({
  fr: localised,
  en: localised.optional(),
})

export const factSheetRecord = common.extend(withLocales(localisedBase))

export const toolRecord = common.extend({
  toolKind: z.enum(toolKinds),
  downloads: z
    .array(
      z.object({
        file: z.literal('generated'),
        title_fr: z.string(),
        title_en: z.string().optional(),
      }),
    )
    .default([]),
  ...withLocales(
    localisedBase.extend({ purpose: z.string().default(''), howToUse: z.string().default('') }),
  ),
})

const seconds = z.number().int().nonnegative()
export const webinarRecord = common
  .extend({
    recordedAt: isoDay,
    durationMinutes: z.number().int().min(webinarMinutes.min).max(webinarMinutes.max),
    videoUrl: z.url(),
    speakers: z.array(
      z.object({
        name: z.string(),
        role: z.string().optional(),
        organisation: z.string().optional(),
      }),
    ),
    chapters: z.array(
      z.object({ start: seconds, title_fr: z.string().min(1), title_en: z.string().optional() }),
    ),
    transcript: z.array(
      z.object({
        start: seconds,
        speaker: z.string().optional(),
        text_fr: z.string().min(1),
        text_en: z.string().optional(),
      }),
    ),
    slides: z.boolean().default(false),
    ...withLocales(localisedBase),
  })
  .superRefine((w, ctx) => {
    const limit = w.durationMinutes * 60
    for (const [i, c] of w.chapters.entries()) {
      if (c.start > limit)
        ctx.addIssue({
          code: 'custom',
          path: ['chapters', i, 'start'],
          message: 'chapter starts after the end of the video',
        })
    }
  })

export const publicationRecord = common.extend({
  publicationKind: z.enum(publicationKinds),
  authors: z.array(z.string().min(1)),
  year: z.number().int().min(publicationYears.min).max(publicationYears.max),
  isbn: z.string().optional(),
  doi: z.string().optional(),
  pages: z.number().int().positive().optional(),
  ...withLocales(
    localisedBase.extend({
      abstract: z.string().default(''),
      pdfText: z.array(z.string()).default([]),
    }),
  ),
})

export const recordSchemas = {
  'fact-sheets': factSheetRecord,
  'intervention-tools': toolRecord,
  webinars: webinarRecord,
  publications: publicationRecord,
} as const

export type FactSheetRecord = z.infer<typeof factSheetRecord>
export type ToolRecord = z.infer<typeof toolRecord>
export type WebinarRecord = z.infer<typeof webinarRecord>
export type PublicationRecord = z.infer<typeof publicationRecord>
export type AnyRecord = FactSheetRecord | ToolRecord | WebinarRecord | PublicationRecord

export interface SeedData {
  terms: Record<(typeof taxonomyTypes)[number], TermRecord[]>
  items: Record<ContentType, AnyRecord[]>
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`Seed file ${path.relative(seedRoot, file)} is not valid JSON`, {
      cause: error,
    })
  }
}

function parse<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
  throw new Error(
    `Seed file ${path.relative(seedRoot, file)} does not match the contract:\n${lines.join('\n')}`,
  )
}

/** Reads and validates every seed file, and checks that each slug it refers to exists. */
export function loadSeedData(dir = dataDir): SeedData {
  const terms = Object.fromEntries(
    taxonomyTypes.map((t) => {
      const file = path.join(dir, `${t}.json`)
      return [t, parse(z.array(termRecord), readJson(file), file)]
    }),
  ) as SeedData['terms']
  const items = Object.fromEntries(
    contentTypes.map((type) => {
      const folder = path.join(dir, type)
      const files = fs.existsSync(folder)
        ? fs
            .readdirSync(folder)
            .filter((f) => f.endsWith('.json'))
            .sort()
        : []
      return [
        type,
        files.map((f) => {
          const file = path.join(folder, f)
          const record = parse(recordSchemas[type] as z.ZodType<AnyRecord>, readJson(file), file)
          if (`${record.slug}.json` !== f)
            throw new Error(
              `Seed file ${type}/${f}: slug "${record.slug}" must match the file name`,
            )
          return record
        }),
      ]
    }),
  ) as SeedData['items']

  const problems: string[] = []
  const termSlugs = Object.fromEntries(
    taxonomyTypes.map((t) => [t, new Set(terms[t].map((x) => x.slug))]),
  )
  for (const type of contentTypes) {
    for (const item of items[type]) {
      for (const t of taxonomyTypes) {
        for (const s of item[t])
          if (!termSlugs[t]!.has(s)) problems.push(`${type}/${item.slug}: unknown ${t} "${s}"`)
      }
      for (const r of item.related) {
        if (!items[r.collection]?.some((x) => x.slug === r.slug))
          problems.push(`${type}/${item.slug}: related ${r.collection}/${r.slug} does not exist`)
      }
      if (item.image && !fs.existsSync(path.join(seedRoot, item.image)))
        problems.push(`${type}/${item.slug}: image ${item.image} is missing`)
    }
  }
  if (problems.length)
    throw new Error(`Seed data refers to things that do not exist:\n  ${problems.join('\n  ')}`)
  return { terms, items }
}
