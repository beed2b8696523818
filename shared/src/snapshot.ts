/**
 * The published snapshot: everything the public site may show, and nothing else.
 *
 * The CMS writes it (only published documents, both locales) and the site reads it; both
 * validate it with these schemas. `z.input` types are what a producer writes, `z.infer`
 * types what a consumer receives.
 */
import { z } from 'zod'
import {
  publicationYears,
  referenceYears,
  summaryMaxLength,
  titleMaxLength,
  webinarMinutes,
} from './content-limits'
import { contentTypes, publicationKinds, toolKinds } from './content-types'
import { changeEntrySchema } from './dates'
import { localisedText } from './locales'
import { ppneSeriesSchema } from './ppne'
import { maxSlugLength, slugPattern } from './slug'
import { searchVocabularySchema } from './search-vocabulary'

/** Lexical editor state as stored by Payload (`{ root: { type: 'root', children: [...] } }`). */
export const richTextSchema = z
  .object({
    root: z
      .object({
        type: z.literal('root'),
        children: z.array(z.record(z.string(), z.unknown())),
      })
      .passthrough(),
  })
  .passthrough()
export type RichText = z.infer<typeof richTextSchema>

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected an ISO date (YYYY-MM-DD…)')
/** A slug as the CMS's slug field accepts it. */
export const slugSchema = z
  .string()
  .max(maxSlugLength)
  .regex(slugPattern, 'expected a slug: lowercase letters, digits and hyphens')
const slug = slugSchema

/** A file the public may download (documents collection). */
export const fileRefSchema = z.object({
  id: z.string(),
  url: z.string().min(1),
  filename: z.string().min(1),
  mimeType: z.string().min(1),
  /** Size in bytes. */
  filesize: z.number().int().nonnegative(),
  title: localisedText.optional(),
})
export type FileRef = z.infer<typeof fileRefSchema>

/** An image with its generated sizes (media collection). */
export const imageRefSchema = z.object({
  id: z.string(),
  url: z.string().min(1),
  alt: localisedText,
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mimeType: z.string(),
  sizes: z
    .array(
      z.object({
        name: z.string(),
        url: z.string().min(1),
        width: z.number().int().positive(),
        height: z.number().int().positive(),
        mimeType: z.string(),
      }),
    )
    .default([]),
})
export type ImageRef = z.infer<typeof imageRefSchema>

/**
 * A structured bibliographic reference. The CMS accepts only http(s) URLs; the contract takes
 * any URL, and the renderer refuses unsafe ones again (tested with hostile snapshots).
 */
export const referenceSchema = z.object({
  authors: z.string().min(1),
  title: z.string().min(1),
  source: z.string().optional(),
  year: z.number().int().min(referenceYears.min).max(referenceYears.max).optional(),
  url: z.url().optional(),
  doi: z.string().optional(),
})
export type Reference = z.infer<typeof referenceSchema>

/** Facts of the expert committee's review, shown publicly. */
export const reviewFactsSchema = z.object({
  lastReviewedAt: isoDate.optional(),
  nextReviewDue: isoDate.optional(),
  reviewers: z.array(z.string().min(1)).default([]),
})
export type ReviewFacts = z.infer<typeof reviewFactsSchema>

export const relatedRefSchema = z.object({
  type: z.enum(contentTypes),
  id: z.string(),
})
export type RelatedRef = z.infer<typeof relatedRefSchema>

/** An item's title, as the CMS's title field accepts it. */
export const titleSchema = z.string().min(1).max(titleMaxLength)
/** An item's summary, as the CMS's summary field accepts it. */
export const summarySchema = z.string().min(1).max(summaryMaxLength)

/** Fields every content type has in each locale. */
const localisedBase = z.object({
  slug,
  title: titleSchema,
  summary: summarySchema,
  keyMessages: z.array(z.string().min(1)).default([]),
  body: richTextSchema.nullable().default(null),
})

/** Fields every content type has once, whatever the locale. */
const itemBase = z.object({
  id: z.string(),
  /** « Publié le »: first publication, never moved (`dates.ts`). */
  publishedAt: isoDate,
  /** « Mis à jour le »: last published content change (`dates.ts`). */
  updatedAt: isoDate,
  /** « Historique des mises à jour »: published change notes (`dates.ts`), newest first. */
  changes: z.array(changeEntrySchema).default([]),
  themes: z.array(slug).default([]),
  audiences: z.array(slug).default([]),
  stages: z.array(slug).default([]),
  related: z.array(relatedRefSchema).default([]),
  references: z.array(referenceSchema).default([]),
  review: reviewFactsSchema.default({ reviewers: [] }),
  image: imageRefSchema.nullable().default(null),
  /** Printable PDF version. */
  pdf: fileRefSchema.nullable().default(null),
})

const withLocales = <T extends z.ZodTypeAny>(localised: T) =>
  z.object({ fr: localised, en: localised.optional() })

export const factSheetSchema = itemBase.extend({
  type: z.literal('fact-sheets'),
  locales: withLocales(localisedBase),
})

export const interventionToolSchema = itemBase.extend({
  type: z.literal('intervention-tools'),
  toolKind: z.enum(toolKinds),
  downloads: z.array(fileRefSchema).default([]),
  locales: withLocales(
    localisedBase.extend({
      /** What the tool is for, in a sentence or two. */
      purpose: z.string().default(''),
      howToUse: richTextSchema.nullable().default(null),
    }),
  ),
})

export const chapterSchema = z.object({
  /** Seconds from the start of the recording. */
  start: z.number().int().nonnegative(),
  title: z.string().min(1),
})
export const transcriptSegmentSchema = z.object({
  start: z.number().int().nonnegative(),
  speaker: z.string().optional(),
  text: z.string().min(1),
})

export const videoSchema = z.object({
  provider: z.enum(['youtube', 'vimeo', 'file']),
  /** The page or file URL. */
  url: z.string().min(1),
  /** Provider video id (YouTube, Vimeo). */
  videoId: z.string().optional(),
  file: fileRefSchema.nullable().default(null),
})

export const webinarSchema = itemBase.extend({
  type: z.literal('webinars'),
  recordedAt: isoDate,
  durationMinutes: z.number().int().min(webinarMinutes.min).max(webinarMinutes.max),
  video: videoSchema.nullable(),
  speakers: z
    .array(
      z.object({
        name: z.string().min(1),
        role: z.string().optional(),
        organisation: z.string().optional(),
      }),
    )
    .default([]),
  slides: fileRefSchema.nullable().default(null),
  locales: withLocales(
    localisedBase.extend({
      chapters: z.array(chapterSchema).default([]),
      transcript: z.array(transcriptSegmentSchema).default([]),
    }),
  ),
})

export const publicationSchema = itemBase.extend({
  type: z.literal('publications'),
  publicationKind: z.enum(publicationKinds),
  authors: z.array(z.string().min(1)).default([]),
  year: z.number().int().min(publicationYears.min).max(publicationYears.max),
  isbn: z.string().optional(),
  doi: z.string().optional(),
  pages: z.number().int().positive().optional(),
  file: fileRefSchema.nullable().default(null),
  locales: withLocales(localisedBase.extend({ abstract: richTextSchema.nullable().default(null) })),
})

export const snapshotItemSchema = z.discriminatedUnion('type', [
  factSheetSchema,
  interventionToolSchema,
  webinarSchema,
  publicationSchema,
])
export type SnapshotItem = z.infer<typeof snapshotItemSchema>
export type SnapshotItemInput = z.input<typeof snapshotItemSchema>
export type FactSheet = z.infer<typeof factSheetSchema>
export type InterventionTool = z.infer<typeof interventionToolSchema>
export type Webinar = z.infer<typeof webinarSchema>
export type Publication = z.infer<typeof publicationSchema>

export const termSchema = z.object({
  id: z.string(),
  slug,
  name: localisedText,
  description: z.object({ fr: z.string().optional(), en: z.string().optional() }).default({}),
  /** Display order (stages follow the pregnancy); lower first. */
  order: z.number().default(0),
})
export type Term = z.infer<typeof termSchema>

export const snapshotSchema = z.object({
  /** Contract version; bump on a breaking change. */
  schemaVersion: z.literal(1),
  generatedAt: z.string(),
  taxonomies: z.object({
    themes: z.array(termSchema),
    audiences: z.array(termSchema),
    stages: z.array(termSchema),
  }),
  items: z.array(snapshotItemSchema),
  /** The published PPNE series (`ppne.ts`); null before any period is published. */
  ppne: ppneSeriesSchema.nullable().default(null),
  /** The search vocabulary (`search-vocabulary.ts`). */
  searchVocabulary: searchVocabularySchema.default([]),
})
export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotInput = z.input<typeof snapshotSchema>

/**
 * Parses a snapshot, and on failure throws an error naming each failing item's id and field
 * (a broken contract must fail a build loudly, not render a blank page).
 */
export function parseSnapshot(data: unknown): Snapshot {
  const result = snapshotSchema.safeParse(data)
  if (result.success) return result.data
  const items = (data as { items?: Array<{ id?: unknown; type?: unknown }> } | null)?.items
  const lines = result.error.issues.slice(0, 20).map((issue) => {
    const [head, index, ...rest] = issue.path
    if (head === 'items' && typeof index === 'number') {
      const item = items?.[index]
      return `item ${String(item?.type ?? '?')}/${String(item?.id ?? index)}: field "${rest.join('.')}": ${issue.message}`
    }
    return `field "${issue.path.join('.')}": ${issue.message}`
  })
  const more =
    result.error.issues.length > 20 ? `\n…and ${result.error.issues.length - 20} more` : ''
  throw new Error(`Invalid published snapshot:\n${lines.join('\n')}${more}`, {
    cause: result.error,
  })
}
