/**
 * The fields of the domain blocks that editors insert into rich text (`cms/src/blocks/`),
 * as the renderer receives them: uploads populated (depth ≥ 1), text fields as strings.
 * The renderer validates each block with these schemas and skips, with a warning, one that
 * does not fit.
 */
import { z } from 'zod'

/** A text that is either already localised (`'…'`) or given per locale (`{ fr, en }`). */
export const localisedValueSchema = z.union([
  z.string(),
  z.looseObject({ fr: z.string().nullish(), en: z.string().nullish() }),
])
export type LocalisedValue = z.infer<typeof localisedValueSchema>

const imageSizeSchema = z.looseObject({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
})

/** A populated `media` document (Payload's shape; the snapshot's `ImageRef` fits too). */
export const mediaDocSchema = z.looseObject({
  url: z.string().min(1),
  alt: localisedValueSchema.nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
  /** Payload: `{ thumbnail: {url, width, height}, … }`; snapshot: `[{name, url, width, height}]`. */
  sizes: z
    .union([z.array(imageSizeSchema), z.record(z.string(), imageSizeSchema.nullable())])
    .nullish(),
})
export type MediaDoc = z.infer<typeof mediaDocSchema>

/** A populated `documents` document. */
export const documentDocSchema = z.looseObject({
  url: z.string().min(1),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  title: localisedValueSchema.nullish(),
})
export type DocumentDoc = z.infer<typeof documentDocSchema>

/** An upload field left unpopulated: only the related document's id. */
const unpopulated = z.union([z.string(), z.number()])

export const calloutTones = ['info', 'warning', 'important'] as const
export type CalloutTone = (typeof calloutTones)[number]

export const keyMessageBlockSchema = z.looseObject({
  blockType: z.literal('keyMessage'),
  text: z.string().trim().min(1),
})

export const calloutBlockSchema = z.looseObject({
  blockType: z.literal('callout'),
  /** Default `info`, as in the CMS. */
  tone: z.enum(calloutTones).nullish(),
  title: z.string().nullish(),
  text: z.string().trim().min(1),
})

export const referenceBlockSchema = z.looseObject({
  blockType: z.literal('reference'),
  authors: z.string().trim().min(1),
  title: z.string().trim().min(1),
  source: z.string().nullish(),
  year: z.number().int().nullish(),
  url: z.string().nullish(),
  doi: z.string().nullish(),
})

export const figureBlockSchema = z.looseObject({
  blockType: z.literal('figure'),
  image: z.union([mediaDocSchema, unpopulated]),
  caption: z.string().nullish(),
})

export const downloadBlockSchema = z.looseObject({
  blockType: z.literal('download'),
  document: z.union([documentDocSchema, unpopulated]),
  label: z.string().nullish(),
})

/** Every block the renderer knows, told apart by `blockType`. */
export const richTextBlockSchema = z.discriminatedUnion('blockType', [
  keyMessageBlockSchema,
  calloutBlockSchema,
  referenceBlockSchema,
  figureBlockSchema,
  downloadBlockSchema,
])
export type RichTextBlock = z.infer<typeof richTextBlockSchema>
export type RichTextBlockType = RichTextBlock['blockType']

/** The text of a localised value in `locale`, falling back to French. */
export function pickLocalised(
  value: LocalisedValue | null | undefined,
  locale: 'fr' | 'en',
): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  return value[locale] || value.fr || null
}
