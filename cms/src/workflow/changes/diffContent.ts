/**
 * What changed between two versions of a document, field by field, as people read it: pure
 * functions over the collection's fields and two documents read with `locale: 'all'`.
 *
 * - Content fields only (the workflow's bookkeeping, the schedule and the public review facts
 *   are left out, as in contentHash.ts), hidden fields too.
 * - Localized fields go to their language's section (FR, EN); the others to a shared section.
 * - Texts and rich text (as plain text, through the shared renderer) are compared paragraph by
 *   paragraph, then word by word with jsdiff: a word is never split.
 * - Arrays and blocks by item (added, removed, changed: the changed item's fields), references
 *   by their title, uploads by file name (through `labels`, resolved by the caller).
 */
import { richTextToPlainText } from '@nlv/shared/rich-text'
import type { Locale } from '@nlv/shared/locales'
import { diffArrays, diffWordsWithSpace } from 'diff'
import type { FlattenedField } from 'payload'
import { nonContentFields } from '../contentHash'
import type { Bilingual } from '../states'

/** A run of words: unchanged, added or removed. */
export interface Part {
  text: string
  op: 'same' | 'added' | 'removed'
}

/** One paragraph of a text field: unchanged ones are folded by the view. */
export type Paragraph =
  | { op: 'same'; text: string }
  | { op: 'added' | 'removed'; text: string }
  | { op: 'changed'; parts: Part[] }

/** One row of an array (or a block), by position in the new version (or the old one if removed). */
export interface ItemChange {
  op: 'added' | 'removed' | 'changed'
  /** 1-based position, in the new version (in the old one for a removed item). */
  position: number
  /** What the item is about (its first texts), for the heading. */
  summary: string
  /** The fields of a changed item that changed; every field of an added or removed item. */
  changes: FieldChange[]
}

export type Diff =
  | { kind: 'text'; paragraphs: Paragraph[] }
  | { kind: 'value'; before: string | null; after: string | null }
  | { kind: 'set'; added: string[]; removed: string[]; kept: number }
  | { kind: 'items'; items: ItemChange[]; unchanged: number; itemLabel: Bilingual }

export interface FieldChange {
  /** The field's path (`keyMessages`, `video.url`, `chapters.title`): stable, for tests and anchors. */
  path: string
  label: Bilingual
  status: 'added' | 'removed' | 'changed'
  diff: Diff
}

export interface Section {
  /** The language of the section; null for fields shared by every language. */
  locale: Locale | null
  changes: FieldChange[]
}

/** Titles of related documents and file names of uploads, keyed `collection:id`. */
export type Labels = ReadonlyMap<string, string>

interface Context {
  locales: readonly Locale[]
  labels: Labels
  /** The language the values are in (rich-text blocks render their text in it). */
  locale: Locale
  /** Whether a localized field still holds one value per language (outside a language section). */
  split: boolean
}

type Data = Record<string, unknown>

const bilingual = (label: unknown, fallback: string): Bilingual => {
  if (typeof label === 'string') return { fr: label, en: label }
  if (label && typeof label === 'object') {
    const l = label as Partial<Bilingual>
    return { fr: l.fr ?? l.en ?? fallback, en: l.en ?? l.fr ?? fallback }
  }
  return { fr: fallback, en: fallback }
}

const labelOf = (field: FlattenedField): Bilingual =>
  bilingual('label' in field ? field.label : undefined, 'name' in field ? field.name : '')

const join = (a: Bilingual, b: Bilingual, sep = ' › '): Bilingual => ({
  fr: `${a.fr}${sep}${b.fr}`,
  en: `${a.en}${sep}${b.en}`,
})

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).length === 0)

const idOf = (v: unknown): string | null => {
  if (v === null || v === undefined || v === '') return null
  if (typeof v === 'object') return 'id' in v ? idOf((v as { id: unknown }).id) : null
  return String(v)
}

const isHidden = (field: FlattenedField) =>
  Boolean(
    (field as { admin?: { hidden?: boolean; disabled?: boolean } }).admin?.hidden ||
    (field as { admin?: { disabled?: boolean } }).admin?.disabled,
  )

/** Whether a field carries content a person edits (not bookkeeping, not hidden, not virtual). */
const isContent = (field: FlattenedField, topLevel: boolean) =>
  'name' in field &&
  field.name !== 'id' &&
  field.type !== 'join' &&
  !('virtual' in field && field.virtual) &&
  !isHidden(field) &&
  !(topLevel && nonContentFields.has(field.name))

// ---------------------------------------------------------------------------------------------
// Values as people read them

const dateText = (value: unknown, dayOnly: boolean) => {
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return String(value)
  return date.toLocaleString('fr-CA', {
    dateStyle: 'medium',
    ...(dayOnly ? { timeZone: 'UTC' } : { timeStyle: 'short', timeZone: 'America/Toronto' }),
  })
}

function optionLabel(field: FlattenedField, value: unknown): string {
  const options = 'options' in field ? (field.options as unknown[]) : []
  for (const option of options ?? []) {
    if (typeof option === 'string' && option === value) return option
    if (option && typeof option === 'object' && (option as { value?: unknown }).value === value)
      return bilingual((option as { label?: unknown }).label, String(value)).fr
  }
  return String(value)
}

/** `collection:id` of one relation value (polymorphic ones carry their collection). */
function relationKey(relationTo: string | string[], value: unknown): string | null {
  if (Array.isArray(relationTo)) {
    if (!value || typeof value !== 'object' || !('relationTo' in value)) return null
    const { relationTo: to, value: target } = value as { relationTo: string; value: unknown }
    const id = idOf(target)
    return id ? `${to}:${id}` : null
  }
  const id = idOf(value)
  return id ? `${relationTo}:${id}` : null
}

const relationName = (key: string, labels: Labels) =>
  labels.get(key) ?? `« élément ${key.split(':')[1]} » (introuvable)`

/** A scalar value as text (null when empty). */
function scalarText(field: FlattenedField, value: unknown, ctx: Context): string | null {
  if (isEmpty(value)) return null
  switch (field.type) {
    case 'date':
      return dateText(
        value,
        (field as { admin?: { date?: { pickerAppearance?: string } } }).admin?.date
          ?.pickerAppearance === 'dayOnly',
      )
    case 'checkbox':
      return value ? 'Oui' : 'Non'
    case 'select':
    case 'radio':
      return optionLabel(field, value)
    case 'relationship':
    case 'upload': {
      const key = relationKey((field as { relationTo: string | string[] }).relationTo, value)
      return key ? relationName(key, ctx.labels) : null
    }
    case 'richText':
      return richTextToPlainText(value as never, { locale: ctx.locale }) || null
    case 'point':
      return Array.isArray(value) ? value.join(', ') : String(value)
    case 'json':
    case 'code':
      return typeof value === 'string' ? value : JSON.stringify(value, null, 2)
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

// ---------------------------------------------------------------------------------------------
// Text: paragraphs, then words

const paragraphsOf = (text: string | null) =>
  (text ?? '')
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)

/** A word diff, and the share of words the two texts have in common (0..1). */
function wordDiff(before: string, after: string): { parts: Part[]; common: number } {
  const count = { same: 0, added: 0, removed: 0 }
  const parts: Part[] = diffWordsWithSpace(before, after).map((c) => {
    const op = c.added ? 'added' : c.removed ? 'removed' : 'same'
    count[op] += c.value.trim() ? c.value.trim().split(/\s+/).length : 0
    return { text: c.value, op }
  })
  const longest = count.same + Math.max(count.added, count.removed)
  return { parts: grouped(parts), common: longest ? count.same / longest : 1 }
}

/**
 * Neighbouring changes read as one: « repas<del>, ou presque</del><ins>, en particulier au
 * souper</ins> » rather than removed and added words interleaved with the spaces between them.
 */
function grouped(parts: Part[]): Part[] {
  const out: Part[] = []
  let removed = ''
  let added = ''
  let pendingSpace = ''
  const flush = () => {
    if (removed) out.push({ text: removed, op: 'removed' })
    if (added) out.push({ text: added, op: 'added' })
    if (pendingSpace) out.push({ text: pendingSpace, op: 'same' })
    removed = added = pendingSpace = ''
  }
  for (const part of parts) {
    if (part.op === 'same') {
      if (!part.text.trim() && (removed || added)) {
        pendingSpace += part.text
        continue
      }
      flush()
      out.push(part)
      continue
    }
    if (pendingSpace) {
      // A space between two changes belongs to both sides.
      removed += removed ? pendingSpace : ''
      added += added ? pendingSpace : ''
      pendingSpace = ''
    }
    if (part.op === 'removed') removed += part.text
    else added += part.text
  }
  flush()
  return out
}

/** Two texts compared paragraph by paragraph; a rewritten paragraph word by word. */
export function diffText(before: string | null, after: string | null): Paragraph[] {
  const out: Paragraph[] = []
  let removed: string[] = []
  const flush = (added: string[]) => {
    // A removed run followed by an added run: pair them one to one when they share words.
    const pairs = Math.max(removed.length, added.length)
    for (let i = 0; i < pairs; i++) {
      const b = removed[i]
      const a = added[i]
      if (b !== undefined && a !== undefined) {
        const { parts, common } = wordDiff(b, a)
        if (common >= 0.3) out.push({ op: 'changed', parts })
        else out.push({ op: 'removed', text: b }, { op: 'added', text: a })
      } else if (b !== undefined) out.push({ op: 'removed', text: b })
      else if (a !== undefined) out.push({ op: 'added', text: a })
    }
    removed = []
  }
  for (const change of diffArrays(paragraphsOf(before), paragraphsOf(after))) {
    if (change.removed) {
      flush([])
      removed = change.value
    } else if (change.added) {
      flush(change.value)
    } else {
      flush([])
      for (const text of change.value) out.push({ op: 'same', text })
    }
  }
  flush([])
  return out
}

// ---------------------------------------------------------------------------------------------
// Fields

const childFields = (field: FlattenedField): FlattenedField[] =>
  'flattenedFields' in field ? (field.flattenedFields as FlattenedField[]) : []

function summaryOf(fields: FlattenedField[], row: Data | undefined, ctx: Context): string {
  if (!row) return ''
  const texts: string[] = []
  for (const field of fields) {
    if (!isContent(field, false) || !('name' in field)) continue
    if (
      !['text', 'textarea', 'email', 'richText', 'relationship', 'upload', 'select'].includes(
        field.type,
      )
    )
      continue
    let value = row[field.name]
    if (field.localized && ctx.split && value && typeof value === 'object' && !Array.isArray(value))
      value = (value as Data)[ctx.locale] ?? Object.values(value as Data)[0]
    const text = scalarText(field, value, ctx)
    if (text) texts.push(text.replace(/\s+/g, ' '))
    if (texts.join(' — ').length > 140) break
  }
  const summary = texts.join(' — ')
  return summary.length > 160 ? `${summary.slice(0, 157)}…` : summary
}

function diffRows(
  field: FlattenedField,
  fieldsOfRow: (row: Data) => FlattenedField[],
  before: Data[],
  after: Data[],
  ctx: Context,
): Diff | null {
  // Rows keep their id across versions (the admin and the API preserve it): a row with the same
  // id, or with exactly the same content, is the same item.
  const same = (a: Data, b: Data) =>
    a.blockType === b.blockType &&
    ((a.id !== undefined && a.id === b.id) ||
      diffFields(fieldsOfRow(a), a, b, ctx, false).length === 0)
  const items: ItemChange[] = []
  let unchanged = 0
  let oldPos = 0
  let newPos = 0
  for (const change of diffArrays(before, after, { comparator: same })) {
    for (const row of change.value) {
      if (change.added) {
        newPos++
        items.push({
          op: 'added',
          position: newPos,
          summary: summaryOf(fieldsOfRow(row), row, ctx),
          changes: diffFields(fieldsOfRow(row), undefined, row, ctx, false),
        })
      } else if (change.removed) {
        oldPos++
        items.push({
          op: 'removed',
          position: oldPos,
          summary: summaryOf(fieldsOfRow(row), row, ctx),
          changes: diffFields(fieldsOfRow(row), row, undefined, ctx, false),
        })
      } else {
        const old = before[oldPos++]!
        const now = after[newPos++]!
        const changes = diffFields(fieldsOfRow(now), old, now, ctx, false)
        if (changes.length)
          items.push({
            op: 'changed',
            position: newPos,
            summary: summaryOf(fieldsOfRow(now), now, ctx),
            changes,
          })
        else unchanged++
      }
    }
  }
  if (!items.length) return null
  const labels = (field as { labels?: { singular?: unknown } }).labels
  return {
    kind: 'items',
    items,
    unchanged,
    itemLabel: bilingual(labels?.singular, 'Élément'),
  }
}

const rowsOf = (v: unknown): Data[] => (Array.isArray(v) ? (v as Data[]) : [])

function diffValue(
  field: FlattenedField,
  before: unknown,
  after: unknown,
  ctx: Context,
): Diff | null {
  switch (field.type) {
    case 'array':
      return diffRows(field, () => childFields(field), rowsOf(before), rowsOf(after), ctx)
    case 'blocks': {
      const blocks = (field as { blocks?: { slug: string; flattenedFields?: FlattenedField[] }[] })
        .blocks
      return diffRows(
        field,
        (row) => blocks?.find((b) => b.slug === row.blockType)?.flattenedFields ?? [],
        rowsOf(before),
        rowsOf(after),
        ctx,
      )
    }
    case 'relationship':
    case 'upload':
    case 'select':
    case 'text':
    case 'number': {
      const many = (field as { hasMany?: boolean }).hasMany
      if (!many) break
      const keys = (v: unknown) =>
        (Array.isArray(v) ? v : isEmpty(v) ? [] : [v])
          .map((item) =>
            field.type === 'relationship' || field.type === 'upload'
              ? relationKey((field as { relationTo: string | string[] }).relationTo, item)
              : String(item),
          )
          .filter((k): k is string => Boolean(k))
      const b = keys(before)
      const a = keys(after)
      const name = (k: string) =>
        field.type === 'relationship' || field.type === 'upload'
          ? relationName(k, ctx.labels)
          : field.type === 'select'
            ? optionLabel(field, k)
            : k
      const added = a.filter((k) => !b.includes(k)).map(name)
      const removed = b.filter((k) => !a.includes(k)).map(name)
      if (!added.length && !removed.length) return null
      return { kind: 'set', added, removed, kept: a.length - added.length }
    }
  }
  const b = scalarText(field, before, ctx)
  const a = scalarText(field, after, ctx)
  if (b === a) return null
  if (['text', 'textarea', 'richText', 'email', 'code', 'json'].includes(field.type)) {
    return { kind: 'text', paragraphs: diffText(b, a) }
  }
  return { kind: 'value', before: b, after: a }
}

const statusOf = (before: unknown, after: unknown): FieldChange['status'] =>
  isEmpty(before) ? 'added' : isEmpty(after) ? 'removed' : 'changed'

/** Changes of the fields of one object (a document's top level, a row, a group). */
function diffFields(
  fields: FlattenedField[],
  before: Data | undefined,
  after: Data | undefined,
  ctx: Context,
  topLevel: boolean,
  prefix: { path: string; label: Bilingual } | null = null,
): FieldChange[] {
  const out: FieldChange[] = []
  for (const field of fields) {
    if (!isContent(field, topLevel) || !('name' in field)) continue
    const path = prefix ? `${prefix.path}.${field.name}` : field.name
    const label = prefix ? join(prefix.label, labelOf(field)) : labelOf(field)
    const b = before?.[field.name]
    const a = after?.[field.name]
    if (field.type === 'group' || field.type === 'tab') {
      out.push(...diffFields(childFields(field), b as Data, a as Data, ctx, false, { path, label }))
      continue
    }
    if (field.localized && ctx.split) {
      // A localized field inside a shared row (a webinar chapter's title): one change per language.
      for (const locale of ctx.locales) {
        const lb = (b as Data | undefined)?.[locale]
        const la = (a as Data | undefined)?.[locale]
        const diff = diffValue(field, lb, la, { ...ctx, locale, split: false })
        if (diff)
          out.push({
            path: `${path}.${locale}`,
            label: join(label, { fr: locale.toUpperCase(), en: locale.toUpperCase() }, ' · '),
            status: statusOf(lb, la),
            diff,
          })
      }
      continue
    }
    const diff = diffValue(field, b, a, ctx)
    if (diff) out.push({ path, label, status: statusOf(b, a), diff })
  }
  return out
}

/**
 * The changes from `before` (null: nothing before, a first submission) to `after`, both read
 * with `locale: 'all'`, by section: one per language, then the fields shared by every language.
 */
export function diffContent(
  fields: FlattenedField[],
  before: Data | null,
  after: Data,
  { locales, labels }: { locales: readonly Locale[]; labels: Labels },
): Section[] {
  const localized = fields.filter((f) => 'localized' in f && f.localized)
  const shared = fields.filter((f) => !('localized' in f && f.localized))
  const perLocale = (data: Data | null, locale: Locale): Data | undefined => {
    if (!data) return undefined
    const out: Data = {}
    for (const field of localized) {
      if ('name' in field) out[field.name] = (data[field.name] as Data | undefined)?.[locale]
    }
    return out
  }
  const sections: Section[] = locales.map((locale) => ({
    locale,
    changes: diffFields(
      localized,
      perLocale(before, locale),
      perLocale(after, locale),
      { locales, labels, locale, split: false },
      true,
    ),
  }))
  sections.push({
    locale: null,
    changes: diffFields(
      shared,
      before ?? undefined,
      after,
      { locales, labels, locale: 'fr', split: true },
      true,
    ),
  })
  return sections
}

/** Every `collection:id` the two documents refer to (relations and uploads), to label them. */
export function referencedKeys(fields: FlattenedField[], docs: (Data | null)[]): Set<string> {
  const keys = new Set<string>()
  const visit = (fs: FlattenedField[], value: unknown, localized: boolean) => {
    if (!value || typeof value !== 'object') return
    for (const field of fs) {
      if (!('name' in field)) continue
      let v = (value as Data)[field.name]
      const values =
        field.localized && !localized && v && typeof v === 'object' && !Array.isArray(v)
          ? Object.values(v as Data)
          : [v]
      for (v of values) {
        if (field.type === 'relationship' || field.type === 'upload') {
          const relationTo = (field as { relationTo: string | string[] }).relationTo
          for (const item of Array.isArray(v) ? v : [v]) {
            const key = relationKey(relationTo, item)
            if (key) keys.add(key)
          }
        } else if (field.type === 'array') {
          for (const row of rowsOf(v))
            visit(childFields(field), row, localized || Boolean(field.localized))
        } else if (field.type === 'blocks') {
          const blocks = (
            field as { blocks?: { slug: string; flattenedFields?: FlattenedField[] }[] }
          ).blocks
          for (const row of rowsOf(v))
            visit(
              blocks?.find((b) => b.slug === row.blockType)?.flattenedFields ?? [],
              row,
              localized || Boolean(field.localized),
            )
        } else if (field.type === 'group' || field.type === 'tab') {
          visit(childFields(field), v, localized || Boolean(field.localized))
        }
      }
    }
  }
  for (const doc of docs) visit(fields, doc, false)
  return keys
}

/** How many fields changed, over every section. */
export const changeCount = (sections: Section[]) =>
  sections.reduce((n, s) => n + s.changes.length, 0)
