/**
 * The frame of every item's article: type, title, summary, dates, expert review and the
 * type's actions in the header, then the type's own content.
 */
import { formatDate, t } from '../i18n'
import { kindLabel } from '../kind-label'
import type { Locale } from '../locales'
import type { SnapshotItem } from '../snapshot'
import { text } from './markup'
import { reviewNoteHtml } from './review-note'
import { typeBadgeHtml } from './type-badge'

/** The item's content in `locale`; throws when it is not written in that language. */
export function contentIn<T extends SnapshotItem>(item: T, locale: Locale): T['locales']['fr'] {
  const content = item.locales[locale]
  if (!content) throw new Error(`Item ${item.type}/${item.id} has no "${locale}" version`)
  return content
}

/** Joins the article's blocks, leaving out the empty ones. */
export const blocks = (...parts: string[]): string => parts.filter(Boolean).join(' ')

export interface FrameParts {
  /** The header's buttons (`<div class="item-actions">`), if any. */
  actions?: string
  /** Everything after the header. */
  content: string
}

/** `<article class="item" aria-labelledby="titre">`: the header, then `content`. */
export function itemFrameHtml(item: SnapshotItem, locale: Locale, parts: FrameParts): string {
  const content = contentIn(item, locale)
  const published = formatDate(item.publishedAt, locale)
  const updated =
    item.updatedAt !== item.publishedAt
      ? ` · ${text(t(locale, 'item.updatedOn', { date: formatDate(item.updatedAt, locale) }))}`
      : ''
  const header =
    `<header class="item__header"> ` +
    `<p class="item__type" data-pagefind-ignore>${typeBadgeHtml(locale, item.type, kindLabel(item, locale))} </p> ` +
    `<h1 id="titre" data-pagefind-weight="10">${text(content.title)}</h1> ` +
    `<p class="lede item__summary" data-pagefind-weight="5">${text(content.summary)}</p> ` +
    `<p class="item__dates muted" data-pagefind-ignore> ${text(t(locale, 'item.publishedOn', { date: published }))} ${updated} </p> ` +
    `${blocks(reviewNoteHtml(locale, item.review), parts.actions ?? '')} </header>`
  return `<article class="item" aria-labelledby="titre"> ${header} ${parts.content} </article>`
}
