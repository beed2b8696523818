import { z } from 'zod'

/** A key message: the one thing to remember, set apart from the text around it. */
export const keyMessageBlockSchema = z.looseObject({
  blockType: z.literal('keyMessage'),
  text: z.string().trim().min(1),
})
export type KeyMessageBlock = z.infer<typeof keyMessageBlockSchema>
