/**
 * The PPNE calculation and number formats, without the zod schemas of `ppne.ts` (which
 * re-exports all of this): the calculator island imports this module alone, so that its
 * JavaScript does not carry the contract's validation library.
 */
import type { Locale } from './locales'
import type { PpneAdjustment, PpneHousehold, PpnePeriod, PpneSeries } from './ppne'

// Not `intlLocales` from `./i18n`: importing it would ship both UI dictionaries in the
// calculator's JavaScript.
const intlLocales: Record<Locale, string> = { fr: 'fr-CA', en: 'en-CA' }

/** A survey period, by month: `2025-07`. */
export const periodPattern = /^\d{4}-(0[1-9]|1[0-2])$/

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
