/**
 * The PPNE charts as SVG strings, drawn at build time (no JavaScript): the same markup is
 * inlined in the page and written as a download (with a white background, the title and the
 * source line, so that it stands alone in a slide or an article).
 *
 * Sized for a phone: a 360-unit-wide drawing shown at most 28rem wide keeps its 13-unit text
 * at 10 px or more on a 320 px screen. Pure functions: the geometry is unit-tested.
 */
import type { Locale } from '@nlv/shared/locales'
import { formatMoney } from '@nlv/shared/ppne'

export const chartWidth = 360
const font = 13
const colours = {
  ink: '#1f2a2a',
  muted: '#4d5a5a',
  grid: '#d5dddc',
  line: '#1c5b56',
  bar: '#2b7a72',
}

/** Maps a domain linearly onto a range: `scaleLinear([0, 100], [300, 0])(25)` → 225. */
export function scaleLinear(
  [d0, d1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): (value: number) => number {
  const span = d1 - d0
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))
}

/**
 * Round tick values covering [min, max]: steps of 1, 2, 2.5 or 5 × 10ⁿ, about `count` of them.
 * `niceTicks(966, 1156, 5)` → 950, 1000, 1050, 1100, 1150, 1200.
 */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(max > min)) return [min]
  const raw = (max - min) / Math.max(1, count)
  const power = 10 ** Math.floor(Math.log10(raw))
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power
  const first = Math.floor(min / step) * step
  const last = Math.ceil(max / step) * step
  const ticks: number[] = []
  for (let v = first; v <= last + step / 1e6; v += step) ticks.push(Number(v.toFixed(10)))
  return ticks
}

/** An axis label: whole dollars when every tick is whole (« 1 100 $ »), else cents (« 1 234,56 $ »). */
export function moneyTickLabel(value: number, locale: Locale, ticks: readonly number[]): string {
  return formatMoney(value, locale, ticks.every(Number.isInteger) ? 0 : 2)
}

/** XML text: the files are standalone SVG, where HTML entities such as `&nbsp;` do not exist. */
export const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const r = (n: number) => Math.round(n * 10) / 10
const text = (x: number, y: number, content: string, attrs = '') =>
  `<text x="${r(x)}" y="${r(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`

export interface ChartText {
  title: string
  description: string
  /** « Source : Alima, PPNE … » (standalone files only). */
  source: string
}

interface Frame {
  id: string
  height: number
  body: string
  text: ChartText
  standalone: boolean
  locale: Locale
}

/** Wraps a drawing: accessible name and description, and for a download a title and source. */
function frame({ id, height, body, text: t, standalone, locale }: Frame): string {
  const top = standalone ? 34 : 0
  const bottom = standalone ? 28 : 0
  const total = height + top + bottom
  const head = standalone
    ? `<rect width="${chartWidth}" height="${total}" fill="#fff"/>` +
      text(0, 20, t.title, `font-size="15" font-weight="700" fill="${colours.ink}"`)
    : ''
  const foot = standalone
    ? text(0, total - 8, t.source, `font-size="10" fill="${colours.muted}"`)
    : ''
  const size = standalone ? ` width="${chartWidth * 2}" height="${total * 2}"` : ''
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${chartWidth} ${total}"${size} role="img" lang="${locale}" aria-labelledby="${id}-t ${id}-d" font-family="DejaVu Sans, Verdana, sans-serif" font-size="${font}">` +
    `<title id="${id}-t">${escapeXml(t.title)}</title><desc id="${id}-d">${escapeXml(t.description)}</desc>` +
    head +
    `<g transform="translate(0 ${top})">${body}</g>` +
    foot +
    `</svg>`
  )
}

export interface TrendPoint {
  period: string
  value: number
}

export interface TrendGeometry {
  x: (index: number) => number
  y: (value: number) => number
  ticks: number[]
  plot: { left: number; right: number; top: number; bottom: number }
}

export const trendHeight = 240

/** Where the trend chart puts each period and each value. */
export function trendGeometry(points: readonly TrendPoint[], locale: Locale): TrendGeometry {
  const values = points.map((p) => p.value)
  const min = Math.min(...values)
  const max = Math.max(...values)
  const pad = (max - min || max || 1) * 0.08
  const ticks = niceTicks(min - pad, max + pad, 4)
  const widest = Math.max(...ticks.map((t) => moneyTickLabel(t, locale, ticks).length))
  const plot = {
    left: 10 + widest * 7.4,
    right: chartWidth - 14,
    top: 12,
    bottom: trendHeight - 30,
  }
  return {
    x: scaleLinear([0, Math.max(1, points.length - 1)], [plot.left, plot.right]),
    y: scaleLinear([ticks[0]!, ticks.at(-1)!], [plot.bottom, plot.top]),
    ticks,
    plot,
  }
}

/** The monthly cost over time: a line with a dot per period, the last value labelled. */
export function trendChart(
  points: readonly TrendPoint[],
  options: { locale: Locale; text: ChartText; standalone?: boolean; id?: string },
): string {
  const { locale } = options
  const g = trendGeometry(points, locale)
  const grid = g.ticks
    .map((t) => {
      const y = g.y(t)
      return (
        `<line x1="${r(g.plot.left)}" x2="${r(g.plot.right)}" y1="${r(y)}" y2="${r(y)}" stroke="${colours.grid}"/>` +
        text(
          g.plot.left - 6,
          y + 4,
          moneyTickLabel(t, locale, g.ticks),
          `text-anchor="end" fill="${colours.muted}"`,
        )
      )
    })
    .join('')
  // Year labels under each January (period labels would not fit on a phone); a series
  // without any January gets its first period's year.
  const januaries = points.map((p, i) => ({
    year: p.period.slice(0, 4),
    i,
    jan: p.period.endsWith('-01'),
  }))
  const years = (
    januaries.some((p) => p.jan) ? januaries.filter((p) => p.jan) : januaries.slice(0, 1)
  )
    .map(({ year, i }) =>
      text(g.x(i), g.plot.bottom + 20, year, `text-anchor="middle" fill="${colours.muted}"`),
    )
    .join('')
  const path = points
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${r(g.x(i))} ${r(g.y(p.value))}`)
    .join('')
  const dots = points
    .map(
      (p, i) =>
        `<circle cx="${r(g.x(i))}" cy="${r(g.y(p.value))}" r="3.5" fill="${colours.line}"/>`,
    )
    .join('')
  const last = points.at(-1)!
  const label = text(
    g.x(points.length - 1),
    g.y(last.value) - 10,
    formatMoney(last.value, locale, 0),
    `text-anchor="end" font-weight="700" fill="${colours.ink}"`,
  )
  const body =
    grid +
    `<line x1="${r(g.plot.left)}" x2="${r(g.plot.right)}" y1="${r(g.plot.bottom)}" y2="${r(g.plot.bottom)}" stroke="${colours.muted}"/>` +
    years +
    `<path d="${path}" fill="none" stroke="${colours.line}" stroke-width="2.5" stroke-linejoin="round"/>` +
    dots +
    label
  return frame({
    id: options.id ?? 'ppne-trend',
    height: trendHeight,
    body,
    text: options.text,
    standalone: Boolean(options.standalone),
    locale,
  })
}

export interface Bar {
  label: string
  value: number
}

const rowHeight = 36
export const barValueSpace = 74

/** Width of each bar: proportional to its value, the largest filling the row. */
export function barWidth(value: number, max: number): number {
  return scaleLinear([0, max || 1], [0, chartWidth - barValueSpace])(value)
}

/** One row per category: its name, then a bar and its amount. Largest first. */
export function barChart(
  bars: readonly Bar[],
  options: { locale: Locale; text: ChartText; standalone?: boolean; id?: string },
): string {
  const sorted = [...bars].sort((a, b) => b.value - a.value)
  const max = Math.max(...sorted.map((b) => b.value))
  const body = sorted
    .map((bar, i) => {
      const top = i * rowHeight
      const width = Math.max(1, barWidth(bar.value, max))
      return (
        text(0, top + 13, bar.label, `fill="${colours.ink}"`) +
        `<rect x="0" y="${top + 18}" width="${r(width)}" height="12" rx="2" fill="${colours.bar}"/>` +
        text(
          width + 6,
          top + 29,
          formatMoney(bar.value, options.locale, 0),
          `fill="${colours.muted}"`,
        )
      )
    })
    .join('')
  return frame({
    id: options.id ?? 'ppne-categories',
    height: sorted.length * rowHeight,
    body,
    text: options.text,
    standalone: Boolean(options.standalone),
    locale: options.locale,
  })
}
