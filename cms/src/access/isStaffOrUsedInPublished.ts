import type { Access, Field, Payload, Where } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { richTextBlocks } from '../blocks'
import { forEachFieldValue, isPlainObject } from '../fields/forEachFieldValue'
import { relationId } from '../fields/relationId'
import { isStaff } from './isStaff'

type UploadCollection = 'media' | 'documents'

/**
 * The blocks of the rich-text editor, by slug. A block unknown here only hides the files it
 * uses from the public (fail closed), it never exposes a draft's file.
 */
const blocksBySlug = new Map(richTextBlocks.map((b) => [b.slug, b]))

type UsedFiles = Record<UploadCollection, Set<string>>

const isTarget = (slug: unknown): slug is UploadCollection =>
  slug === 'media' || slug === 'documents'

/** The ids of the media and document files a document (read with `locale: 'all'`) uses, into `out`. */
function collectUploads(
  fields: Parameters<typeof forEachFieldValue>[0],
  doc: unknown,
  out: UsedFiles,
): void {
  forEachFieldValue(
    fields,
    doc,
    (field, value) => {
      if (field.type === 'upload' || field.type === 'relationship') {
        const polymorphic = Array.isArray(field.relationTo)
        if (!polymorphic && !isTarget(field.relationTo)) return
        for (const item of Array.isArray(value) ? value : [value]) {
          const to = polymorphic ? (isPlainObject(item) ? item.relationTo : null) : field.relationTo
          if (!isTarget(to)) continue
          const id = relationId(polymorphic ? (item as { value?: unknown }).value : item)
          if (id) out[to].add(id)
        }
      } else if (field.type === 'richText') {
        collectRichTextUploads(value, out)
      }
    },
    { allLocales: true },
  )
}

/** Upload nodes and the upload fields of blocks, anywhere in a Lexical tree. */
function collectRichTextUploads(tree: unknown, out: UsedFiles) {
  const stack: unknown[] = [tree]
  while (stack.length) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      stack.push(...node)
      continue
    }
    if (!isPlainObject(node)) continue
    if (node.type === 'upload' && isTarget(node.relationTo)) {
      const id = relationId(node.value)
      if (id) out[node.relationTo].add(id)
    }
    if (node.type === 'block' && isPlainObject(node.fields)) {
      const block = blocksBySlug.get(String(node.fields.blockType))
      if (block) collectUploads(block.fields, node.fields, out)
    }
    stack.push(node.root, node.children)
  }
}

/** Whether a field, or any field inside it, can hold a reference to a media or document file. */
function canHoldFile(field: Field): boolean {
  switch (field.type) {
    case 'upload':
    case 'relationship': {
      const to = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return to.some(isTarget)
    }
    // Upload nodes and blocks (Figure, Download, …) of the editor.
    case 'richText':
      return true
    case 'group':
    case 'row':
    case 'collapsible':
    case 'array':
      return field.fields.some(canHoldFile)
    case 'blocks':
      return (
        Boolean(field.blockReferences?.length) ||
        field.blocks.some((block) => block.fields.some(canHoldFile))
      )
    case 'tabs':
      return field.tabs.some((tab) => tab.fields.some(canHoldFile))
    default:
      return false
  }
}

/**
 * The top-level fields of a collection that can hold a file: reading only these columns (and
 * their tables) finds the same files as reading whole documents, for a fraction of the cost.
 */
function fileFieldSelect(fields: Field[], out: Record<string, true> = {}): Record<string, true> {
  for (const field of fields) {
    const named = 'name' in field && Boolean(field.name)
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          if (tab.fields.some(canHoldFile)) out[tab.name] = true
        } else fileFieldSelect(tab.fields, out)
      }
    } else if (!named && 'fields' in field) fileFieldSelect(field.fields, out)
    else if (named && canHoldFile(field)) out[(field as { name: string }).name] = true
  }
  return out
}

const selects = new WeakMap<Field[], Record<string, true>>()

/** The media and document files the published version of any content item uses. */
async function usedInPublished(payload: Payload): Promise<UsedFiles> {
  const used: UsedFiles = { media: new Set(), documents: new Set() }
  const published = await Promise.all(
    contentTypes.map(async (collection) => {
      const fields = payload.collections[collection]?.config.fields ?? []
      let select = selects.get(fields)
      if (!select) selects.set(fields, (select = fileFieldSelect(fields)))
      // No field can hold a file: nothing to read (an empty `select` would not mean that).
      if (!Object.keys(select).length) return { fields, docs: [] }
      // Not passed `req`: a nested Local API call with its own locale would change the caller's.
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        select,
        locale: 'all',
        depth: 0,
        draft: false,
        pagination: false,
        overrideAccess: true,
      })
      return { fields, docs }
    }),
  )
  for (const { fields, docs } of published) {
    for (const doc of docs) collectUploads(fields, doc, used)
  }
  return used
}

/**
 * Concurrent requests share one computation, never an older one: a caller joins only a
 * computation that starts after it asked (the one queued behind the computation in flight), so
 * it sees every publish and unpublish committed before its request got here, exactly as with
 * a computation of its own. Under load this is one computation per round instead of one per
 * request.
 */
const sharing = new WeakMap<
  Payload,
  { inFlight?: Promise<UsedFiles>; queued?: Promise<UsedFiles> }
>()

function freshUsedInPublished(payload: Payload): Promise<UsedFiles> {
  let state = sharing.get(payload)
  if (!state) sharing.set(payload, (state = {}))
  const start = (): Promise<UsedFiles> => {
    const computation = usedInPublished(payload)
    state.inFlight = computation
    const done = () => {
      if (state.inFlight === computation) state.inFlight = undefined
    }
    computation.then(done, done)
    return computation
  }
  if (!state.inFlight) return start()
  state.queued ??= state.inFlight
    .then(
      () => undefined,
      () => undefined,
    )
    .then(() => {
      state.queued = undefined
      return start()
    })
  return state.queued
}

/** One computation per request (a page populates many files), for both upload collections. */
const cache = new WeakMap<object, Promise<UsedFiles>>()

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
    if (isStaff({ req })) return true
    // A NUL byte in a requested file name would reach the database (PostgreSQL refuses it).
    if (typeof data?.filename === 'string' && data.filename.includes('\u0000')) return false
    let used = cache.get(req)
    if (!used) cache.set(req, (used = freshUsedInPublished(req.payload)))
    const list = [...(await used)[target]]
    const where: Where = list.length ? { id: { in: list } } : { id: { exists: false } }
    return where
  }
