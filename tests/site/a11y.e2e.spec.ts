/**
 * axe-core (WCAG 2.2 A/AA rules, `wcag22aa` included: target size 2.5.8) finds nothing on any
 * page template, in either language, on a desktop and a phone, and no template scrolls
 * sideways at 320 px.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline } from '../helpers/offline'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const templates = [
  ['home', '/'],
  ['home (en)', '/en/'],
  ['list', '/fiches/'],
  ['list, page 2', '/fiches/page/2/'],
  ['list (en)', '/en/tools/'],
  ['list of tools', '/outils/'],
  ['list of webinars', '/webinaires/'],
  ['list of publications', '/publications/'],
  ['list of webinars (en)', '/en/webinars/'],
  ['theme hub (en)', '/en/themes/supplements/'],
  ['theme hub, supplements', '/themes/supplements/'],
  ['fiche with history', '/fiches/fer-grossesse/'],
  ['updates', '/mises-a-jour/'],
  ['updates (en)', '/en/updates/'],
  ['theme hub', '/themes/insecurite-alimentaire/'],
  ['fiche', '/fiches/acide-folique-grossesse/'],
  ['fiche (en)', '/en/fact-sheets/folic-acid-pregnancy/'],
  ['outil', '/outils/grille-reperage-insecurite-alimentaire/'],
  ['webinaire', '/webinaires/soutenir-allaitement-vulnerabilite/'],
  ['webinaire (en)', '/en/webinars/supporting-breastfeeding-vulnerability/'],
  ['publication', '/publications/cout-ppne-montreal-2024/'],
  ['about', '/a-propos/'],
  ['accessibility (en)', '/en/accessibility/'],
  ['search', '/recherche/'],
  ['404', '/page-qui-n-existe-pas/'],
  ['404 (en)', '/en/no-such-page/'],
] as const

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

describe('accessibility of every template', () => {
  it.each(
    templates.flatMap(
      ([name, path]) =>
        [
          [name, path, 1280],
          [name, path, 390],
        ] as const,
    ),
  )('%s (%s) has no axe violation at %i px', async (_name, path, width) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } })
    const page = await context.newPage()
    try {
      await keepOffline(page, site.url)
      await page.goto(site.url + path)
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
      const violations = results.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
      )
      expect(violations).toEqual([])
      // The WCAG 2.2 rules ran (a tag list that lost wcag22aa would pass silently).
      expect(
        [...results.passes, ...results.inapplicable, ...results.incomplete].some(
          (r) => r.id === 'target-size',
        ),
      ).toBe(true)
    } finally {
      await context.close()
    }
  })

  it.each(templates)('%s (%s) fits a 320 px screen', async (_name, path) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await context.newPage()
    try {
      await keepOffline(page, site.url)
      await page.goto(site.url + path)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      )
      expect(overflow).toBeLessThanOrEqual(0)
      const smallest = await page.evaluate(() =>
        Math.min(
          ...[...document.querySelectorAll('body *')]
            .filter(
              (el) =>
                el.checkVisibility?.() &&
                (el.textContent ?? '').trim() !== '' &&
                el.children.length === 0,
            )
            .map((el) => Number.parseFloat(getComputedStyle(el).fontSize)),
        ),
      )
      expect(smallest).toBeGreaterThanOrEqual(16)
    } finally {
      await context.close()
    }
  })
})
