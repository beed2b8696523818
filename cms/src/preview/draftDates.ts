/**
 * The preview of a draft that is not on the site has no publication date to show: the
 * article's date line (« Publié le … », written by the shared article frame from the draft's
 * creation date) says « Brouillon — non publié » instead.
 */
import type { Locale } from '@nlv/shared/locales'
import type { Payload } from 'payload'

export const draftNotice: Record<Locale, string> = {
  fr: 'Brouillon — non publié',
  en: 'Draft — not published',
}

/** Whether the document has a public (published) version now. */
export async function isPublished(payload: Payload, collection: string, id: string) {
  const row = (await payload.db
    .findOne({ collection: collection as never, where: { id: { equals: id } } })
    .catch(() => null)) as { _status?: string } | null
  return row?._status === 'published'
}

/** Replaces the article's date line with the draft notice. */
export function withDraftNotice(article: string, locale: Locale): string {
  return article.replace(
    /<p class="item__dates([^"]*)"([^>]*)>[\s\S]*?<\/p>/,
    `<p class="item__dates$1"$2 data-draft-notice> ${draftNotice[locale]} </p>`,
  )
}
