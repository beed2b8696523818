import { z } from 'zod'

/** Languages of the platform. French is the default and the fallback. */
export const locales = ['fr', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fr'
export const localeSchema = z.enum(locales)

/** A text given in French (always) and optionally in English. */
export const localisedText = z.object({
  fr: z.string().min(1),
  en: z.string().min(1).optional(),
})
export type LocalisedText = z.infer<typeof localisedText>
