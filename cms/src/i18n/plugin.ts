/**
 * The admin in French, with 24-hour dates: Payload's custom translations over its fallback
 * French (translations.ts), and one date format everywhere — « 1 déc. 2026, 18 h 43 » —
 * in the lists and headers (`admin.dateFormat`, date-fns) and in every date field that shows a
 * time (its `displayFormat` / `timeFormat`), as the workflow panel shows dates (formatDate.ts).
 */
import type { Config, Field, Plugin } from 'payload'
import { frenchOverrides } from './translations'

/** date-fns patterns (Payload formats admin dates with date-fns and the admin's language). */
export const adminDateFormat = "d MMM yyyy, HH 'h' mm"
const dayOnlyFormat = 'd MMM yyyy'

function withDateFormats(fields: Field[]): Field[] {
  return fields.map((field) => {
    const f = field as Field & {
      fields?: Field[]
      tabs?: { fields: Field[] }[]
      blocks?: { fields: Field[] }[]
    }
    if (f.type === 'date') {
      const date = (f.admin?.date ?? {}) as Record<string, unknown>
      const appearance = (date.pickerAppearance as string | undefined) ?? 'dayOnly'
      if (date.displayFormat) return f
      const display =
        appearance === 'dayAndTime'
          ? { displayFormat: adminDateFormat, timeFormat: 'HH:mm' }
          : appearance === 'timeOnly'
            ? { displayFormat: 'HH:mm', timeFormat: 'HH:mm' }
            : appearance === 'dayOnly'
              ? { displayFormat: dayOnlyFormat }
              : {}
      return { ...f, admin: { ...f.admin, date: { ...date, ...display } } } as Field
    }
    if ('fields' in f && Array.isArray(f.fields)) return { ...f, fields: withDateFormats(f.fields) }
    if (f.type === 'tabs' && f.tabs)
      return { ...f, tabs: f.tabs.map((t) => ({ ...t, fields: withDateFormats(t.fields) })) }
    if (f.type === 'blocks' && f.blocks)
      return {
        ...f,
        blocks: f.blocks.map((b) => ({ ...b, fields: withDateFormats(b.fields) })),
      } as Field
    return f
  })
}

type Translations = Record<string, Record<string, Record<string, string>>>

function merge(base: Translations, extra: Translations): Translations {
  const out: Translations = { ...base }
  for (const [lang, groups] of Object.entries(extra)) {
    out[lang] = { ...out[lang] }
    for (const [group, strings] of Object.entries(groups))
      out[lang]![group] = { ...strings, ...out[lang]![group] }
  }
  return out
}

export const adminFrench =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: { ...config.admin, dateFormat: adminDateFormat },
    i18n: {
      ...config.i18n,
      // The project's own strings (already in config.i18n) win over these.
      translations: merge(
        (config.i18n?.translations ?? {}) as Translations,
        { fr: frenchOverrides } as unknown as Translations,
      ) as never,
    },
    collections: (config.collections ?? []).map((c) => ({
      ...c,
      fields: withDateFormats(c.fields),
    })),
    globals: (config.globals ?? []).map((g) => ({ ...g, fields: withDateFormats(g.fields) })),
  })
