/**
 * The files published content uses, as the snapshot names them, and where the site serves
 * its own copies: `/fichiers/<first 16 hex digits of the SHA-256 of the bytes>/<name>`.
 *
 * Only files the snapshot *attaches* are taken: an item's image (every size), PDF, downloads,
 * slides, video file and publication file, and the images and documents of its rich text
 * (upload nodes, figure and download blocks). The snapshot holds published versions only,
 * so a file only a draft uses is never among them. A link an editor typed to a CMS file URL
 * is not an attachment: it is left as it is (and the CMS refuses it to the public).
 */
import { siteFilesPrefix } from '@nlv/shared/file-url'
import type { Snapshot } from '@nlv/shared/snapshot'

export type FileCollection = 'media' | 'documents'

/** A file the site must serve. */
export interface WantedFile {
  /** The URL as the snapshot writes it (relative to the CMS, or absolute at `CMS_URL`). */
  url: string
  collection: FileCollection
  /** The CMS's file name (decoded). */
  filename: string
  /** The MIME type the CMS detected from the bytes, when the snapshot gives it. */
  mimeType?: string
}

/** `url` → the site path of its copy (`/fichiers/<hash>/<name>`). */
export type FileManifest = Record<string, string>

type Obj = Record<string, unknown>
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * The collection and file name of a CMS file URL (`/api/media/file/x.webp`, or the same at
 * `cmsUrl`), or null for any other URL. A name with a path separator or a NUL byte is none.
 */
export function cmsFile(
  url: string,
  cmsUrl: string,
): { collection: FileCollection; filename: string } | null {
  const origin = new URL(cmsUrl).origin
  let pathname: string
  if (/^\/(?!\/)/.test(url)) pathname = url
  else {
    let parsed: URL
    try {
      parsed = new URL(url)
    } catch {
      return null
    }
    if (parsed.origin !== origin) return null
    pathname = parsed.pathname
  }
  const match = /^\/api\/(media|documents)\/file\/([^/?#]+)$/.exec(pathname)
  if (!match) return null
  let filename: string
  try {
    filename = decodeURIComponent(match[2]!)
  } catch {
    return null
  }
  if (/[/\\\0]/.test(filename) || filename === '.' || filename === '..') return null
  return { collection: match[1] as FileCollection, filename }
}

/** Every object of a rich-text tree that is a populated file: an image or a document. */
function richTextFiles(tree: unknown, out: (doc: Obj) => void): void {
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      stack.push(...node)
      continue
    }
    if (!isObject(node)) continue
    // A link's target is a page, not an attachment (an internal link populates its item).
    if (node.type === 'link' || node.type === 'autolink') continue
    if (
      typeof node.url === 'string' &&
      typeof node.filename === 'string' &&
      typeof node.mimeType === 'string'
    ) {
      out(node)
      continue
    }
    stack.push(...Object.values(node))
  }
}

/** The files (every URL of them: an image's sizes each count) that `snapshot` attaches. */
export function collectFiles(snapshot: Snapshot, cmsUrl: string): WantedFile[] {
  const wanted = new Map<string, WantedFile>()
  const add = (url: unknown, mimeType: unknown) => {
    if (typeof url !== 'string' || wanted.has(url)) return
    const file = cmsFile(url, cmsUrl)
    if (!file) return
    wanted.set(url, {
      url,
      ...file,
      mimeType: typeof mimeType === 'string' ? mimeType : undefined,
    })
  }
  /** A file document: its own URL and, for an image, each size's. */
  const addDoc = (doc: unknown) => {
    if (!isObject(doc)) return
    add(doc.url, doc.mimeType)
    const sizes = doc.sizes
    for (const size of Array.isArray(sizes) ? sizes : isObject(sizes) ? Object.values(sizes) : [])
      if (isObject(size)) add(size.url, size.mimeType ?? doc.mimeType)
  }
  for (const item of snapshot.items) {
    addDoc(item.image)
    addDoc(item.pdf)
    if (item.type === 'intervention-tools') item.downloads.forEach(addDoc)
    if (item.type === 'webinars') {
      addDoc(item.slides)
      addDoc(item.video?.file)
    }
    if (item.type === 'publications') addDoc(item.file)
    for (const content of Object.values(item.locales)) {
      if (!content) continue
      for (const value of Object.values(content)) if (isObject(value)) richTextFiles(value, addDoc)
    }
  }
  return [...wanted.values()]
}

/**
 * A copy of `snapshot` where every URL the manifest knows is the site's copy. Every string
 * equal to such a URL is replaced: a published file stays published wherever it is named.
 */
export function withSiteFiles(snapshot: Snapshot, manifest: FileManifest): Snapshot {
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return Object.hasOwn(manifest, value) ? manifest[value] : value
    if (Array.isArray(value)) return value.map(visit)
    if (!isObject(value)) return value
    const out: Obj = {}
    for (const [key, child] of Object.entries(value)) out[key] = visit(child)
    return out
  }
  return visit(snapshot) as Snapshot
}

/** File extensions by MIME type: the name of a copy says what the bytes are. */
const extensions: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/avif': 'avif',
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'video/mp4': 'mp4',
}
const knownExtensions = new Set(Object.values(extensions))

/**
 * The name of a file's copy: the CMS's name as a plain lowercase ASCII name, with the
 * extension of its MIME type (never one a browser would run as a page, whatever the upload
 * was called: `x.html` holding a PDF is served as `x.pdf`).
 */
export function siteFileName(filename: string, mimeType?: string): string {
  const base = filename.split(/[/\\]/).pop() ?? ''
  const dot = base.lastIndexOf('.')
  const stem = dot > 0 ? base.slice(0, dot) : base
  const given = dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
  const ext =
    (mimeType && extensions[mimeType.toLowerCase()]) || (knownExtensions.has(given) ? given : 'bin')
  const plain =
    stem
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/^[^a-z0-9]+|[-._]+$/g, '')
      .slice(0, 80)
      .replace(/[-._]+$/, '') || 'fichier'
  return `${plain}.${ext}`
}

/** The site path of a file's copy. */
export const siteFilePath = (sha256: string, name: string) =>
  `${siteFilesPrefix}${sha256.slice(0, 16)}/${name}`
