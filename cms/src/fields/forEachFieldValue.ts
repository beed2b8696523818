import type { Field, FieldAffectingData } from 'payload'

type Data = Record<string, unknown>

export const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export type FieldVisitor = (field: FieldAffectingData, value: unknown, path: string) => void

/**
 * Calls `visit` with every named field present in `data` and its value, walking into groups,
 * array rows, blocks, tabs, rows and collapsibles. With `allLocales` (data read or written
 * with `locale: 'all'`), a localized field's value is `{ fr: …, en: … }`: each locale's value
 * is visited.
 */
export function forEachFieldValue(
  fields: Field[],
  data: unknown,
  visit: FieldVisitor,
  { allLocales = false, path = '' }: { allLocales?: boolean; path?: string } = {},
): void {
  if (!isPlainObject(data)) return
  const walk = (subFields: Field[], subData: unknown, subPath: string) =>
    forEachFieldValue(subFields, subData, visit, { allLocales, path: subPath })
  for (const field of fields) {
    if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      walk(field.fields, data, path)
      continue
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) walk(tab.fields, data[tab.name], `${path}${tab.name}.`)
        else walk(tab.fields, data, path)
      }
      continue
    }
    if (!('name' in field) || !(field.name in data)) continue
    const raw = data[field.name]
    const perLocale =
      allLocales && 'localized' in field && field.localized && isPlainObject(raw)
        ? Object.entries(raw).map(([locale, value]) => [`${field.name}.${locale}`, value] as const)
        : [[field.name, raw] as const]
    for (const [name, value] of perLocale) {
      const here = `${path}${name}`
      visit(field as FieldAffectingData, value, here)
      if (field.type === 'group') walk(field.fields, value, `${here}.`)
      else if (field.type === 'array' && Array.isArray(value)) {
        value.forEach((row, i) => walk(field.fields, row, `${here}.${i}.`))
      } else if (field.type === 'blocks' && Array.isArray(value)) {
        value.forEach((row, i) => {
          const block =
            isPlainObject(row) && field.blocks.find((candidate) => candidate.slug === row.blockType)
          if (block) walk(block.fields, row, `${here}.${i}.`)
        })
      }
    }
  }
}
