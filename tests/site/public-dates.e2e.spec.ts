/**
 * Honest dates in a real browser, on the built fixture site: a fiche's « Historique des mises
 * à jour » (newest first, the important change highlighted) and an overdue review's banner, on
 * a desktop and a phone; the home page at 390 px keeps its header compact with one search.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline } from '../helpers/offline'

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

async function open(path: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 } })
  const page = await context.newPage()
  await keepOffline(page, site.url)
  await page.goto(site.url + path)
  return { page, close: () => context.close() }
}

describe.each([1280, 390])('at %i px', (width) => {
  it('a fiche shows its history, newest first, the important change highlighted', async () => {
    const { page, close } = await open('/fiches/fer-grossesse/', width)
    try {
      const history = page.getByRole('region', { name: 'Historique des mises à jour' })
      await expect(history.isVisible()).resolves.toBe(true)
      const entries = history.getByRole('listitem')
      expect(await entries.allInnerTexts()).toEqual([
        expect.stringMatching(/^18 juin 2025\s+Changement important Le seuil de ferritine/),
        expect.stringMatching(/^2 avril 2024\s+Liens vers les ressources mis à jour\./),
        expect.stringMatching(/^5 novembre 2023\s+Première publication/),
      ])
      // Highlighted: another background than the plain entries, and the flag in bold.
      const backgrounds = await entries.evaluateAll((els) =>
        els.map((el) => getComputedStyle(el).backgroundColor),
      )
      expect(backgrounds[0]).not.toBe(backgrounds[1])
      const flag = history.getByText('Changement important')
      expect(
        Number(await flag.evaluate((el) => getComputedStyle(el).fontWeight)),
      ).toBeGreaterThanOrEqual(600)
    } finally {
      await close()
    }
  })

  it('an item past its review date says so plainly, near the top', async () => {
    const { page, close } = await open('/outils/grille-reperage-insecurite-alimentaire/', width)
    try {
      const banner = page.getByRole('note').filter({ hasText: 'Révision périodique en cours' })
      await expect(banner.innerText()).resolves.toMatch(
        /Révision périodique en cours — contenu révisé le 28 janvier 2025/,
      )
      const box = await banner.boundingBox()
      expect(box!.y).toBeLessThan(800)
      // A current item shows no such banner.
      await page.goto(site.url + '/fiches/fer-grossesse/')
      expect(await page.getByText('Révision périodique en cours').count()).toBe(0)
    } finally {
      await close()
    }
  })
})

describe('the home page on a phone (390 px)', () => {
  it('has one search and a header that leaves the screen to the content', async () => {
    const { page, close } = await open('/', 390)
    try {
      expect(await page.getByRole('searchbox').count()).toBe(1)
      const header = await page.locator('header.site-header').boundingBox()
      expect(header!.height).toBeLessThanOrEqual(120)
      // The navigation is one line (it scrolls sideways), not three.
      const tops = await page
        .locator('.site-nav a')
        .evaluateAll((els) => [
          ...new Set(els.map((el) => Math.round(el.getBoundingClientRect().top))),
        ])
      expect(tops).toHaveLength(1)
    } finally {
      await close()
    }
  })
})
