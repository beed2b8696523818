import type { ContentType } from '../content-types'
import { t } from '../i18n'
import type { Locale } from '../locales'
import { attributes, text } from './markup'

/** The content type as a badge, with a finer kind after it (tool kind, publication kind). */
export function typeBadgeHtml(locale: Locale, type: ContentType, detail?: string): string {
  const kind = detail ? `<span class="badge__detail"> · ${text(detail)}</span>` : ''
  return `<span${attributes({ class: `badge badge--${type}` })}>${text(t(locale, `contentType.${type}.one`))}${kind}</span>`
}
