/**
 * « Santé du contenu » in the real admin, in French: an editor asks for a link check from the
 * view, the queued job runs, the broken link (a 404 from a server on loopback) and a stale
 * English version are listed with a link to fix each; axe (WCAG 2.2 AA) finds nothing in the
 * view, on a desktop and at 390 px; a reviewer is refused and has no link to it.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { type RunningCms, startCms } from './cmsServer'

const PASSWORD = 'test-password-1'
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let cms: RunningCms
let browser: Browser
let links: http.Server
let brokenUrl = ''
let sheetId: number
let adminToken = ''

const { api, login } = adminApi(() => cms.url)

beforeAll(async () => {
  links = http.createServer((req, res) => res.writeHead(req.url === '/ok' ? 200 : 404).end())
  await new Promise<void>((resolve) => links.listen(0, '127.0.0.1', resolve))
  const base = `http://127.0.0.1:${(links.address() as AddressInfo).port}`
  brokenUrl = `${base}/page-retiree`
  cms = await startCms()
  const admin = await api('users/first-register', {
    method: 'POST',
    body: { email: 'admin@e2e.local', password: PASSWORD, name: 'Administratrice', role: 'admin' },
  })
  adminToken = admin.token
  for (const [role, name] of [
    ['editor', 'Éditrice Lavoie'],
    ['reviewer', 'Dre Réviseure'],
  ] as const) {
    await api('users', {
      method: 'POST',
      token: admin.token,
      body: { email: `${role}@e2e.local`, password: PASSWORD, name, role },
    })
  }
  const editor = await login('editor@e2e.local')
  const created = await api('fact-sheets?draft=true&locale=fr', {
    method: 'POST',
    token: editor,
    body: {
      title: 'Fer et anémie pendant la grossesse',
      summary: 'Repérer et prévenir l’anémie.',
      references: [
        { authors: 'Santé Canada', title: 'Page retirée', url: brokenUrl },
        { authors: 'Santé Canada', title: 'Page active', url: `${base}/ok` },
      ],
    },
  })
  sheetId = created.doc.id
  await api(`fact-sheets/${sheetId}?draft=true&locale=en`, {
    method: 'PATCH',
    token: editor,
    body: { title: 'Iron and anaemia in pregnancy', summary: 'Spotting and preventing anaemia.' },
  })
  // Then the French changes: the English version is now older.
  await api(`fact-sheets/${sheetId}?draft=true&locale=fr`, {
    method: 'PATCH',
    token: editor,
    body: { summary: 'Repérer, prévenir et traiter l’anémie : nouvelle dose recommandée.' },
  })
  // The first admin page compiles the admin (minutes on a busy machine): before the tests.
  await fetch(`${cms.url}/admin/login`, { signal: AbortSignal.timeout(500_000) })
  browser = await launchBrowser()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  await new Promise<void>((resolve) => links?.close(() => resolve()))
})

async function sessionAs(email: string, width = 1400): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-CA',
    viewport: { width, height: 1000 },
  })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`, { timeout: 240_000 })
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 120_000 })
  return page
}

const openHealth = async (page: Page) => {
  await page.goto(`${cms.url}/admin/sante`, { timeout: 240_000 })
  await page.waitForSelector('#content-health h1', { timeout: 240_000 })
}

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('#content-health').withTags(wcagTags).analyze())
    .violations

describe('« Santé du contenu » in the admin', () => {
  it('an editor asks for a link check; the view then lists the broken link and the stale translation', async () => {
    try {
      const page = await sessionAs('editor@e2e.local')
      await openHealth(page)
      expect(await page.textContent('h1')).toBe('Santé du contenu')
      // Linked from the navigation.
      expect(await page.locator('#nav-content-health').count()).toBe(1)
      await expect
        .poll(() => page.textContent('[data-group="liens-non-verifies"] h3'))
        .toContain('(2)')

      await Promise.all([
        page.waitForURL(/verification=demandee/, { timeout: 120_000 }),
        page.click('text=Vérifier les liens maintenant'),
      ])
      expect(await page.textContent('#content-health')).toContain('Vérification en cours')
      // The queued job runs where jobs run (here: asked for, as a cron caller would).
      await api('payload-jobs/run?queue=health', { token: adminToken })
      await openHealth(page)

      const broken = page.locator('[data-group="liens-brises"] li')
      expect(await broken.count()).toBe(1)
      expect(await broken.textContent()).toContain('Page introuvable (HTTP 404)')
      expect(await broken.textContent()).toContain(brokenUrl)
      expect(await broken.locator('a').getAttribute('href')).toBe(
        `/admin/collections/fact-sheets/${sheetId}`,
      )
      const stale = page.locator('[data-group="traductions-a-revoir"] li')
      expect(await stale.count()).toBe(1)
      expect(await stale.textContent()).toMatch(/Français modifié le .* anglais modifié le/)
      expect(await stale.locator('a').getAttribute('href')).toBe(
        `/admin/collections/fact-sheets/${sheetId}?locale=en`,
      )
      // The summary counts, most urgent first.
      const summary = await page.$$eval('.summary li', (items) =>
        items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()),
      )
      expect(summary[0]).toBe('0Révisions en retard')
      expect(summary[1]).toBe('1Traductions à revoir')
      expect(summary[2]).toBe('1Liens brisés')

      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    } catch (error) {
      console.error(cms.log().slice(-4000))
      throw error
    }
  }, 900_000)

  it('at 390 px: nothing overflows, axe finds nothing', async () => {
    const page = await sessionAs('editor@e2e.local', 390)
    await openHealth(page)
    const overflow = await page.$eval('#content-health', (el) => el.scrollWidth - el.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    expect(await axeViolations(page)).toEqual([])
    await page.context().close()
  }, 600_000)

  it('a reviewer is refused and has no link to it', async () => {
    const page = await sessionAs('reviewer@e2e.local')
    await openHealth(page)
    const text = await page.textContent('#content-health')
    expect(text).toContain('Accès refusé')
    expect(text).not.toContain('Liens brisés')
    expect(await page.locator('#nav-content-health').count()).toBe(0)
    await page.context().close()
  }, 600_000)
})
