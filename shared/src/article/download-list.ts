import { formatFileMeta } from '../file-meta'
import { fileUrl } from '../file-url'
import { t } from '../i18n'
import type { Locale } from '../locales'
import { localised } from '../localised'
import type { FileRef } from '../snapshot'
import { attributes, icon, text } from './markup'

const arrow = 'M11 3h2v9.2l3.3-3.3 1.4 1.4L12 16l-5.7-5.7 1.4-1.4 3.3 3.3V3zM5 19h14v2H5z'

export interface DownloadListOptions {
  cmsUrl: string
  /** Default: « Téléchargements ». */
  heading?: string
  /** Default: `telechargements` (the tool page's « Téléchargements » button points at it). */
  headingId?: string
}

/**
 * Files to download, each with its format and size (« PDF, 182 Ko »). A file whose URL is
 * refused is left out; no file, no section.
 */
export function downloadListHtml(
  locale: Locale,
  files: ReadonlyArray<FileRef & { label?: string }>,
  {
    cmsUrl,
    heading = t(locale, 'download.heading'),
    headingId = 'telechargements',
  }: DownloadListOptions,
): string {
  const items = files.flatMap((file) => {
    const href = fileUrl(file.url, cmsUrl)
    if (!href) return []
    const title = file.label
      ? { text: file.label, lang: undefined }
      : file.title
        ? localised(file.title, locale)
        : { text: file.filename, lang: undefined }
    const meta = formatFileMeta(file, locale)
    return [
      `<li><a${attributes({ href, type: file.mimeType })}>${icon(24, arrow)}<span>` +
        `<span${attributes({ class: 'downloads__title', lang: title.lang })}>` +
        `${text(t(locale, 'download.file', { title: title.text }))}</span>` +
        `${meta ? `<span class="downloads__meta">${text(meta)}</span>` : ''}</span></a></li>`,
    ]
  })
  if (items.length === 0) return ''
  return (
    `<section class="downloads"${attributes({ 'aria-labelledby': headingId })}>` +
    `<h2${attributes({ id: headingId })}>${text(heading)}</h2><ul>${items.join('')}</ul></section>`
  )
}
