import { z } from 'zod'

/** The kinds of callout; the CMS offers them in this order. */
export const calloutTones = ['info', 'warning', 'important'] as const
export type CalloutTone = (typeof calloutTones)[number]
/** The tone of a callout that does not say (and the CMS's default). */
export const defaultCalloutTone: CalloutTone = 'info'

/** A callout: a titled note set apart from the text, in one of {@link calloutTones}. */
export const calloutBlockSchema = z.looseObject({
  blockType: z.literal('callout'),
  tone: z.enum(calloutTones).nullish(),
  title: z.string().nullish(),
  text: z.string().trim().min(1),
})
export type CalloutBlock = z.infer<typeof calloutBlockSchema>
