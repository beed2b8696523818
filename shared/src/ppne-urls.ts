/**
 * Public URLs of the PPNE page and its downloads. The data files (CSV, JSON) are the same in
 * both languages and live under the French page; each language has its own charts. These
 * addresses are promised to journalists and researchers: never rename them.
 */
import type { Locale } from './locales'
import { homePath } from './urls'

/** `/ppne/`, `/en/ppne/`. */
export const ppnePath = (locale: Locale): string => `${homePath(locale)}ppne/`

export type PpneDataFormat = 'csv' | 'json'
/** `/ppne/ppne.csv`, `/ppne/ppne.json`. */
export const ppneDataPath = (format: PpneDataFormat): string => `/ppne/ppne.${format}`

export type PpneChart = 'trend' | 'categories'
export type PpneChartFormat = 'svg' | 'png'
const chartNames: Record<PpneChart, Record<Locale, string>> = {
  trend: { fr: 'ppne-evolution', en: 'ppne-trend' },
  categories: { fr: 'ppne-categories', en: 'ppne-categories' },
}
/** `/ppne/ppne-evolution.svg`, `/en/ppne/ppne-trend.png`, … */
export const ppneChartPath = (chart: PpneChart, locale: Locale, format: PpneChartFormat): string =>
  `${ppnePath(locale)}${chartNames[chart][locale]}.${format}`

/** The id of a period's row in the PPNE page's table, for links from its report. */
export const ppnePeriodAnchor = (period: string): string => `periode-${period}`
