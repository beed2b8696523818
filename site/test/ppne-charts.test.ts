/**
 * The PPNE charts' geometry: a value lands where it should, the axis is labelled in the
 * reader's number format, and the SVG names itself for screen readers.
 */
import { describe, expect, it } from 'vitest'
import {
  barChart,
  barValueSpace,
  barWidth,
  chartWidth,
  moneyTickLabel,
  niceTicks,
  scaleLinear,
  trendChart,
  trendGeometry,
} from '../src/ppne/charts'

const text = { title: 'Titre', description: 'Description <détaillée>', source: 'Source : Alima' }
const points = [
  { period: '2024-07', value: 1000 },
  { period: '2025-01', value: 1050 },
  { period: '2025-07', value: 1100 },
]

describe('scales and ticks', () => {
  it('maps a domain onto a range, inverted for a y axis', () => {
    const y = scaleLinear([0, 100], [300, 0])
    expect(y(0)).toBe(300)
    expect(y(25)).toBe(225)
    expect(y(100)).toBe(0)
  })

  it('chooses round ticks that cover the data', () => {
    expect(niceTicks(966, 1156, 4)).toEqual([950, 1000, 1050, 1100, 1150, 1200])
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1])
  })

  it('labels the axis in French number format « 1 234,56 $ »', () => {
    expect(moneyTickLabel(1234.56, 'fr', [1234.56])).toBe('1\u00a0234,56\u00a0$')
    expect(moneyTickLabel(1200, 'fr', [1100, 1200])).toBe('1\u00a0200\u00a0$')
    expect(moneyTickLabel(1200, 'en', [1100, 1200])).toBe('$1,200')
  })
})

describe('trend chart', () => {
  const g = trendGeometry(points, 'fr')

  it('puts the first period on the left edge of the plot and the last on the right', () => {
    expect(g.x(0)).toBe(g.plot.left)
    expect(g.x(2)).toBe(g.plot.right)
    expect(g.x(1)).toBeCloseTo((g.plot.left + g.plot.right) / 2, 10)
  })

  it('puts a value at its height between the lowest and highest ticks', () => {
    const [low, high] = [g.ticks[0]!, g.ticks.at(-1)!]
    expect(g.y(low)).toBe(g.plot.bottom)
    expect(g.y(high)).toBe(g.plot.top)
    const mid = (low + high) / 2
    expect(g.y(mid)).toBeCloseTo((g.plot.top + g.plot.bottom) / 2, 10)
    expect(low).toBeLessThanOrEqual(1000)
    expect(high).toBeGreaterThanOrEqual(1100)
  })

  it('draws the line through each point, with the axis labels and an accessible name', () => {
    const svg = trendChart(points, { locale: 'fr', text })
    const path = /<path d="([^"]+)"/.exec(svg)?.[1]
    expect(path?.split(/[ML]/).filter(Boolean)).toHaveLength(3)
    expect(path).toContain(`M${Math.round(g.x(0) * 10) / 10} ${Math.round(g.y(1000) * 10) / 10}`)
    expect(svg).toContain('role="img"')
    expect(svg).toContain('<title id="ppne-trend-t">Titre</title>')
    expect(svg).toContain('Description &lt;détaillée&gt;')
    for (const tick of g.ticks) expect(svg).toContain(`>${moneyTickLabel(tick, 'fr', g.ticks)}<`)
    expect(svg).toContain('>2025<')
    expect(svg).not.toContain('&nbsp;')
  })

  it('adds a white background, the title and the source line to a standalone file', () => {
    const svg = trendChart(points, { locale: 'fr', text, standalone: true })
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
    expect(svg).toContain('fill="#fff"')
    expect(svg).toContain('>Source : Alima<')
    expect(trendChart(points, { locale: 'fr', text })).not.toContain('Source : Alima')
  })
})

describe('category chart', () => {
  it('gives the largest value the full bar and the others their proportion', () => {
    expect(barWidth(200, 200)).toBe(chartWidth - barValueSpace)
    expect(barWidth(50, 200)).toBe((chartWidth - barValueSpace) / 4)
    expect(barWidth(0, 200)).toBe(0)
  })

  it('orders the bars from the largest and labels each with its amount', () => {
    const svg = barChart(
      [
        { label: 'Œufs', value: 34.88 },
        { label: 'Légumes et fruits frais', value: 224.68 },
      ],
      { locale: 'fr', text },
    )
    expect(svg.indexOf('Légumes et fruits frais')).toBeLessThan(svg.indexOf('Œufs'))
    expect(svg).toContain('>225\u00a0$<')
    expect(svg).toContain('>35\u00a0$<')
    expect(svg).toContain(`width="${chartWidth - barValueSpace}"`)
  })
})
