/**
 * The frame of every item's article: type, title, summary, dates, expert review and the
 * type's actions in the header, then the type's own content.
 */
import { dayOf, newestFirst, updatedSincePublication } from '../dates'
import { formatDate, t } from '../i18n'
import { kindLabel } from '../kind-label'
import type { Locale } from '../locales'
import type { SnapshotItem } from '../snapshot'
import { attributeValue, text } from './markup'
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
  /** The day the page is built for (overdue review); now by default. */
  today?: Date
}

const timeHtml = (iso: string, locale: Locale) =>
  `<time datetime="${attributeValue(dayOf(iso))}">${text(formatDate(iso, locale))}</time>`

/**
 * « Historique des mises à jour »: each published change note, newest first (important ones
 * flagged), then the first publication. An English page shows a note written only in French
 * as such (`lang="fr"`).
 */
export function historyHtml(item: SnapshotItem, locale: Locale): string {
  const rows = newestFirst(item.changes).map((change) => {
    const note = change.note[locale] ?? change.note.fr
    const lang = change.note[locale] ? '' : ' lang="fr"'
    const flag = change.important
      ? `<strong class="item-history__flag">${text(t(locale, 'history.important'))}</strong> `
      : ''
    return (
      `<li class="item-history__entry${change.important ? ' item-history__entry--important' : ''}">` +
      `${timeHtml(change.date, locale)} <p>${flag}<span${lang}>${text(note)}</span></p></li>`
    )
  })
  rows.push(
    `<li class="item-history__entry">${timeHtml(item.publishedAt, locale)} ` +
      `<p>${text(t(locale, 'history.firstPublished'))}</p></li>`,
  )
  return (
    `<section class="item-history" aria-labelledby="historique" data-pagefind-ignore>` +
    `<h2 id="historique">${text(t(locale, 'history.title'))}</h2>` +
    `<ol class="item-history__list">${rows.join('')}</ol></section>`
  )
}

/** `<article class="item" aria-labelledby="titre">`: the header, then `content`. */
export function itemFrameHtml(item: SnapshotItem, locale: Locale, parts: FrameParts): string {
  const content = contentIn(item, locale)
  const published = text(t(locale, 'item.publishedOn', { date: '\u0000' })).replace(
    '\u0000',
    timeHtml(item.publishedAt, locale),
  )
  const updated = updatedSincePublication(item)
    ? ` · ${text(t(locale, 'item.updatedOn', { date: '\u0000' })).replace('\u0000', timeHtml(item.updatedAt, locale))}`
    : ''
  const header =
    `<header class="item__header"> ` +
    `<p class="item__type" data-pagefind-ignore>${typeBadgeHtml(locale, item.type, kindLabel(item, locale))} </p> ` +
    `<h1 id="titre" data-pagefind-weight="10">${text(content.title)}</h1> ` +
    `<p class="lede item__summary" data-pagefind-weight="5">${text(content.summary)}</p> ` +
    `<p class="item__dates muted" data-pagefind-ignore> ${published} ${updated} </p> ` +
    `${blocks(reviewNoteHtml(locale, item.review, parts.today), parts.actions ?? '')} </header>`
  return `<article class="item" aria-labelledby="titre"> ${header} ${parts.content} ${historyHtml(item, locale)} </article>`
}
