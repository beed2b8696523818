import { checkUrl } from './safe-url'

/**
 * Where the site build puts the files published content uses (images in every size,
 * documents): `/fichiers/<content hash>/<name>`, served by the site itself.
 */
export const siteFilesPrefix = '/fichiers/'

/** A path the site build wrote under `siteFilesPrefix`: lowercase hex hash, a plain file name. */
const siteFilePath = /^\/fichiers\/[0-9a-f]{16}\/[a-z0-9][a-z0-9._-]*$/

/**
 * The public URL of a file. The site's own copies (`/fichiers/…`) stay site-relative; the
 * CMS's paths (`/api/documents/file/x.pdf`) are prefixed with `cmsUrl` (the CMS preview);
 * absolute URLs pass as they are.
 * Returns null for a URL that must not reach the page (`javascript:`, `//host`, …).
 */
export function fileUrl(url: string, cmsUrl: string): string | null {
  if (siteFilePath.test(url)) return url
  const absolute = /^\/(?!\/)/.test(url) ? `${cmsUrl.replace(/\/+$/, '')}${url}` : url
  const check = checkUrl(absolute, { extraSchemes: [] })
  // `kind: 'http'` includes protocol-relative URLs (`//host/x`): only absolute ones pass.
  return check.safe && check.kind === 'http' && /^https?:\/\//i.test(check.href) ? check.href : null
}
