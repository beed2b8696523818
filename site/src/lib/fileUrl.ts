import { fileUrl as publicFileUrl } from '@nlv/shared/file-url'
import { env } from '../env'

/**
 * The absolute public URL of a file (see `@nlv/shared/file-url`): the site's own copy at this
 * build's `SITE_URL` (Open Graph wants absolute URLs), else the CMS's at `CMS_URL`.
 */
export function fileUrl(url: string): string | null {
  const href = publicFileUrl(url, env.CMS_URL)
  return href?.startsWith('/') ? `${env.SITE_URL}${href}` : href
}
