import { z } from 'zod'

/**
 * A bibliographic reference written in the text. Lenient on purpose (the renderer formats
 * what it gets); the CMS's block enforces the contract's limits (`content-limits.ts`).
 */
export const referenceBlockSchema = z.looseObject({
  blockType: z.literal('reference'),
  authors: z.string().trim().min(1),
  title: z.string().trim().min(1),
  source: z.string().nullish(),
  year: z.number().int().nullish(),
  url: z.string().nullish(),
  doi: z.string().nullish(),
})
export type ReferenceBlock = z.infer<typeof referenceBlockSchema>
