/**
 * When each language's content last changed: a beforeChange hook on every content type, so
 * the dates are written inside the write itself (its transaction), whatever API sent it.
 *
 * « The content of a language » is the value of the localized fields in that language
 * (title, summary, key messages, body, transcript, chapter titles…): a change to them moves
 * that language's date and only it. Shared fields (themes, references, files) have no
 * language and move neither; a workflow transition, a schedule or a re-review changes no
 * content and moves nothing.
 */
import type { CollectionBeforeChangeHook, FlattenedField } from 'payload'
import { nonContentFields } from '../workflow/contentHash'
import { isPlainObject } from '../fields/forEachFieldValue'
import { TRANSLATION_GROUP } from './fields'

type Data = Record<string, unknown>
export const trackedLocales = ['fr', 'en'] as const
type TrackedLocale = (typeof trackedLocales)[number]
export const dateField = (locale: TrackedLocale) => `${locale}ChangedAt` as const

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (isPlainObject(v) && Object.keys(v).length === 0)

/** A value in a form that compares equal however it was sent: sorted keys, no row ids, no empties. */
function normal(value: unknown): unknown {
  if (Array.isArray(value)) {
    const list = value.map(normal).filter((v) => !isEmpty(v))
    return list.length ? list : undefined
  }
  if (isPlainObject(value)) {
    const out: Data = {}
    for (const key of Object.keys(value).sort()) {
      if (key === 'id') continue
      const v = normal(value[key])
      if (!isEmpty(v)) out[key] = v
    }
    return Object.keys(out).length ? out : undefined
  }
  if (value instanceof Date) return value.toISOString()
  return isEmpty(value) ? undefined : value
}

const relationId = (v: unknown): unknown =>
  isPlainObject(v) ? ('value' in v ? relationId(v.value) : v.id) : v

/**
 * The localized part of a document as one locale reads it (`locale` given: the document holds
 * every locale, `{ fr, en }`, as read with `locale: 'all'`).
 */
export function localizedContent(
  fields: FlattenedField[],
  data: unknown,
  locale: string | null = null,
  insideLocalized = false,
): unknown {
  if (!isPlainObject(data)) return undefined
  const out: Data = {}
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual))
      continue
    if (!insideLocalized && (nonContentFields.has(field.name) || field.name === TRANSLATION_GROUP))
      continue
    let raw = data[field.name]
    const localized = insideLocalized || Boolean(field.localized)
    if (field.localized && locale && !insideLocalized)
      raw = isPlainObject(raw) ? raw[locale] : undefined
    let v: unknown
    if (field.type === 'array' && Array.isArray(raw)) {
      v = raw.map((row) => localizedContent(field.flattenedFields, row, locale, localized) ?? {})
      if (!localized && (v as unknown[]).every((row) => isEmpty(row))) v = undefined
    } else if ((field.type === 'group' || field.type === 'tab') && 'flattenedFields' in field) {
      v = localizedContent(field.flattenedFields, raw, locale, localized)
    } else if (field.type === 'blocks' && Array.isArray(raw)) {
      v = raw.map((row) => {
        const block = field.blocks.find((b) => isPlainObject(row) && b.slug === row.blockType)
        return block
          ? {
              blockType: (row as Data).blockType,
              ...(localizedContent(block.flattenedFields, row, locale, localized) as Data),
            }
          : {}
      })
    } else if (!localized) {
      continue
    } else if (field.type === 'relationship' || field.type === 'upload') {
      v = Array.isArray(raw) ? raw.map(relationId) : relationId(raw)
    } else {
      v = raw
    }
    const n = normal(v)
    if (!isEmpty(n)) out[field.name] = n
  }
  return Object.keys(out).length ? out : undefined
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const isoOrNull = (v: unknown): string | null => {
  if (!v) return null
  const t = new Date(v as string).getTime()
  return Number.isNaN(t) ? null : new Date(t).toISOString()
}

export const trackContentChanges: CollectionBeforeChangeHook = ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  const previous = operation === 'create' ? null : ((originalDoc ?? null) as Data | null)
  const before = (previous?.[TRANSLATION_GROUP] ?? {}) as Data
  const sent = (data[TRANSLATION_GROUP] ?? {}) as Data
  const seeding = Boolean((req.context as { seeding?: boolean }).seeding)
  const group: Data = { ...before, ...sent }
  const now = new Date().toISOString()
  const fields = collection.flattenedFields
  const locales: TrackedLocale[] =
    req.locale === 'all' ? [...trackedLocales] : [req.locale === 'en' ? 'en' : 'fr']
  for (const locale of trackedLocales) {
    const key = dateField(locale)
    // The dates are the hook's: a client's value is ignored; the seed may give its own history.
    group[key] = isoOrNull(seeding ? (sent[key] ?? before[key]) : before[key])
    if (!locales.includes(locale)) continue
    const view = req.locale === 'all' ? locale : null
    const after = localizedContent(fields, data, view)
    const was = previous ? localizedContent(fields, previous, view) : undefined
    if (same(after, was) || (seeding && group[key])) continue
    group[key] = after === undefined ? group[key] : now
  }
  data[TRANSLATION_GROUP] = group
  return data
}
