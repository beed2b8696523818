import { escapeHtml } from '@nlv/shared/html-escape'
/**
 * The RSS feed of a language: new and updated items, most recent change first.
 */
import rss from '@astrojs/rss'
import { formatDate, t } from '@nlv/shared/i18n'
import type { Locale } from '@nlv/shared/locales'
import { absoluteUrl, homePath } from '@nlv/shared/urls'
import { getCatalog } from '../content/catalog'
import { env } from '../env'
import { localised } from '@nlv/shared/localised'
import { updatesFeedPath, updatesOf } from './updates'
import { pathOf } from '../content/routes'

/** Items in a feed. */
export const feedSize = 50

export function feedResponse(locale: Locale): Promise<Response> {
  const catalog = getCatalog()
  const entries = catalog.entries[locale].slice(0, feedSize)
  return rss({
    title: `${t(locale, 'site.name')} · ${t(locale, 'feed.title')}`,
    description: t(locale, 'site.description'),
    site: absoluteUrl(env.SITE_URL, homePath(locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${locale === 'fr' ? 'fr-CA' : 'en-CA'}</language>` +
      `<atom:link href="${absoluteUrl(env.SITE_URL, `${homePath(locale)}rss.xml`)}" rel="self" type="application/rss+xml"/>`,
    items: entries.map(({ item, content, path }) => {
      const updated = item.updatedAt.slice(0, 10) !== item.publishedAt.slice(0, 10)
      const label = t(locale, `contentType.${item.type}.one`)
      return {
        title: `${label} · ${content.title}`,
        link: absoluteUrl(env.SITE_URL, path),
        pubDate: new Date(item.updatedAt),
        // An RSS description is HTML to a feed reader: the summary is text, so it is escaped.
        description: escapeHtml(
          updated
            ? `${t(locale, 'item.updatedOn', { date: formatDate(item.updatedAt, locale) })}. ${content.summary}`
            : content.summary,
        ),
        categories: item.themes
          .map((slug) => catalog.term('themes', slug))
          .filter((term) => term !== undefined)
          .map((term) => localised(term.name, locale).text),
      }
    }),
  })
}

/** The feed of published changes of a language (`lib/updates.ts`), newest first. */
export function updatesFeedResponse(locale: Locale): Promise<Response> {
  const updates = updatesOf(locale).slice(0, feedSize)
  return rss({
    title: `${t(locale, 'site.name')} · ${t(locale, 'updates.feedTitle')}`,
    description: t(locale, 'updates.description'),
    site: absoluteUrl(env.SITE_URL, pathOf('updates', locale)),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData:
      `<language>${locale === 'fr' ? 'fr-CA' : 'en-CA'}</language>` +
      `<atom:link href="${absoluteUrl(env.SITE_URL, updatesFeedPath(locale))}" rel="self" type="application/rss+xml"/>`,
    items: updates.map(({ entry, change, note }) => ({
      title: `${change.important ? `${t(locale, 'history.important')} · ` : ''}${entry.content.title}`,
      link: absoluteUrl(env.SITE_URL, entry.path),
      // One entry per change: the item's address and the day make it unique.
      customData: `<guid isPermaLink="false">${escapeHtml(`${entry.path}#${change.date}`)}</guid>`,
      pubDate: new Date(change.date),
      description: escapeHtml(note),
    })),
  })
}
