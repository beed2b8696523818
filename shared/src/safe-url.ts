/**
 * The one gate every URL passes before it reaches an `href` or a `src`: rich-text links,
 * images, downloads, references. Whatever an editor typed, or an import wrote, only
 * http(s), mailto, tel and same-site relative URLs come out.
 */
import { decodeHTMLAttribute } from 'entities'

export type UrlKind = 'relative' | 'http' | 'mailto' | 'tel'

export type UrlCheck =
  | {
      safe: true
      /** The URL to write into the attribute (still to be HTML-escaped). */
      href: string
      kind: UrlKind
      /** An absolute http(s) URL to a host other than the site's. */
      external: boolean
    }
  | { safe: false; reason: string }

export interface CheckUrlOptions {
  /** The public site's origin (`https://nourrirlavie.ca`); links to its host are not external. */
  siteUrl?: string
  /** Schemes allowed besides http and https (default: mailto and tel). Images pass `[]`. */
  extraSchemes?: ReadonlyArray<'mailto' | 'tel'>
}

// C0 controls, DEL and C1 controls: browsers strip or ignore some of them inside a scheme
// (`java\tscript:`), so a URL holding any of them is refused outright rather than cleaned.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/
const schemePattern = /^([a-z][a-z0-9+.-]*):/i
// Parsing a relative URL against this base tells a same-site path (`/fiches/x/`) from a
// protocol-relative one (`//evil.example`, `/\evil.example`) that leaves the site.
const sentinelBase = 'https://same-site.invalid/'

function classify(url: string, options: CheckUrlOptions): UrlCheck {
  if (url === '') return { safe: false, reason: 'empty URL' }
  if (controlCharacters.test(url)) return { safe: false, reason: 'control character in URL' }

  if (/^[/#?]/.test(url)) {
    let resolved: URL
    try {
      resolved = new URL(url, sentinelBase)
    } catch {
      return { safe: false, reason: 'malformed relative URL' }
    }
    if (resolved.origin === new URL(sentinelBase).origin) {
      return { safe: true, href: url, kind: 'relative', external: false }
    }
    return { safe: true, href: url, kind: 'http', external: isExternalHost(resolved, options) }
  }

  const scheme = schemePattern.exec(url)?.[1]?.toLowerCase()
  if (scheme === undefined) {
    return { safe: false, reason: 'not an absolute URL and not a path starting with /, # or ?' }
  }
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return { safe: false, reason: 'malformed URL' }
    }
    if (parsed.hostname === '') return { safe: false, reason: 'URL without a host' }
    return { safe: true, href: url, kind: 'http', external: isExternalHost(parsed, options) }
  }
  const extra = options.extraSchemes ?? ['mailto', 'tel']
  if ((scheme === 'mailto' || scheme === 'tel') && extra.includes(scheme)) {
    return { safe: true, href: url, kind: scheme, external: false }
  }
  return { safe: false, reason: `scheme "${scheme}:" is not allowed` }
}

function isExternalHost(url: URL, options: CheckUrlOptions): boolean {
  if (!options.siteUrl) return true
  let site: URL
  try {
    site = new URL(options.siteUrl)
  } catch {
    return true
  }
  const bare = (host: string) => host.toLowerCase().replace(/^www\./, '')
  return bare(url.hostname) !== bare(site.hostname)
}

/**
 * Decides whether a URL may be written into the page. The URL is trimmed of spaces; the
 * check is made on it and again on its HTML-entity-decoded form, so that
 * `javascript&colon;…` or `&#106;avascript:…` cannot slip past a later decoding step.
 */
export function checkUrl(raw: unknown, options: CheckUrlOptions = {}): UrlCheck {
  if (typeof raw !== 'string') return { safe: false, reason: 'URL is not a string' }
  const url = raw.replace(/^[ \u00a0]+|[ \u00a0]+$/g, '')
  const result = classify(url, options)
  if (!result.safe) return result
  const decoded = decodeHTMLAttribute(url)
  if (decoded !== url) {
    const again = classify(decoded, options)
    if (!again.safe)
      return { safe: false, reason: `once HTML entities are decoded: ${again.reason}` }
  }
  return result
}

/** A URL shortened and quoted for a warning message (never for output). */
export function describeUrl(raw: unknown): string {
  if (typeof raw !== 'string') return `(${raw === null ? 'null' : typeof raw})`
  return JSON.stringify(raw.length > 80 ? `${raw.slice(0, 79)}…` : raw)
}
