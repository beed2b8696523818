import type { Access, PayloadRequest, Where } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { Callout } from '../blocks/Callout'
import { Download } from '../blocks/Download'
import { Figure } from '../blocks/Figure'
import { KeyMessage } from '../blocks/KeyMessage'
import { Reference } from '../blocks/Reference'
import { forEachFieldValue, isPlainObject } from '../fields/forEachFieldValue'
import { hasRole } from './roles'

type UploadCollection = 'media' | 'documents'

/**
 * The blocks of the rich-text editor (`fields/richTextEditor.ts`). A block missing here only
 * hides the files it uses from the public (fail closed), it never exposes a draft's file.
 */
const richTextBlocks = new Map(
  [KeyMessage, Callout, Reference, Figure, Download].map((b) => [b.slug, b]),
)

const idOf = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : isPlainObject(value)
      ? idOf(value.id)
      : null

/** The ids of `target` files a document (read with `locale: 'all'`) uses, into `out`. */
function collectUploads(
  fields: Parameters<typeof forEachFieldValue>[0],
  doc: unknown,
  target: UploadCollection,
  out: Set<string>,
): void {
  forEachFieldValue(
    fields,
    doc,
    (field, value) => {
      if (field.type === 'upload' || field.type === 'relationship') {
        const polymorphic = Array.isArray(field.relationTo)
        if (!polymorphic && field.relationTo !== target) return
        for (const item of Array.isArray(value) ? value : [value]) {
          if (polymorphic && (!isPlainObject(item) || item.relationTo !== target)) continue
          const id = idOf(polymorphic ? (item as { value?: unknown }).value : item)
          if (id) out.add(id)
        }
      } else if (field.type === 'richText') {
        collectRichTextUploads(value, target, out)
      }
    },
    { allLocales: true },
  )
}

/** Upload nodes and the upload fields of blocks, anywhere in a Lexical tree. */
function collectRichTextUploads(tree: unknown, target: UploadCollection, out: Set<string>) {
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      stack.push(...node)
      continue
    }
    if (!isPlainObject(node)) continue
    if (node.type === 'upload' && node.relationTo === target) {
      const id = idOf(node.value)
      if (id) out.add(id)
    }
    if (node.type === 'block' && isPlainObject(node.fields)) {
      const block = richTextBlocks.get(String(node.fields.blockType))
      if (block) collectUploads(block.fields, node.fields, target, out)
    }
    stack.push(node.root, node.children)
  }
}

async function usedInPublished(req: PayloadRequest, target: UploadCollection): Promise<string[]> {
  const used = new Set<string>()
  for (const collection of contentTypes) {
    // Not passed `req`: a nested Local API call with its own locale would change the caller's.
    const { docs } = await req.payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      locale: 'all',
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
    })
    const fields = req.payload.collections[collection]?.config.fields ?? []
    for (const doc of docs) collectUploads(fields, doc, target, used)
  }
  return [...used]
}

/** One computation per request and upload collection (a page populates many files). */
const cache = new WeakMap<object, Map<UploadCollection, Promise<string[]>>>()

/**
 * Images and documents: the team sees every file; the public sees (and downloads) a file only
 * while published content uses it — in any field, array row, group or rich-text block, in any
 * locale. A file attached only to a draft, or only to the newer draft of a published item,
 * stays private until that draft is published. The rule returns a query, so lists, look-ups,
 * population and `/api/<collection>/file/<name>` are all filtered by the database.
 */
export const isStaffOrUsedInPublished =
  (target: UploadCollection): Access =>
  async ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
    // A NUL byte in a requested file name would reach the database (PostgreSQL refuses it).
    if (typeof data?.filename === 'string' && data.filename.includes('\u0000')) return false
    let perRequest = cache.get(req)
    if (!perRequest) cache.set(req, (perRequest = new Map()))
    let ids = perRequest.get(target)
    if (!ids) perRequest.set(target, (ids = usedInPublished(req, target)))
    const list = await ids
    const where: Where = list.length ? { id: { in: list } } : { id: { exists: false } }
    return where
  }
