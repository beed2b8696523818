/**
 * Serves the live site folder (`var/live`, a link the pipeline swaps atomically). The link is
 * resolved on every request, so a swap takes effect at once and a request never mixes builds.
 * Text is gzip-compressed; HTML is revalidated, hashed assets cached for a year; the security
 * headers are the ones a static host should send (see README, "Production", "Headers for the static host").
 */
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'
import { createGzip } from 'node:zlib'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.gif': 'image/gif',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.mp4': 'video/mp4',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.woff2': 'font/woff2',
}
const compressible = /^(text\/|application\/(json|xml|javascript|x-bibtex|x-research))|image\/svg/

/**
 * Files whose name changes with their content, cached for a year: Astro's assets, the files
 * published content uses (`/fichiers/<hash>/`), Pagefind's index, fragments, filters and
 * metadata (`<lang>_<hash>.pf_*`), and the search page's word lists (`words-<lang>.<hash>.txt`).
 * Pagefind's scripts and entry file keep their names from build to build: revalidated.
 */
export const hashedAsset =
  /^\/(?:_astro\/|fichiers\/[0-9a-f]{16}\/|pagefind\/(?:(?:index|fragment|filter)\/|[^/]+\.pf_meta$|words-[a-z]+\.[0-9a-f]+\.txt$))/

/**
 * The site's headers. Images and videos are the site's own (`/fichiers/`): no other origin.
 * The pages send their counts (search reports, reader counts) to the CMS's insights endpoints:
 * `cmsUrl`'s origin may be connected to (a proxy that serves `/api/insights/` from the site's
 * own origin needs none).
 */
export function securityHeaders(cmsUrl?: string): Record<string, string> {
  const cms = cmsUrl ? ` ${new URL(cmsUrl).origin}` : ''
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      // Astro islands bootstrap inline; Pagefind runs WebAssembly.
      "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      // The reader count is a 1×1 image from the CMS (insights/): its origin, nothing else.
      `img-src 'self' data:${cms}`,
      "media-src 'self'",
      // Videos load only after the visitor asks, from the privacy-friendly players.
      'frame-src https://www.youtube-nocookie.com https://player.vimeo.com',
      // The search page reports final queries, and file links ping, to the CMS (insights/).
      `connect-src 'self'${cms}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'",
    ].join('; '),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  }
}

/**
 * The decoded, normalised path of a request (`/a/./b/../c` → `/a/c`), or null when it is
 * unusable: not a path, undecodable, a NUL byte, a backslash anywhere, or a second slash at the start
 * once decoded (`/%2fevil.example` would make `//evil.example`, `/%5cevil` → `/\evil`:
 * browsers read both as another site, so a redirect built from them would leave the site).
 */
export function requestPath(url: string | undefined): string | null {
  // The raw path, not `new URL()`'s: URL parsing turns `\\` into `/` and reads a leading `//`
  // as a host, which would hide exactly what is refused here.
  const raw = (url ?? '/').replace(/[?#].*$/s, '')
  if (!raw.startsWith('/')) return null
  let decoded: string
  try {
    decoded = decodeURIComponent(raw)
  } catch {
    return null
  }
  if (/[\\\0]/.test(decoded) || decoded.startsWith('//')) return null
  return path.posix.normalize(decoded)
}

/** A path as a URL path again: each segment percent-encoded, so a redirect stays on the site. */
const encodePath = (pathname: string) => pathname.split('/').map(encodeURIComponent).join('/')

async function resolveFile(
  root: string,
  pathname: string,
): Promise<{ file: string; status: number } | { redirect: string }> {
  const target = path.resolve(root, `.${pathname}`)
  if (target !== root && !target.startsWith(root + path.sep))
    return { file: path.join(root, '404.html'), status: 404 }
  const isFile = (f: string) =>
    fs.stat(f).then(
      (s) => s.isFile(),
      () => false,
    )
  const file = pathname.endsWith('/') ? path.join(target, 'index.html') : target
  if (await isFile(file)) return { file, status: 200 }
  if (!pathname.endsWith('/') && (await isFile(path.join(target, 'index.html'))))
    return { redirect: encodePath(`${pathname}/`) }
  const localised = pathname.startsWith('/en/')
    ? path.join(root, 'en', '404.html')
    : path.join(root, '404.html')
  return { file: (await isFile(localised)) ? localised : path.join(root, '404.html'), status: 404 }
}

export function createLiveSiteServer({
  liveDir,
  cmsUrl,
}: {
  liveDir: string
  cmsUrl?: string
}): Server {
  const headers = securityHeaders(cmsUrl)
  return createServer(async (req, res) => {
    try {
      const pathname = requestPath(req.url)
      if (!pathname) {
        res.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
        res.end('Adresse invalide.')
        return
      }
      // Resolved per request: the pipeline's atomic swap is visible on the next request.
      const root = await fs.realpath(liveDir).catch(() => null)
      if (!root) {
        res.writeHead(503, {
          ...headers,
          'Content-Type': 'text/plain; charset=utf-8',
          'Retry-After': '10',
        })
        res.end('Le site est en cours de construction. Réessayez dans quelques secondes.')
        return
      }
      const found = await resolveFile(root, pathname)
      if ('redirect' in found) {
        res.writeHead(301, { ...headers, Location: found.redirect }).end()
        return
      }
      const type = types[path.extname(found.file)] ?? 'application/octet-stream'
      const hashed = hashedAsset.test(pathname)
      const out: Record<string, string> = {
        ...headers,
        'Content-Type': type,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        Vary: 'Accept-Encoding',
      }
      const gzip =
        compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
      if (gzip) out['Content-Encoding'] = 'gzip'
      res.writeHead(found.status, out)
      if (req.method === 'HEAD') return void res.end()
      const stream = createReadStream(found.file)
      ;(gzip ? stream.pipe(createGzip()) : stream).pipe(res)
    } catch {
      if (!res.headersSent) res.writeHead(500, headers)
      res.end()
    }
  })
}
