import { checkUrl } from '@nlv/shared/safe-url'
import { env } from '../env'

/**
 * The public URL of a file the CMS serves. The snapshot gives uploads as CMS paths
 * (`/api/documents/file/x.pdf`) or absolute URLs; paths are prefixed with `CMS_URL`.
 * Returns null for a URL that must not reach the page (`javascript:`, `//host`, …).
 */
export function fileUrl(url: string): string | null {
  const absolute = /^\/(?!\/)/.test(url) ? `${env.CMS_URL}${url}` : url
  const check = checkUrl(absolute, { extraSchemes: [] })
  return check.safe && check.kind === 'http' ? check.href : null
}
