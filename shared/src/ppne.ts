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
import { localisedText } from './locales'
import { periodPattern, ppneProfileGroups } from './ppne-calc'
import { slugPattern } from './slug'

export * from './ppne-calc'

const code = z.string().regex(slugPattern, 'expected a code: lowercase letters, digits and hyphens')
const money = z.number().finite().nonnegative()
const period = z.string().regex(periodPattern, 'expected a period YYYY-MM')
const optionalText = z.object({ fr: z.string().optional(), en: z.string().optional() })

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
