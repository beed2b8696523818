/**
 * What the PPNE page, its downloads and the home page show, computed once from the published
 * series (`snapshot.ppne`). Every figure comes from the series; none is typed in the code.
 */
import type { Locale } from '@nlv/shared/locales'
import {
  change,
  formatMoney,
  formatPercent,
  formatPeriod,
  formatSignedPercent,
  householdCost,
  inLocale,
  latestPeriod,
  periodYearBefore,
  referenceCost,
  referenceHousehold,
  type PpnePeriod,
  type PpneSeries,
} from '@nlv/shared/ppne'
import { loadSnapshot } from '../content/snapshot'
import { barChart, trendChart, type ChartText } from './charts'
import { fill, ppneStrings } from './strings'

/** The published series, or null when no period is published (the page is then not built). */
export function getPpneSeries(): PpneSeries | null {
  return loadSnapshot().ppne
}

const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1)

export function headline(series: PpneSeries, locale: Locale) {
  const s = ppneStrings[locale]
  const last = latestPeriod(series)
  const first = series.periods[0]!
  const cost = referenceCost(series, last)
  const yearBefore = periodYearBefore(series, last)
  const sentence = fill(s.headline, {
    period: formatPeriod(last.period, locale),
    cost: formatMoney(cost, locale),
    household: lowerFirst(inLocale(referenceHousehold(series).label, locale)),
  })
  const year = yearBefore ? change(referenceCost(series, yearBefore), cost) : null
  const sinceFirst = first === last ? null : change(referenceCost(series, first), cost)
  return {
    last,
    cost,
    sentence,
    year: year
      ? fill(s.yearChange, {
          amount: formatMoney(Math.abs(year.amount), locale),
          percent: formatSignedPercent(year.ratio, locale),
          direction: year.amount < 0 ? s.less : s.more,
          before: formatPeriod(yearBefore!.period, locale),
        })
      : null,
    sinceFirst: sinceFirst
      ? fill(sinceFirst.amount < 0 ? s.firstChangeDown : s.firstChange, {
          first: formatPeriod(first.period, locale),
          amount: formatMoney(Math.abs(sinceFirst.amount), locale),
          percent: formatSignedPercent(sinceFirst.ratio, locale),
        })
      : null,
  }
}

export function sourceLine(series: PpneSeries, locale: Locale): string {
  const s = ppneStrings[locale]
  return fill(s.source, { demo: series.demonstration ? s.sourceDemo : '' })
}

export function trendRows(series: PpneSeries) {
  return series.periods.map((p) => ({ period: p.period, value: referenceCost(series, p) }))
}

export function categoryRows(
  series: PpneSeries,
  locale: Locale,
  period: PpnePeriod = latestPeriod(series),
) {
  const total = Object.values(period.categoryCosts).reduce((a, b) => a + b, 0)
  return [...series.categories]
    .sort((a, b) => a.order - b.order)
    .map((c) => ({
      code: c.code,
      label: inLocale(c.name, locale),
      value: period.categoryCosts[c.code] ?? 0,
      share: total ? (period.categoryCosts[c.code] ?? 0) / total : 0,
    }))
}

export function trendText(series: PpneSeries, locale: Locale): ChartText {
  const s = ppneStrings[locale]
  const rows = trendRows(series)
  return {
    title: s.trendTitle,
    description: fill(s.trendDescription, {
      first: formatPeriod(rows[0]!.period, locale),
      firstCost: formatMoney(rows[0]!.value, locale),
      last: formatPeriod(rows.at(-1)!.period, locale),
      lastCost: formatMoney(rows.at(-1)!.value, locale),
    }),
    source: sourceLine(series, locale),
  }
}

export function categoriesText(series: PpneSeries, locale: Locale): ChartText {
  const s = ppneStrings[locale]
  const period = formatPeriod(latestPeriod(series).period, locale)
  const top = [...categoryRows(series, locale)].sort((a, b) => b.value - a.value)[0]!
  return {
    title: fill(s.categoriesTitle, { period }),
    description: fill(s.categoriesDescription, {
      period,
      top: top.label,
      topCost: formatMoney(top.value, locale),
    }),
    source: sourceLine(series, locale),
  }
}

export function trendSvg(series: PpneSeries, locale: Locale, standalone = false): string {
  return trendChart(trendRows(series), { locale, text: trendText(series, locale), standalone })
}

export function categoriesSvg(series: PpneSeries, locale: Locale, standalone = false): string {
  return barChart(categoryRows(series, locale), {
    locale,
    text: categoriesText(series, locale),
    standalone,
  })
}

/** The common households of the no-JavaScript table, costed for the latest period. */
export function householdRows(series: PpneSeries, locale: Locale) {
  const last = latestPeriod(series)
  return series.households.map((h) => ({
    code: h.code,
    label: inLocale(h.label, locale),
    size: h.members.length,
    monthly: householdCost(series, last, h.members).monthly,
    reference: h.code === series.referenceHousehold,
  }))
}

export function thresholdText(series: PpneSeries, locale: Locale): string {
  return fill(ppneStrings[locale].threshold, {
    threshold: formatPercent(series.affordability.threshold, locale, 0),
    source: inLocale(series.affordability.source.label, locale),
  })
}
