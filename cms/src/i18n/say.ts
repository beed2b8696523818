import type { PayloadRequest } from 'payload'

export type Bilingual = { fr: string; en: string }

/** Picks the admin user's language for a message; French unless the admin is in English. */
export function say(req: Pick<PayloadRequest, 'i18n'> | undefined, text: Bilingual): string {
  return req?.i18n?.language === 'en' ? text.en : text.fr
}
