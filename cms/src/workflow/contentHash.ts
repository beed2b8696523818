/**
 * What counts as "the content" of a document, so that an approval can be bound to it: every
 * data field of the collection except the workflow's own bookkeeping, Payload's metadata and the
 * public review facts (dates an editor may move without new content). Values are normalised
 * (relations to ids, dates to ISO, empty to absent, array row ids dropped) so that a save that
 * changes nothing is recognised as such, whichever API sent it.
 */
import { createHash } from 'node:crypto'
import type { FlattenedField, SanitizedCollectionConfig } from 'payload'

/** Top-level fields that are not content. */
export const nonContentFields = new Set([
  'id',
  '_status',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'workflowState',
  'workflow',
  'schedule',
  'review',
  'assignedReviewers',
  'translation', // health/fields.ts: « à traduire » and the per-language change dates
  // The public dates and change log (changeLog/): written by publication, not by editors.
  'history',
  'changeNote',
])

/** A document or one of its rows (typed documents included: they have no index signature). */
type Data = object | null | undefined

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0)

/** Sorted keys, no empty values: two equal values always serialise to the same string. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable)
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const v = stable((value as Record<string, unknown>)[key])
      if (!isEmpty(v)) out[key] = v
    }
    return out
  }
  return value
}

const idOf = (v: unknown): string | undefined => {
  if (v === null || v === undefined || v === '') return undefined
  if (typeof v === 'object') return 'id' in v ? idOf((v as { id: unknown }).id) : undefined
  return String(v)
}

function relation(
  field: { relationTo: string | string[]; hasMany?: boolean },
  value: unknown,
): unknown {
  const one = (v: unknown) => {
    if (!Array.isArray(field.relationTo)) return idOf(v)
    if (!v || typeof v !== 'object' || !('relationTo' in v)) return undefined
    const { relationTo, value: target } = v as { relationTo: string; value: unknown }
    const id = idOf(target)
    return id ? `${relationTo}:${id}` : undefined
  }
  if (!field.hasMany) return one(value)
  const list = (Array.isArray(value) ? value : [value]).map(one).filter(Boolean)
  return list.length ? list : undefined
}

function valueOf(
  field: FlattenedField,
  value: unknown,
  locales: readonly string[] | null,
): unknown {
  if (isEmpty(value)) return undefined
  switch (field.type) {
    case 'array':
      return Array.isArray(value)
        ? value.map((row) => fieldsOf(field.flattenedFields, row as Data, locales) ?? {})
        : undefined
    case 'group':
    case 'tab':
      return 'flattenedFields' in field
        ? fieldsOf(field.flattenedFields, value as Data, locales)
        : stable(value)
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row: Record<string, unknown>) => {
            const block = field.blocks?.find((b) => b.slug === row.blockType) as
              { flattenedFields?: FlattenedField[] } | undefined
            const { id: _id, ...rest } = row
            return block?.flattenedFields
              ? { blockType: row.blockType, ...fieldsOf(block.flattenedFields, row, locales) }
              : stable(rest)
          })
        : undefined
    case 'relationship':
    case 'upload':
      return relation(field, value)
    case 'date': {
      const time = new Date(value as string).getTime()
      return Number.isNaN(time) ? String(value) : new Date(time).toISOString()
    }
    case 'number':
      return Array.isArray(value) ? value.map(Number) : Number(value)
    case 'checkbox':
      return value ? true : undefined
    case 'join':
      return undefined
    default:
      return stable(value)
  }
}

function fieldsOf(fields: FlattenedField[], data: Data, locales: readonly string[] | null) {
  if (!data || typeof data !== 'object') return undefined
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual))
      continue
    // Array and block rows carry generated ids: a row is identified by its values, not its id.
    if (field.name === 'id') continue
    const raw = (data as Record<string, unknown>)[field.name]
    let v: unknown
    if (field.localized && locales) {
      // Stored with every locale: { fr: …, en: … }. Children of a localized field are per locale.
      const perLocale: Record<string, unknown> = {}
      for (const locale of locales) {
        const lv = valueOf(field, (raw as Record<string, unknown> | undefined)?.[locale], null)
        if (!isEmpty(lv)) perLocale[locale] = lv
      }
      v = perLocale
    } else {
      v = valueOf(field, raw, locales)
    }
    if (!isEmpty(v)) out[field.name] = v
  }
  return out
}

/**
 * The normalised content of a document. `locales` given: the document was read with
 * `locale: 'all'` and every locale counts; null: one locale's view (a write's data).
 */
export function contentOf(
  collection: SanitizedCollectionConfig,
  doc: Data,
  locales: readonly string[] | null,
) {
  const fields = collection.flattenedFields.filter(
    (f) => !('name' in f) || !nonContentFields.has(f.name),
  )
  return fieldsOf(fields, doc, locales) ?? {}
}

/** SHA-256 of the content in every locale: what an approval is bound to. */
export function contentHash(
  collection: SanitizedCollectionConfig,
  docAllLocales: Data,
  locales: readonly string[],
): string {
  return createHash('sha256')
    .update(JSON.stringify(contentOf(collection, docAllLocales, locales)))
    .digest('hex')
}

/** Whether a write's data (one locale's view, merged by Payload) changes the stored content. */
export function contentChanged(
  collection: SanitizedCollectionConfig,
  data: Data,
  original: Data,
): boolean {
  return (
    JSON.stringify(contentOf(collection, data, null)) !==
    JSON.stringify(contentOf(collection, original, null))
  )
}
