/**
 * UI strings of the public site and the CMS preview, one JSON file per language
 * (`i18n/fr.json`, `i18n/en.json`), plus the date, size and duration formats they use.
 *
 * French is the reference: its keys define the schema, and English must have exactly the
 * same keys and the same `{placeholders}` (checked when this module loads, so a missing
 * translation fails the build instead of showing a raw key).
 */
import { z } from 'zod'
import type { Locale } from './locales'
import en from './i18n/en.json'
import fr from './i18n/fr.json'

export type UiKey = keyof typeof fr

/** Keys with `.one` / `.other` variants, chosen by {@link tPlural}. */
export type UiPluralKey = UiKey extends infer K ? (K extends `${infer B}.other` ? B : never) : never

export type UiParams = Record<string, string | number>

/** BCP 47 tags given to `Intl` for each locale (Québec French, Canadian English). */
export const intlLocales: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }

export const uiKeys = Object.keys(fr) as UiKey[]

/** `section.name`, `contentType.fact-sheets.one`, `skipLink`. */
const keyPattern = /^[a-z][a-zA-Z0-9]*(?:\.[a-z0-9][a-zA-Z0-9-]*)*$/
const placeholderPattern = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g

const uiString = z
  .string()
  .min(1)
  .refine((value) => !/[{}]/.test(value.replace(placeholderPattern, '')), {
    message: 'a brace that is not part of a {placeholder}',
  })

/**
 * The shape of a UI string file: exactly the keys of `fr.json`, each a non-empty string
 * whose only braces are `{placeholder}`s.
 */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(uiKeys.map((key) => [key, uiString])) as Record<UiKey, typeof uiString>,
)
export type UiStrings = z.infer<typeof uiStringsSchema>

/** The `{placeholders}` of a string, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((match) => match[1] ?? ''))].sort()
}

function parseUiStrings(locale: Locale, data: unknown): UiStrings {
  const badKey = uiKeys.find((key) => !keyPattern.test(key))
  if (badKey) throw new Error(`i18n/fr.json: malformed key "${badKey}"`)
  const result = uiStringsSchema.safeParse(data)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const keys = 'keys' in issue ? ` ${issue.keys.join(', ')}` : ''
      return `  ${issue.path.join('.') || '(root)'}: ${issue.message}${keys}`
    })
    throw new Error(`i18n/${locale}.json is invalid:\n${lines.join('\n')}`, { cause: result.error })
  }
  return result.data
}

function checkPlaceholders(reference: UiStrings, other: UiStrings, locale: Locale): void {
  const mismatched = uiKeys.filter(
    (key) => placeholdersOf(reference[key]).join() !== placeholdersOf(other[key]).join(),
  )
  if (mismatched.length > 0) {
    throw new Error(
      `i18n/${locale}.json: placeholders differ from fr.json in ${mismatched.join(', ')}`,
    )
  }
}

const dictionaries: Record<Locale, UiStrings> = {
  fr: parseUiStrings('fr', fr),
  en: parseUiStrings('en', en),
}
checkPlaceholders(dictionaries.fr, dictionaries.en, 'en')

function interpolate(key: string, template: string, params: UiParams | undefined): string {
  return template.replace(placeholderPattern, (_match, name: string) => {
    const value = params && Object.hasOwn(params, name) ? params[name] : undefined
    if (value === undefined) throw new Error(`UI string "${key}" needs the parameter {${name}}`)
    return String(value)
  })
}

/**
 * The UI string `key` in `locale`, with each `{name}` replaced by `params.name`.
 * Throws on an unknown key or a missing parameter: both are bugs to catch at build time.
 */
export function t(locale: Locale, key: UiKey, params?: UiParams): string {
  const dictionary = dictionaries[locale]
  if (!dictionary) throw new Error(`Unknown locale "${String(locale)}"`)
  const template = Object.hasOwn(dictionary, key) ? dictionary[key] : undefined
  if (template === undefined) throw new Error(`Unknown UI string "${String(key)}"`)
  return interpolate(key, template, params)
}

/**
 * The variant of a counted string that suits `count` under the locale's plural rules
 * (French: 0 and 1 are singular), with `{count}` formatted for the locale.
 * `tPlural('fr', 'search.results', 0, { query })` → « 0 résultat pour … ».
 */
export function tPlural(
  locale: Locale,
  key: UiPluralKey,
  count: number,
  params?: UiParams,
): string {
  const category = new Intl.PluralRules(intlLocales[locale]).select(count)
  const variant = `${key}.${category}`
  const chosen = (Object.hasOwn(dictionaries.fr, variant) ? variant : `${key}.other`) as UiKey
  const formatted = new Intl.NumberFormat(intlLocales[locale]).format(count)
  return t(locale, chosen, { ...params, count: formatted })
}

/** An ISO date (`2025-09-15` or a full timestamp) as a long date, read in UTC. */
export function formatDate(iso: string | Date, locale: Locale): string {
  const date = iso instanceof Date ? iso : new Date(iso)
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`)
  const text = new Intl.DateTimeFormat(intlLocales[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
  // French writes the first day of a month as an ordinal: « 1er septembre 2025 ».
  return locale === 'fr' ? text.replace(/^1 /, '1er ') : text
}

const sizeUnits: Record<Locale, readonly [string, string, ...string[]]> = {
  fr: ['octet', 'octets', 'Ko', 'Mo', 'Go', 'To'],
  en: ['byte', 'bytes', 'KB', 'MB', 'GB', 'TB'],
}

/**
 * A file size for people, in decimal units (1 Ko = 1000 octets, as the unit names say):
 * one decimal under 10, none above. fr: « 240 Ko », « 1,2 Mo »; en: “240 KB”, “1.2 MB”.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (!Number.isFinite(bytes) || bytes < 0) {
    throw new RangeError(`Not a file size: ${String(bytes)}`)
  }
  const [one, other, ...units] = sizeUnits[locale]
  const tag = intlLocales[locale]
  if (bytes < 1000) {
    const whole = Math.round(bytes)
    return `${whole} ${new Intl.PluralRules(tag).select(whole) === 'one' ? one : other}`
  }
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
  }
  let digits = value < 10 ? 1 : 0
  // 999 999 octets round to « 1000 Ko »: carry into the next unit instead.
  if (Number(value.toFixed(digits)) >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit += 1
    digits = 1
  }
  const number = new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(value)
  return `${number} ${units[unit]}`
}

/** A duration as a clock reading: 3723 → « 1:02:03 », 245 → « 4:05 ». */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`Not a duration: ${String(seconds)}`)
  }
  const total = Math.floor(seconds)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const secs = String(total % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${secs}` : `${minutes}:${secs}`
}
