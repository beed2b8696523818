import { z } from 'zod'
import { mediaDocSchema, unpopulatedSchema } from '../../media'

/** An image of the `media` collection with its caption. */
export const figureBlockSchema = z.looseObject({
  blockType: z.literal('figure'),
  image: z.union([mediaDocSchema, unpopulatedSchema]),
  caption: z.string().nullish(),
})
export type FigureBlock = z.infer<typeof figureBlockSchema>
