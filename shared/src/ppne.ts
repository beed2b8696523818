/**
 * The PPNE (Panier à provisions nutritif et économique) as the site receives it: the published
 * survey periods with the cost of each food category and each person profile, and the method
 * that turns them into what a household pays (household-size adjustments, the affordability
 * threshold and its source). Also the pure calculation the page and the calculator share.
 *
 * Units: a profile's cost is per person per **week**; a category's cost is per **month** for
 * the reference household (the basket the reports break down by category).
 */
import { z } from 'zod'
import { localisedText, type Locale } from './locales'
import { slugPattern } from './slug'

// Not `intlLocales` from `./i18n`: importing it would ship both UI dictionaries in the
// calculator's JavaScript.
const intlLocales: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }

const code = z.string().regex(slugPattern, 'expected a code: lowercase letters, digits and hyphens')
const money = z.number().finite().nonnegative()
/** A survey period, by month: `2025-07`. */
export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/
const period = z.string().regex(periodPattern, 'expected a period YYYY-MM')
const optionalText = z.object({ fr: z.string().optional(), en: z.string().optional() })

/** Kinds of person profile, in the order the calculator lists them. */
export const ppneProfileGroups = [
  'adult',
  'pregnancy',
  'breastfeeding',
  'teen',
  'child',
  'infant',
  'senior',
] as const
export type PpneProfileGroup = (typeof ppneProfileGroups)[number]

export const ppneCategorySchema = z.object({
  code,
  name: localisedText,
  order: z.number().default(0),
})
export type PpneCategory = z.infer<typeof ppneCategorySchema>

export const ppneProfileSchema = z.object({
  code,
  name: localisedText,
  group: z.enum(ppneProfileGroups),
  order: z.number().default(0),
})
export type PpneProfile = z.infer<typeof ppneProfileSchema>

export const ppneSourceSchema = z.object({ label: localisedText, url: z.url().optional() })
export type PpneSource = z.infer<typeof ppneSourceSchema>

/** From `size` people upward (until the next row), the household's cost is multiplied by `factor`. */
export const ppneAdjustmentSchema = z.object({
  size: z.number().int().min(1),
  factor: z.number().positive().max(3),
})
export type PpneAdjustment = z.infer<typeof ppneAdjustmentSchema>

/** A common household: shown in the no-JavaScript table; one of them is the reference. */
export const ppneHouseholdSchema = z.object({
  code,
  label: localisedText,
  /** Profile codes, one per person. */
  members: z.array(code).min(1),
})
export type PpneHousehold = z.infer<typeof ppneHouseholdSchema>

export const ppnePeriodSchema = z.object({
  id: z.string(),
  period,
  /** Monthly cost of each category for the reference household, by category code. */
  categoryCosts: z.record(z.string(), money),
  /** Weekly cost per person, by profile code. */
  profileCosts: z.record(z.string(), money),
  note: optionalText.default({}),
})
export type PpnePeriod = z.infer<typeof ppnePeriodSchema>

export const ppneSeriesSchema = z
  .object({
    /** Demonstration figures: the site says so wherever it shows them. */
    demonstration: z.boolean(),
    categories: z.array(ppneCategorySchema).min(1),
    profiles: z.array(ppneProfileSchema).min(1),
    households: z.array(ppneHouseholdSchema).min(1),
    /** Code of the household the headline figure and the category breakdown are for. */
    referenceHousehold: code,
    householdSizeAdjustments: z.array(ppneAdjustmentSchema).min(1),
    affordability: z.object({
      /** Share of net income above which the basket is judged unaffordable (0.3 = 30 %). */
      threshold: z.number().gt(0).lt(1),
      source: ppneSourceSchema,
    }),
    method: optionalText.default({}),
    sources: z.array(ppneSourceSchema).default([]),
    /** Oldest first. */
    periods: z.array(ppnePeriodSchema).min(1),
  })
  .superRefine((series, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message })
    const categories = new Set(series.categories.map((c) => c.code))
    const profiles = new Set(series.profiles.map((p) => p.code))
    if (categories.size !== series.categories.length) issue(['categories'], 'duplicate code')
    if (profiles.size !== series.profiles.length) issue(['profiles'], 'duplicate code')
    const sizes = series.householdSizeAdjustments.map((a) => a.size)
    if (sizes[0] !== 1 || sizes.some((s, i) => i > 0 && s <= sizes[i - 1]!)) {
      issue(['householdSizeAdjustments'], 'sizes must start at 1 and increase')
    }
    series.households.forEach((h, i) =>
      h.members.forEach((m, j) => {
        if (!profiles.has(m)) issue(['households', i, 'members', j], `unknown profile "${m}"`)
      }),
    )
    if (!series.households.some((h) => h.code === series.referenceHousehold)) {
      issue(['referenceHousehold'], `no household "${series.referenceHousehold}"`)
    }
    series.periods.forEach((p, i) => {
      if (i > 0 && p.period <= series.periods[i - 1]!.period) {
        issue(['periods', i, 'period'], `periods must be unique and in order (${p.period})`)
      }
      const check = (field: 'categoryCosts' | 'profileCosts', known: Set<string>) => {
        for (const key of Object.keys(p[field])) {
          if (!known.has(key)) issue(['periods', i, field, key], `unknown code "${key}"`)
        }
        for (const key of known) {
          if (!(key in p[field])) issue(['periods', i, field, key], `missing for ${p.period}`)
        }
      }
      check('categoryCosts', categories)
      check('profileCosts', profiles)
    })
  })
export type PpneSeries = z.infer<typeof ppneSeriesSchema>
export type PpneSeriesInput = z.input<typeof ppneSeriesSchema>

// ---------------------------------------------------------------------------------------------
// Calculation

/** 52 weeks in 12 months: a weekly cost times this is a monthly cost. */
export const weeksPerMonth = 52 / 12

const cents = (value: number) => Math.round(value * 100) / 100

/** The multiplier for a household of `size` people (the row of the largest size ≤ `size`). */
export function householdSizeFactor(adjustments: readonly PpneAdjustment[], size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Not a household size: ${size}`)
  let factor = 1
  for (const row of adjustments) if (row.size <= size) factor = row.factor
  return factor
}

export interface HouseholdCost {
  /** Sum of the members' weekly costs, before the size adjustment. */
  weeklyBeforeAdjustment: number
  factor: number
  weekly: number
  monthly: number
}

/**
 * What a household of these members (profile codes, one per person) pays for the basket in
 * `period`: the sum of their weekly costs, times the household-size factor, times 52/12.
 * Rounded to the cent at the end only.
 */
export function householdCost(
  series: Pick<PpneSeries, 'householdSizeAdjustments'>,
  period: Pick<PpnePeriod, 'profileCosts' | 'period'>,
  members: readonly string[],
): HouseholdCost {
  if (members.length === 0) throw new RangeError('A household has at least one person')
  let sum = 0
  for (const member of members) {
    const cost = period.profileCosts[member]
    if (cost === undefined)
      throw new RangeError(`No cost for profile "${member}" in ${period.period}`)
    sum += cost
  }
  const factor = householdSizeFactor(series.householdSizeAdjustments, members.length)
  return {
    weeklyBeforeAdjustment: cents(sum),
    factor,
    weekly: cents(sum * factor),
    monthly: cents(sum * factor * weeksPerMonth),
  }
}

/** Share of a monthly net income the basket takes (0.25 = 25 %); null without an income. */
export function shareOfIncome(monthlyCost: number, monthlyIncome: number): number | null {
  if (!Number.isFinite(monthlyIncome) || monthlyIncome <= 0) return null
  return monthlyCost / monthlyIncome
}

/** The reference household of the series. */
export function referenceHousehold(series: PpneSeries): PpneHousehold {
  return series.households.find((h) => h.code === series.referenceHousehold)!
}

/** Monthly cost of the reference household in a period (the headline figure). */
export function referenceCost(series: PpneSeries, period: PpnePeriod): number {
  return householdCost(series, period, referenceHousehold(series).members).monthly
}

export const latestPeriod = (series: PpneSeries): PpnePeriod => series.periods.at(-1)!

/** The period twelve months before `period`, if the series has it. */
export function periodYearBefore(series: PpneSeries, period: PpnePeriod): PpnePeriod | undefined {
  const [year, month] = period.period.split('-')
  const target = `${Number(year) - 1}-${month}`
  return series.periods.find((p) => p.period === target)
}

export interface Change {
  from: number
  to: number
  amount: number
  /** Relative change: 0.05 = +5 %. */
  ratio: number
}

export function change(from: number, to: number): Change {
  return { from, to, amount: cents(to - from), ratio: from === 0 ? 0 : (to - from) / from }
}

// ---------------------------------------------------------------------------------------------
// Formats

/** « 1 234,56 $ », “$1,234.56”. */
export function formatMoney(value: number, locale: Locale, digits = 2): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    style: 'currency',
    currency: 'CAD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value)
}

/** « 23,4 % », “23.4%”. */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return new Intl.NumberFormat(intlLocales[locale], {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(ratio)
}

/** A change as « +5,2 % » / « −3,0 % » (with a true minus sign). */
export function formatSignedPercent(ratio: number, locale: Locale): string {
  const text = formatPercent(Math.abs(ratio), locale)
  return `${ratio < 0 ? '−' : '+'}${text}`
}

/** `2025-07` → « juillet 2025 », “July 2025”. */
export function formatPeriod(value: string, locale: Locale): string {
  if (!periodPattern.test(value)) throw new RangeError(`Not a period: ${JSON.stringify(value)}`)
  return new Intl.DateTimeFormat(intlLocales[locale], {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${value}-01T00:00:00Z`))
}

/** `2025-07` → « juil. 2025 » for axis labels. */
export function formatPeriodShort(value: string, locale: Locale): string {
  if (!periodPattern.test(value)) throw new RangeError(`Not a period: ${JSON.stringify(value)}`)
  return new Intl.DateTimeFormat(intlLocales[locale], {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${value}-01T00:00:00Z`))
}

/** A localised text in `locale`, falling back to French. */
export const inLocale = (text: { fr?: string; en?: string }, locale: Locale): string =>
  (locale === 'en' ? text.en || text.fr : text.fr) ?? ''
