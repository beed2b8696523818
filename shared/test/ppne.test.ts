import { describe, expect, it } from 'vitest'
import {
  change,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatSignedPercent,
  householdCost,
  householdSizeFactor,
  periodYearBefore,
  ppneSeriesSchema,
  referenceCost,
  shareOfIncome,
  type PpneSeriesInput,
} from '../src/ppne'
import { ppneChartPath, ppneDataPath, ppnePath } from '../src/ppne-urls'

const adjustments = [
  { size: 1, factor: 1.2 },
  { size: 2, factor: 1.1 },
  { size: 3, factor: 1.05 },
  { size: 4, factor: 1 },
  { size: 5, factor: 0.95 },
  { size: 7, factor: 0.9 },
]
const costs = { a: 60, b: 50, c: 40, d: 30 }

const series = (over: Partial<PpneSeriesInput> = {}): PpneSeriesInput => ({
  demonstration: true,
  categories: [
    { code: 'fruits', name: { fr: 'Fruits' } },
    { code: 'grains', name: { fr: 'Céréales' } },
  ],
  profiles: ['a', 'b', 'c', 'd'].map((code) => ({
    code,
    name: { fr: code.toUpperCase() },
    group: 'adult' as const,
  })),
  households: [{ code: 'famille', label: { fr: 'Famille' }, members: ['a', 'b', 'c', 'd'] }],
  referenceHousehold: 'famille',
  householdSizeAdjustments: adjustments,
  affordability: { threshold: 0.3, source: { label: { fr: 'Rapport' } } },
  periods: [
    {
      id: '1',
      period: '2024-07',
      categoryCosts: { fruits: 400, grains: 300 },
      profileCosts: costs,
    },
    {
      id: '2',
      period: '2025-01',
      categoryCosts: { fruits: 410, grains: 310 },
      profileCosts: { a: 62, b: 51, c: 41, d: 31 },
    },
    {
      id: '3',
      period: '2025-07',
      categoryCosts: { fruits: 420, grains: 320 },
      profileCosts: { a: 63, b: 52, c: 42, d: 33 },
    },
  ],
  ...over,
})

const period = { period: '2024-07', profileCosts: costs }

describe('household cost (hand-computed)', () => {
  it('adds the weekly costs, applies the size factor and turns weeks into months (×52/12)', () => {
    // 60 + 50 + 40 + 30 = 180 $ a week, factor 1 for four → 180 × 52 / 12 = 780,00 $
    expect(
      householdCost({ householdSizeAdjustments: adjustments }, period, ['a', 'b', 'c', 'd']),
    ).toEqual({
      weeklyBeforeAdjustment: 180,
      factor: 1,
      weekly: 180,
      monthly: 780,
    })
  })

  it('charges a person living alone 20 % more', () => {
    // 60 × 1,2 = 72 $ a week → 72 × 52 / 12 = 312,00 $
    expect(householdCost({ householdSizeAdjustments: adjustments }, period, ['a']).monthly).toBe(
      312,
    )
  })

  it('rounds to the cent only at the end', () => {
    // (60 + 50) × 1,1 = 121 $ a week → 121 × 52 / 12 = 524,333… → 524,33 $
    expect(
      householdCost({ householdSizeAdjustments: adjustments }, period, ['a', 'b']).monthly,
    ).toBe(524.33)
  })

  it('uses the row of the largest size up to the household size', () => {
    // five: (60 + 50 + 40 + 30 + 30) × 0,95 = 199,5 $ → × 52 / 12 = 864,50 $
    expect(
      householdCost({ householdSizeAdjustments: adjustments }, period, ['a', 'b', 'c', 'd', 'd'])
        .monthly,
    ).toBe(864.5)
    expect(householdSizeFactor(adjustments, 6)).toBe(0.95)
    expect(householdSizeFactor(adjustments, 7)).toBe(0.9)
    expect(householdSizeFactor(adjustments, 12)).toBe(0.9)
  })

  it('refuses an empty household and an unknown profile', () => {
    expect(() => householdCost({ householdSizeAdjustments: adjustments }, period, [])).toThrow(
      RangeError,
    )
    expect(() => householdCost({ householdSizeAdjustments: adjustments }, period, ['x'])).toThrow(
      /profile "x"/,
    )
    expect(() => householdSizeFactor(adjustments, 0)).toThrow(RangeError)
  })

  it('gives the share of income, and none without an income', () => {
    expect(shareOfIncome(780, 3000)).toBeCloseTo(0.26, 10)
    expect(shareOfIncome(780, 0)).toBeNull()
    expect(shareOfIncome(780, Number.NaN)).toBeNull()
  })
})

describe('series', () => {
  const parsed = ppneSeriesSchema.parse(series())

  it('computes the headline figure for the reference household', () => {
    // 63 + 52 + 42 + 33 = 190 $ a week → 190 × 52 / 12 = 823,333… → 823,33 $
    expect(referenceCost(parsed, parsed.periods[2]!)).toBe(823.33)
  })

  it('finds the period a year before, when there is one', () => {
    expect(periodYearBefore(parsed, parsed.periods[2]!)?.period).toBe('2024-07')
    expect(periodYearBefore(parsed, parsed.periods[1]!)).toBeUndefined()
  })

  it('computes a change in dollars and per cent', () => {
    const { amount, ratio } = change(780, 823.33)
    expect(amount).toBe(43.33)
    expect(ratio).toBeCloseTo(0.05555, 5) // 43,33 / 780
  })

  it('refuses a period without a profile, an unknown category, and periods out of order', () => {
    const [first, second] = series().periods
    const missing = { ...first!, profileCosts: { a: 1, b: 1, c: 1 } }
    const unknown = { ...second!, categoryCosts: { ...second!.categoryCosts, viande: 1 } }
    const result = ppneSeriesSchema.safeParse(series({ periods: [missing, unknown, first!] }))
    expect(result.success).toBe(false)
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(messages).toContain('periods.0.profileCosts.d: missing for 2024-07')
    expect(messages).toContain('periods.1.categoryCosts.viande: unknown code "viande"')
    expect(messages).toContain('periods.2.period: periods must be unique and in order (2024-07)')
  })

  it('refuses a negative price and a reference household that does not exist', () => {
    const [first] = series().periods
    const negative = { ...first!, profileCosts: { ...costs, a: -1 } }
    expect(ppneSeriesSchema.safeParse(series({ periods: [negative] })).success).toBe(false)
    expect(ppneSeriesSchema.safeParse(series({ referenceHousehold: 'autre' })).success).toBe(false)
  })
})

describe('formats', () => {
  it('writes money the Québec French way: « 1 234,56 $ »', () => {
    expect(formatMoney(1234.56, 'fr')).toBe('1\u00a0234,56\u00a0$')
    expect(formatMoney(1234.56, 'en')).toBe('$1,234.56')
    expect(formatMoney(1234.4, 'fr', 0)).toBe('1\u00a0234\u00a0$')
  })

  it('writes shares, changes and periods', () => {
    expect(formatPercent(0.234, 'fr')).toBe('23,4\u00a0%')
    expect(formatSignedPercent(-0.03, 'fr')).toBe('−3,0\u00a0%')
    expect(formatSignedPercent(0.052, 'en')).toBe('+5.2%')
    expect(formatPeriod('2025-07', 'fr')).toBe('juillet 2025')
    expect(formatPeriod('2025-07', 'en')).toBe('July 2025')
    expect(() => formatPeriod('2025-13', 'fr')).toThrow(RangeError)
  })

  it('gives stable download addresses', () => {
    expect(ppnePath('fr')).toBe('/ppne/')
    expect(ppnePath('en')).toBe('/en/ppne/')
    expect(ppneDataPath('csv')).toBe('/ppne/ppne.csv')
    expect(ppneChartPath('trend', 'fr', 'png')).toBe('/ppne/ppne-evolution.png')
    expect(ppneChartPath('trend', 'en', 'svg')).toBe('/en/ppne/ppne-trend.svg')
  })
})
