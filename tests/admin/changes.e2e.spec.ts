/**
 * « What changed » in the real admin, in French: a published fiche is revised (one word of its
 * body, a new key message) and resubmitted; the reviewer opens it, follows the panel's link
 * « Voir les changements depuis la dernière version publiée » and sees exactly the changed
 * words, marked in words as well as in colour. axe (WCAG 2.2 AA) finds nothing in the view,
 * on a desktop screen and at 390 px.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { type RunningCms, startCms } from './cmsServer'

const PASSWORD = 'test-password-1'
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
let cms: RunningCms
let browser: Browser
let docId: number

const { api, login } = adminApi(() => cms.url)

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [
        { type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 },
      ],
    })),
  },
})

beforeAll(async () => {
  cms = await startCms()
  const admin = await api('users/first-register', {
    method: 'POST',
    body: { email: 'admin@e2e.local', password: PASSWORD, name: 'Administratrice', role: 'admin' },
  })
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
  const reviewer = await login('reviewer@e2e.local')
  const created = await api('fact-sheets?draft=true', {
    method: 'POST',
    token: editor,
    body: {
      title: 'Le fer pendant la grossesse',
      summary: 'Les besoins en fer augmentent pendant la grossesse.',
      keyMessages: [{ text: 'Manger une source de fer à chaque repas.' }],
      body: lexical(
        'Le volume sanguin augmente de près de la moitié.',
        'Viser trois portions de viandes et substituts par jour.',
      ),
    },
  })
  docId = created.doc.id
  const step = (action: string, token: string) =>
    api(`fact-sheets/${docId}/workflow/${action}`, {
      method: 'POST',
      token,
      body: { message: 'Étape de préparation du test' },
    })
  await step('submit', editor)
  await step('approve', reviewer)
  await step('publish', editor)
  const current = await api(`fact-sheets/${docId}?draft=true&depth=0&locale=fr`, { token: editor })
  await api(`fact-sheets/${docId}?draft=true&locale=fr`, {
    method: 'PATCH',
    token: editor,
    body: {
      body: lexical(
        'Le volume sanguin augmente de près de la moitié.',
        'Viser quatre portions de viandes et substituts par jour.',
      ),
      keyMessages: [
        ...current.keyMessages,
        { text: 'Associer une source de vitamine C au repas.' },
      ],
    },
  })
  // A change to published content is submitted with « Ce qui a changé » (workflow/changeLog/).
  await api(`fact-sheets/${docId}/change-note`, {
    method: 'POST',
    token: editor,
    body: { text: 'Quatre portions de viandes et substituts par jour; vitamine C au repas.' },
  })
  await step('submit', editor)
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

async function reviewerSession(width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width, height: 900 } })
  const page = await context.newPage()
  // The first page of a fresh `next dev` compiles the admin: slow on a busy machine.
  await page.goto(`${cms.url}/admin/login`, { timeout: 600_000 })
  await page.fill('#field-email', 'reviewer@e2e.local')
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 120_000 })
  return { context, page }
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('#changes-view')
    .withTags(wcagTags)
    .analyze()
  return results.violations.map(
    (v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

describe('the changes view', () => {
  it('a reviewer opens it from the panel and sees the changed words', async () => {
    const { context, page } = await reviewerSession(1400)
    try {
      await page.goto(`${cms.url}/admin/collections/fact-sheets/${docId}`, { timeout: 240_000 })
      const link = page.locator('#workflow-changes-link[data-basis="published"]')
      await link.waitFor({ timeout: 240_000 })
      expect((await link.textContent())?.trim()).toBe(
        'Voir les changements depuis la dernière version publiée',
      )
      await Promise.all([page.waitForURL(/\/changes$/, { timeout: 240_000 }), link.click()])
      await page.waitForSelector('#changes-heading', { timeout: 240_000 })
      expect(await page.textContent('#changes-heading')).toBe(
        'Changements depuis la dernière version publiée',
      )
      const body = page.locator('[data-path="body"]')
      expect(await body.locator('del').allTextContents()).toEqual(['[retiré : trois]'])
      expect(await body.locator('ins').allTextContents()).toEqual(['[ajouté : quatre]'])
      // The words for screen readers are hidden from sight; the marks are not colour alone.
      expect(
        await body.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine),
      ).toBe('line-through')
      const messages = page.locator('[data-path="keyMessages"]')
      expect(await messages.textContent()).toContain('Associer une source de vitamine C au repas.')
      expect(await messages.textContent()).toContain('ajouté')
      // Only the fields that changed, and no workflow bookkeeping.
      expect(
        await page.$$eval('.nlv-section > .nlv-change', (els) =>
          els.map((e) => e.getAttribute('data-path')),
        ),
      ).toEqual(['keyMessages', 'body'])
      expect(await axe(page)).toEqual([])
    } finally {
      await context.close()
    }
  }, 1_500_000)

  it('works at 390 px with no axe violation, and the versions are named by meaning', async () => {
    const { context, page } = await reviewerSession(390)
    try {
      await page.goto(`${cms.url}/admin/collections/fact-sheets/${docId}/changes`, {
        timeout: 240_000,
      })
      await page.waitForSelector('#changes-heading', { timeout: 240_000 })
      // Nothing of the view is wider than the screen (Payload's own header tabs scroll apart).
      const overflow = await page.$eval('#changes-view', (el) => el.scrollWidth - el.clientWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      expect(await axe(page)).toEqual([])

      await page.goto(`${cms.url}/admin/collections/fact-sheets/${docId}/versions`, {
        timeout: 240_000,
      })
      await page.waitForSelector('#versions-table', { timeout: 240_000 })
      const rows = await page.$$eval('#versions-table tbody tr', (trs) =>
        trs.map((tr) => tr.textContent ?? ''),
      )
      expect(rows[0]).toContain('En révision')
      expect(rows.some((r) => r.includes('Approuvée par Dre Réviseure'))).toBe(true)
      expect(rows.some((r) => r.includes('Publiée — en ligne'))).toBe(true)
    } finally {
      await context.close()
    }
  }, 1_500_000)
})
