import type { Access, Field, PayloadRequest, Where } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { Callout } from '../blocks/Callout'
import { Download } from '../blocks/Download'
import { Figure } from '../blocks/Figure'
import { KeyMessage } from '../blocks/KeyMessage'
import { Reference } from '../blocks/Reference'
import { hasRole } from './roles'

type UploadCollection = 'media' | 'documents'
type Data = Record<string, unknown>

/**
 * The blocks of the rich-text editor (`fields/richTextEditor.ts`). A block missing here only
 * hides the files it uses from the public (fail closed), it never exposes a draft's file.
 */
const richTextBlocks = new Map(
  [KeyMessage, Callout, Reference, Figure, Download].map((b) => [b.slug, b]),
)

const isObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const idOf = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : isObject(value)
      ? idOf(value.id)
      : null

/** Walks a Lexical tree for upload nodes and the upload fields of its blocks. */
function walkRichText(node: unknown, target: UploadCollection, out: Set<string>): void {
  if (Array.isArray(node)) return node.forEach((child) => walkRichText(child, target, out))
  if (!isObject(node)) return
  if (node.type === 'upload' && node.relationTo === target) {
    const id = idOf(node.value)
    if (id) out.add(id)
  }
  if (node.type === 'block' && isObject(node.fields)) {
    const block = richTextBlocks.get(String(node.fields.blockType))
    if (block) walkFields(block.fields, node.fields, target, out)
  }
  walkRichText(node.root, target, out)
  walkRichText(node.children, target, out)
}

function walkValue(field: Field, value: unknown, target: UploadCollection, out: Set<string>) {
  switch (field.type) {
    case 'upload':
    case 'relationship': {
      const polymorphic = Array.isArray(field.relationTo)
      if (!polymorphic && field.relationTo !== target) return
      for (const item of Array.isArray(value) ? value : [value]) {
        if (polymorphic && (!isObject(item) || item.relationTo !== target)) continue
        const id = idOf(polymorphic ? (item as Data).value : item)
        if (id) out.add(id)
      }
      return
    }
    case 'group':
      return walkFields(field.fields, value, target, out)
    case 'array':
      if (Array.isArray(value)) value.forEach((row) => walkFields(field.fields, row, target, out))
      return
    case 'blocks':
      if (!Array.isArray(value)) return
      for (const row of value) {
        const block = isObject(row) && field.blocks.find((b) => b.slug === row.blockType)
        if (block) walkFields(block.fields, row, target, out)
      }
      return
    case 'richText':
      return walkRichText(value, target, out)
  }
}

/** Collects the ids of `target` uploads a document uses (read with `locale: 'all'`). */
function walkFields(fields: Field[], data: unknown, target: UploadCollection, out: Set<string>) {
  if (!isObject(data)) return
  for (const field of fields) {
    if (field.type === 'row' || field.type === 'collapsible') {
      walkFields(field.fields, data, target, out)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        walkFields(tab.fields, 'name' in tab && tab.name ? data[tab.name] : data, target, out)
      }
    } else if ('name' in field) {
      const raw = data[field.name]
      // A localized field read in every locale is `{ fr: …, en: … }`.
      const values = 'localized' in field && field.localized && isObject(raw) ? Object.values(raw) : [raw]
      for (const value of values) walkValue(field, value, target, out)
    }
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
    const { fields } = req.payload.collections[collection].config
    for (const doc of docs) walkFields(fields, doc, target, used)
  }
  return [...used]
}

/** One computation per request and upload collection (a page populates many files). */
const cache = new WeakMap<object, Map<UploadCollection, Promise<string[]>>>()

/**
 * Images and documents: the team sees every file; the public sees (and downloads) a file only
 * while published content uses it, in any field, array row, group or rich-text block, in any
 * locale. A file attached only to a draft — or to a newer draft of a published item — stays
 * private until that draft is published. The rule returns a query, so lists, look-ups,
 * population and `/api/<collection>/file/<name>` are all filtered by the database.
 */
export const isStaffOrUsedInPublished =
  (target: UploadCollection): Access =>
  async ({ req, data }) => {
    if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
    // A NUL byte in a requested file name would reach the database query (PostgreSQL refuses it).
    if (typeof data?.filename === 'string' && data.filename.includes('\u0000')) return false
    let perRequest = cache.get(req)
    if (!perRequest) cache.set(req, (perRequest = new Map()))
    let ids = perRequest.get(target)
    if (!ids) perRequest.set(target, (ids = usedInPublished(req, target)))
    const list = await ids
    const where: Where = list.length ? { id: { in: list } } : { id: { exists: false } }
    return where
  }
