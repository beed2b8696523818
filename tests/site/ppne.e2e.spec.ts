/**
 * The PPNE page in Chromium, on the fixture site (the seed's demonstration series): the
 * household calculator used with the keyboard only, the table that stands in for it without
 * JavaScript, axe with the island hydrated, a 320 px screen, and the downloads read back.
 */
import AxeBuilder from '@axe-core/playwright'
import Papa from 'papaparse'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  formatMoney,
  formatPercent,
  householdCost,
  latestPeriod,
  ppneSeriesSchema,
  referenceCost,
  referenceHousehold,
} from '@nlv/shared/ppne'
import { ppneSeries } from '../../site/test/fixtures/ppne'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline } from '../helpers/offline'

const series = ppneSeriesSchema.parse(ppneSeries)
const last = latestPeriod(series)
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

let site: FixtureSite
let browser: Browser

beforeAll(async () => {
  site = await startFixtureSite()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})

async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  await keepOffline(page, site.url)
  await page.goto(site.url + path)
  return { context, page }
}

/** Scrolls the calculator into view (`client:visible`) and waits for React to show it. */
async function hydrate(page: Page) {
  await page.locator('#calculateur').scrollIntoViewIfNeeded()
  await page.locator('.ppne-calc').evaluate((el) => el.scrollIntoView())
  await page.waitForSelector('.ppne-calc fieldset', { state: 'visible' })
}

/** Presses Tab until the focused element matches `selector` (keyboard only, as a user would). */
async function tabTo(page: Page, selector: string, max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

const activeLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    return (
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : el.textContent) ??
      ''
    )
  })

describe('the household calculator, keyboard only', () => {
  it('composes a household, takes an income and gives the cost and the share of income', async () => {
    const { context, page } = await open('/ppne/')
    try {
      await hydrate(page)
      const result = page.locator('.ppne-calc__result [aria-live]')
      // It starts with the reference household.
      const reference = referenceCost(series, last)
      await expect.poll(() => result.innerText()).toContain(formatMoney(reference, 'fr'))

      // Add a fifth person, then make her a pregnant woman aged 19 to 30.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await tabTo(page, '.ppne-calc button.button')
      expect(await activeLabel(page)).toBe('Ajouter une personne')
      await page.keyboard.press('Enter')
      expect(await activeLabel(page)).toBe('Personne 5')
      const select = page.locator('.ppne-calc select').nth(4)
      for (let i = 0; i < 30 && (await select.inputValue()) !== 'femme-enceinte-19-30'; i++) {
        await page.keyboard.press('ArrowUp')
      }
      expect(await select.inputValue()).toBe('femme-enceinte-19-30')

      const members = [...referenceHousehold(series).members, 'femme-enceinte-19-30']
      const five = householdCost(series, last, members)
      // Five people: the size factor is 0.95 (hand check: (sum of weekly costs) × 0.95 × 52 / 12).
      expect(five.factor).toBe(0.95)
      await expect.poll(() => result.innerText()).toContain(formatMoney(five.monthly, 'fr'))
      expect(await result.innerText()).toContain('5 personnes')

      // The income, typed the French way.
      await tabTo(page, '.ppne-calc input')
      await page.keyboard.type('3 200,50')
      const share = five.monthly / 3200.5
      await expect.poll(() => result.innerText()).toContain(formatPercent(share, 'fr'))
      expect(await result.innerText()).toContain(formatMoney(3200.5, 'fr'))
      expect(await result.innerText()).toContain(
        share > 0.3 ? 'au-dessus du seuil' : 'sous le seuil',
      )

      // A wrong amount is said, not computed.
      await page.keyboard.type('abc')
      await expect
        .poll(() => page.locator('.ppne-calc__error').innerText())
        .toMatch(/Entrez un montant/)
      expect(await page.locator('.ppne-calc input').getAttribute('aria-invalid')).toBe('true')
      for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace')

      // Remove the fifth person: focus goes back to « Ajouter une personne ».
      await page.keyboard.down('Shift')
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab')
        if ((await activeLabel(page)) === 'Retirer la personne 5') break
      }
      await page.keyboard.up('Shift')
      expect(await activeLabel(page)).toBe('Retirer la personne 5')
      await page.keyboard.press('Enter')
      expect(await activeLabel(page)).toBe('Ajouter une personne')
      await expect.poll(() => result.innerText()).toContain(formatMoney(reference, 'fr'))
      expect(await page.locator('.ppne-calc select').count()).toBe(4)

      if (process.env.PPNE_SCREENSHOTS) {
        await page.locator('#calculateur').scrollIntoViewIfNeeded()
        await page.screenshot({
          path: `${process.env.PPNE_SCREENSHOTS}/calculator.png`,
          fullPage: false,
        })
      }
    } finally {
      await context.close()
    }
  })

  it('has no axe violation with the island hydrated, in either language', async () => {
    for (const path of ['/ppne/', '/en/ppne/']) {
      const { context, page } = await open(path)
      try {
        await hydrate(page)
        const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
        expect(
          results.violations.map(
            (v) =>
              `${path} ${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          ),
        ).toEqual([])
      } finally {
        await context.close()
      }
    }
  })

  it('prints the result for a client file: the composition of the household, no form', async () => {
    const { context, page } = await open('/ppne/')
    try {
      await hydrate(page)
      await page.emulateMedia({ media: 'print' })
      expect(await page.locator('.ppne-calc__print-list').isVisible()).toBe(true)
      expect(await page.locator('.ppne-calc fieldset').isVisible()).toBe(false)
      expect(await page.locator('.ppne-downloads').isVisible()).toBe(false)
      expect(await page.locator('.ppne-calc__result').isVisible()).toBe(true)
    } finally {
      await context.close()
    }
  })
})

describe('without JavaScript', () => {
  it('hides the calculator and gives the cost for common households instead', async () => {
    const { context, page } = await open('/ppne/', { javaScriptEnabled: false })
    try {
      expect(await page.locator('.ppne-calc fieldset').isVisible()).toBe(false)
      expect(await page.locator('.ppne-calc').innerText()).toMatch(/demande JavaScript/)
      const rows = page.locator('.ppne-households tbody tr')
      expect(await rows.count()).toBe(series.households.length)
      for (const [index, household] of series.households.entries()) {
        const cost = householdCost(series, last, household.members).monthly
        expect(await rows.nth(index).innerText()).toContain(formatMoney(cost, 'fr'))
      }
      expect(await page.locator('.ppne-headline').innerText()).toContain(
        formatMoney(referenceCost(series, last), 'fr'),
      )
      expect(await page.locator('.ppne-demo').innerText()).toMatch(/Données de démonstration/)
      // The charts are there without script.
      expect(await page.locator('figure svg[role="img"]').count()).toBe(2)
    } finally {
      await context.close()
    }
  })
})

describe('on a 320 px screen', () => {
  it('does not scroll sideways and keeps the chart text readable', async () => {
    const { context, page } = await open('/ppne/', { viewport: { width: 320, height: 640 } })
    try {
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('figure svg text')].map(
            (t) => t.getBoundingClientRect().height,
          ),
        ),
      )
      // Rendered glyph boxes of at least 10 px (the charts scale with the screen).
      expect(smallest).toBeGreaterThanOrEqual(10)
    } finally {
      await context.close()
    }
  })
})

describe('downloads', () => {
  it('the CSV parses back to the published numbers', async () => {
    const res = await fetch(`${site.url}/ppne/ppne.csv`)
    expect(res.status).toBe(200)
    const text = (await res.text()).replace(/^\uFEFF/, '')
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true })
    expect(parsed.errors).toEqual([])
    expect(parsed.meta.fields).toEqual([
      'periode',
      'type',
      'code',
      'label_fr',
      'label_en',
      'unite',
      'valeur',
    ])
    expect(parsed.data).toHaveLength(
      series.periods.length * (series.categories.length + series.profiles.length),
    )
    for (const row of parsed.data) {
      const period = series.periods.find((p) => p.period === row.periode)!
      const costs = row.type === 'categorie' ? period.categoryCosts : period.profileCosts
      expect(Number(row.valeur), `${row.periode} ${row.code}`).toBe(costs[row.code!])
    }
  })

  it('the JSON is the published series with its data dictionary', async () => {
    const json = await (await fetch(`${site.url}/ppne/ppne.json`)).json()
    expect(ppneSeriesSchema.parse(json)).toEqual(series)
    expect(json.dictionary.fr.map((d: { column: string }) => d.column)).toContain('valeur')
  })

  it('each chart is an SVG with its source line and a PNG twice its size', async () => {
    for (const path of ['/ppne/ppne-evolution', '/ppne/ppne-categories', '/en/ppne/ppne-trend']) {
      const svg = await (await fetch(`${site.url}${path}.svg`)).text()
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/)
      expect(svg).toMatch(/Source ?: Alima/)
      const width = Number(/ width="(\d+)"/.exec(svg)?.[1])
      const png = Buffer.from(await (await fetch(`${site.url}${path}.png`)).arrayBuffer())
      expect(png.subarray(1, 4).toString()).toBe('PNG')
      expect(png.readUInt32BE(16)).toBe(width)
    }
  })
})
