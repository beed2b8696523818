import { z } from 'zod'
import { documentDocSchema, unpopulatedSchema } from '../../media'

/** A link to a file of the `documents` collection. */
export const downloadBlockSchema = z.looseObject({
  blockType: z.literal('download'),
  document: z.union([documentDocSchema, unpopulatedSchema]),
  label: z.string().nullish(),
})
export type DownloadBlock = z.infer<typeof downloadBlockSchema>
