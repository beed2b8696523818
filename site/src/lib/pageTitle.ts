/**
 * The `<title>` of a page: its own title, then the site name, in at most 70 characters (longer
 * titles are cut in search results and tabs). A long title is shortened at a word boundary
 * with an ellipsis; the site name is always kept.
 */
import { t } from '@nlv/shared/i18n'
import type { Locale } from '@nlv/shared/locales'

export const titleMaxChars = 70

export function pageTitle(locale: Locale, title: string): string {
  const full = t(locale, 'site.titleTemplate', { title })
  if (full.length <= titleMaxChars) return full
  const room = titleMaxChars - (full.length - title.length) - 1
  const cut = title.slice(0, room + 1)
  const atWord = cut.lastIndexOf(' ')
  const short = (atWord > room / 2 ? cut.slice(0, atWord) : cut.slice(0, room)).replace(
    /[\s,;:·–—-]+$/,
    '',
  )
  return t(locale, 'site.titleTemplate', { title: `${short}…` })
}
