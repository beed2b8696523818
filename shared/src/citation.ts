/**
 * How to cite Alima's publications (APA 7, BibTeX, RIS) and how to print a structured
 * reference (a `Reference` of the snapshot, or a rich-text reference block).
 *
 * Authors are written as they are stored, which the CMS asks to be in citation form
 * (« Tremblay, M. »): names are not inverted or abbreviated here, since an organisation
 * (« Santé Canada ») cannot be told apart from a person's name.
 */
import type { PublicationKind } from './content-types'
import { escapeAttribute, escapeHtml } from './html-escape'
import { t } from './i18n'
import type { Locale } from './locales'
import { checkUrl } from './safe-url'
import type { Publication, Reference } from './snapshot'
import { slugify } from './slug'
import { absoluteUrl, itemPath } from './urls'

/** The publisher of every publication, and its author when none is named. */
export const publisherName = 'Alima, Centre de nutrition sociale périnatale'
export const publisherPlace = 'Montréal'

/** `https://doi.org/10.1/x`, `doi:10.1/x` or `10.1/x` → `10.1/x`. */
export function normalizeDoi(doi: string): string {
  return doi
    .trim()
    .replace(/^https?:\/\/(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
}

export function doiUrl(doi: string): string {
  return `https://doi.org/${normalizeDoi(doi)}`
}

/** One line of text: newlines and runs of spaces become one space. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Ends a citation element with a period unless it already ends with . ? or ! */
const endsSentence = (text: string) => /[.?!]$/.test(text)

/**
 * APA 7 author list: « A », « A et B », « A, B et C » in French; “A, & B”, “A, B, & C” in
 * English; from 21 authors, the first 19, an ellipsis and the last.
 */
export function apaAuthors(authors: readonly string[], locale: Locale): string {
  const names = authors.map(oneLine).filter(Boolean)
  if (names.length === 0) return ''
  if (names.length === 1) return names[0] ?? ''
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`
  const last = names.at(-1)
  const rest = names.slice(0, -1).join(', ')
  return locale === 'fr' ? `${rest} et ${last}` : `${rest}, & ${last}`
}

function localised(pub: Publication, locale: Locale) {
  const version = pub.locales[locale]
  // Without an English version the citation points at the French page, which exists.
  return version ? { ...version, locale } : { ...pub.locales.fr, locale: 'fr' as const }
}

interface ApaParts {
  author: string
  year: string
  title: string
  publisher: string | null
  link: string | null
}

function apaParts(pub: Publication, locale: Locale, siteUrl?: string): ApaParts {
  const version = localised(pub, locale)
  const authors = apaAuthors(pub.authors, locale)
  let link: string | null = null
  if (pub.doi) link = doiUrl(pub.doi)
  else if (siteUrl)
    link = absoluteUrl(siteUrl, itemPath('publications', version.slug, version.locale))
  return {
    author: authors || publisherName,
    year: String(pub.year),
    title: oneLine(version.title),
    // APA leaves the publisher out when it is already the author.
    publisher: authors ? publisherName : null,
    link,
  }
}

function assembleApa(parts: ApaParts, title: string): string {
  const author = endsSentence(parts.author) ? parts.author : `${parts.author}.`
  let text = `${author} (${parts.year}). ${title}${endsSentence(parts.title) ? '' : '.'}`
  if (parts.publisher) text += ` ${parts.publisher}.`
  if (parts.link) text += ` ${parts.link}`
  return text
}

/**
 * APA 7 reference as plain text (the title is not marked):
 * « Tremblay, M. et Côté, J. (2024). Titre. Alima, Centre de nutrition sociale périnatale.
 * https://doi.org/… ». The link is the DOI, else the publication's page when `siteUrl` is given.
 */
export function toApa(pub: Publication, locale: Locale, siteUrl?: string): string {
  const parts = apaParts(pub, locale, siteUrl)
  return assembleApa(parts, parts.title)
}

/** The same reference as HTML, with the title in `<i>` and every part escaped. */
export function toApaHtml(pub: Publication, locale: Locale, siteUrl?: string): string {
  const parts = apaParts(pub, locale, siteUrl)
  const escaped: ApaParts = {
    author: escapeHtml(parts.author),
    year: escapeHtml(parts.year),
    title: escapeHtml(parts.title),
    publisher: parts.publisher && escapeHtml(parts.publisher),
    link: parts.link && escapeHtml(parts.link),
  }
  return assembleApa(escaped, `<i>${escaped.title}</i>`)
}

export interface ExportOptions {
  /** Language of the title and the page URL (default fr). */
  locale?: Locale
  /** The public site's URL, to give the publication's page as `url` (else the file's absolute URL). */
  siteUrl?: string
}

const bibtexTypes: Record<PublicationKind, 'report' | 'book' | 'misc'> = {
  report: 'report',
  'ppne-report': 'report',
  'research-summary': 'report',
  guide: 'book',
  'position-paper': 'misc',
}

const risTypes: Record<PublicationKind, 'RPRT' | 'BOOK' | 'GEN'> = {
  report: 'RPRT',
  'ppne-report': 'RPRT',
  'research-summary': 'RPRT',
  guide: 'BOOK',
  'position-paper': 'GEN',
}

// Words that do not make a citation key (« L'alimentation… » → `alimentation`).
const keyStopWords = new Set(
  'a an and au aux d de des du en et for in l la le les of on the to un une'.split(' '),
)

/** BibTeX special characters, escaped for LaTeX. */
function escapeLatex(text: string): string {
  const replacements: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\{',
    '}': '\\}',
    '%': '\\%',
    '&': '\\&',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  }
  return oneLine(text).replace(/[\\{}%&$#_~^]/g, (char) => replacements[char] ?? char)
}

/** `url` and `doi` are verbatim fields in biblatex: only braces and spaces must go. */
const verbatim = (text: string) =>
  oneLine(text).replace(/\{/g, '%7B').replace(/\}/g, '%7D').replace(/ /g, '%20')

function surname(author: string): string {
  const name = oneLine(author)
  const family = name.includes(',') ? (name.split(',')[0] ?? '') : (name.split(' ').at(-1) ?? '')
  return slugify(family).replace(/-/g, '')
}

/** `tremblay2024alimentation`: first author's family name, year, first significant title word. */
export function citationKey(pub: Publication, locale: Locale = 'fr'): string {
  const author = pub.authors[0] ? surname(pub.authors[0]) : ''
  const words = slugify(localised(pub, locale).title).split('-')
  const word = words.find((w) => w !== '' && !keyStopWords.has(w)) ?? ''
  return `${author || 'alima'}${pub.year}${word}`
}

function pageUrl(pub: Publication, options: ExportOptions): string | null {
  const version = localised(pub, options.locale ?? 'fr')
  if (options.siteUrl) {
    return absoluteUrl(options.siteUrl, itemPath('publications', version.slug, version.locale))
  }
  const file = pub.file?.url
  const check = file ? checkUrl(file, { extraSchemes: [] }) : null
  return check?.safe && /^https?:/i.test(check.href) ? check.href : null
}

/**
 * A biblatex entry: `@report` (reports, PPNE reports, research summaries), `@book` (guides)
 * or `@misc` (position papers), ending with a newline.
 */
export function toBibTeX(pub: Publication, options: ExportOptions = {}): string {
  const locale = options.locale ?? 'fr'
  const version = localised(pub, locale)
  const type = bibtexTypes[pub.publicationKind]
  // An organisation as author is braced so that its comma is not read as « Family, Given ».
  const author =
    pub.authors.length > 0
      ? pub.authors
          .map((name) => {
            const escaped = escapeLatex(name)
            return / and /i.test(name) ? `{${escaped}}` : escaped
          })
          .join(' and ')
      : `{${escapeLatex(publisherName)}}`
  const url = pageUrl(pub, options)
  const fields: Array<[string, string | null | undefined]> = [
    ['author', author],
    ['title', escapeLatex(version.title)],
    [type === 'report' ? 'institution' : 'publisher', escapeLatex(publisherName)],
    ['location', escapeLatex(publisherPlace)],
    ['year', String(pub.year)],
    ['pagetotal', pub.pages === undefined ? null : String(pub.pages)],
    ['isbn', pub.isbn && escapeLatex(pub.isbn)],
    ['doi', pub.doi && verbatim(normalizeDoi(pub.doi))],
    ['url', url && verbatim(url)],
    ['langid', version.locale === 'fr' ? 'french' : 'english'],
  ]
  const body = fields
    .filter((field): field is [string, string] => typeof field[1] === 'string' && field[1] !== '')
    .map(([name, value]) => `  ${name} = {${value}}`)
    .join(',\n')
  return `@${type}{${citationKey(pub, locale)},\n${body}\n}\n`
}

/**
 * A RIS record (`TY  - RPRT` / `BOOK` / `GEN`, one `AU` per author, `ER` last), with the
 * CRLF line endings the RIS specification asks for.
 */
export function toRis(pub: Publication, options: ExportOptions = {}): string {
  const version = localised(pub, options.locale ?? 'fr')
  const url = pageUrl(pub, options)
  const lines: Array<[string, string | null | undefined]> = [
    ['TY', risTypes[pub.publicationKind]],
    ...pub.authors.map((name): [string, string] => ['AU', name]),
    ['PY', String(pub.year)],
    ['TI', version.title],
    ['PB', publisherName],
    ['CY', publisherPlace],
    ['SN', pub.isbn],
    ['DO', pub.doi && normalizeDoi(pub.doi)],
    ['UR', url],
    ['LA', version.locale],
    ['ER', ''],
  ]
  return lines
    .filter(([tag, value]) => tag === 'ER' || (typeof value === 'string' && oneLine(value) !== ''))
    .map(([tag, value]) => `${tag}  - ${oneLine(value ?? '')}\r\n`)
    .join('')
}

/** A reference as a rich-text block or a snapshot `Reference` carries it. */
export interface ReferenceLike {
  authors: string
  title: string
  source?: string | null
  year?: number | null
  url?: string | null
  doi?: string | null
}

export interface ReferenceParts {
  /** « Tremblay, M. (2024). » or « Tremblay, M. (s. d.). » */
  lead: string
  /** The italic part: the source when there is one (a journal), else the title (a book, a report). */
  italic: string
  /** The title when the source is the italic part, else null. */
  plainTitle: string | null
  /** DOI URL or URL, null when absent or not a safe http(s) URL. */
  link: string | null
}

/**
 * The parts of an APA-style reference, to be assembled as text or HTML: the title is in
 * italics for a standalone work, the source (journal, book) when there is one.
 */
export function referenceParts(ref: ReferenceLike, locale: Locale): ReferenceParts {
  const authors = oneLine(ref.authors)
  const year = typeof ref.year === 'number' ? String(ref.year) : t(locale, 'citation.noDate')
  const title = oneLine(ref.title)
  const source = ref.source ? oneLine(ref.source) : ''
  let link: string | null = null
  if (ref.doi && normalizeDoi(ref.doi) !== '') link = doiUrl(ref.doi)
  else if (ref.url) {
    const check = checkUrl(ref.url, { extraSchemes: [] })
    link = check.safe && check.kind === 'http' ? check.href : null
  }
  return {
    lead: `${endsSentence(authors) ? authors : `${authors}.`} (${year}).`,
    italic: source || title,
    plainTitle: source ? title : null,
    link,
  }
}

const withPeriod = (text: string) => (endsSentence(text) ? text : `${text}.`)

/** A reference as plain text: « Tremblay, M. (2024). Titre. Revue. https://doi.org/… » */
export function formatReference(ref: ReferenceLike | Reference, locale: Locale): string {
  const parts = referenceParts(ref, locale)
  const title = parts.plainTitle ? ` ${withPeriod(parts.plainTitle)}` : ''
  return `${parts.lead}${title} ${withPeriod(parts.italic)}${parts.link ? ` ${parts.link}` : ''}`
}

/**
 * A reference as HTML: every part escaped, the italic part in `<i>`, the link written by
 * `renderLink` (the rich-text renderer passes its own, which marks external links).
 */
export function formatReferenceHtml(
  ref: ReferenceLike | Reference,
  locale: Locale,
  renderLink: (href: string) => string = (href) =>
    `<a href="${escapeAttribute(href)}">${escapeHtml(href)}</a>`,
): string {
  const parts = referenceParts(ref, locale)
  const title = parts.plainTitle ? ` ${escapeHtml(withPeriod(parts.plainTitle))}` : ''
  const italic = `<i>${escapeHtml(parts.italic)}</i>${endsSentence(parts.italic) ? '' : '.'}`
  return `${escapeHtml(parts.lead)}${title} ${italic}${parts.link ? ` ${renderLink(parts.link)}` : ''}`
}
