import { checkUrl } from './safe-url'

/**
 * The public URL of a file the CMS serves. The snapshot gives uploads as CMS paths
 * (`/api/documents/file/x.pdf`) or absolute URLs; paths are prefixed with `cmsUrl`.
 * Returns null for a URL that must not reach the page (`javascript:`, `//host`, …).
 */
export function fileUrl(url: string, cmsUrl: string): string | null {
  const absolute = /^\/(?!\/)/.test(url) ? `${cmsUrl.replace(/\/+$/, '')}${url}` : url
  const check = checkUrl(absolute, { extraSchemes: [] })
  // `kind: 'http'` includes protocol-relative URLs (`//host/x`): only absolute ones pass.
  return check.safe && check.kind === 'http' && /^https?:\/\//i.test(check.href) ? check.href : null
}
