/**
 * How a downloadable file is described next to its link: « PDF, 240 Ko ».
 */
import { formatFileSize, t } from './i18n'
import type { Locale } from './locales'

const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'Word',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.ms-excel': 'Excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.ms-powerpoint': 'PowerPoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/epub+zip': 'EPUB',
  'application/zip': 'ZIP',
  'text/csv': 'CSV',
  'text/plain': 'TXT',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/svg+xml': 'SVG',
  'audio/mpeg': 'MP3',
  'video/mp4': 'MP4',
}

/**
 * A short name for a file's format, from its MIME type, else its extension
 * (`application/pdf` → `PDF`, `notes.odg` → `ODG`); null when neither tells.
 */
export function fileTypeLabel(
  mimeType: string | null | undefined,
  filename?: string | null,
): string | null {
  const known = mimeType
    ? typeLabels[mimeType.toLowerCase().split(';')[0]?.trim() ?? '']
    : undefined
  if (known) return known
  const extension = filename ? /\.([a-z0-9]{1,5})$/i.exec(filename)?.[1] : undefined
  return extension ? extension.toUpperCase() : null
}

export interface FileFacts {
  mimeType?: string | null
  filename?: string | null
  /** Size in bytes. */
  filesize?: number | null
}

/** « PDF, 240 Ko » / “PDF, 240 KB”; whichever part is unknown is left out ('' when both are). */
export function formatFileMeta(file: FileFacts, locale: Locale): string {
  const format = fileTypeLabel(file.mimeType, file.filename)
  const size =
    typeof file.filesize === 'number' && Number.isFinite(file.filesize) && file.filesize >= 0
      ? formatFileSize(file.filesize, locale)
      : null
  if (format && size) return t(locale, 'download.meta', { format, size })
  return format ?? size ?? ''
}
