/**
 * The admin's home page in the real admin, in French: a reviewer who logs in sees a new
 * submission under « À réviser » with its count, and one click opens it on its review view;
 * a contributor sees their own contributions only. axe (WCAG 2.2 AA tags) finds nothing in
 * the home page's own components.
 *
 * With NLV_QUEUE_SCREENSHOTS=<folder>, also saves each role's home page (desktop and 390 px).
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { type RunningCms, startCms } from './cmsServer'

const PASSWORD = 'test-password-1'
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const shots = process.env.NLV_QUEUE_SCREENSHOTS
let cms: RunningCms
let browser: Browser
let submittedId: number
let editorDraftId: number
let contributionId: number

const { api, login } = adminApi(() => cms.url)

const item = (title: string) => ({
  title,
  summary: `Résumé de « ${title} ».`,
  keyMessages: [{ text: 'Un message clé.' }],
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
    ['contributor', 'Nutritionniste partenaire'],
  ] as const) {
    await api('users', {
      method: 'POST',
      token: admin.token,
      body: { email: `${role}@e2e.local`, password: PASSWORD, name, role },
    })
  }
  const editor = await login('editor@e2e.local')
  submittedId = (
    await api('fact-sheets?draft=true', {
      method: 'POST',
      token: editor,
      body: item('Fer et grossesse : repérer l’anémie'),
    })
  ).doc.id
  await api(`fact-sheets/${submittedId}/workflow/submit`, {
    method: 'POST',
    token: editor,
    body: { message: 'Nouvelle fiche : merci de vérifier les doses de fer.' },
  })
  editorDraftId = (
    await api('fact-sheets?draft=true', {
      method: 'POST',
      token: editor,
      body: item('Brouillon de l’équipe'),
    })
  ).doc.id
  contributionId = (
    await api('fact-sheets?draft=true', {
      method: 'POST',
      token: await login('contributor@e2e.local'),
      body: item('Collations à petit budget (contribution)'),
    })
  ).doc.id
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/** Logs in as one user, in French, and lands on the home page. */
async function homeAs(email: string, width = 1400): Promise<Page> {
  const context = await browser.newContext({
    locale: 'fr-CA',
    viewport: { width, height: 1000 },
  })
  const page = await context.newPage()
  // The first visit compiles the admin when the server is `next dev` (slow on a busy machine).
  await page.goto(`${cms.url}/admin/login`, { timeout: 480_000 })
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 120_000 })
  await page.goto(`${cms.url}/admin`, { timeout: 240_000 })
  try {
    await page.waitForSelector('.nlv-q', { timeout: 240_000 })
  } catch (error) {
    const body = (await page.textContent('body').catch(() => '')) ?? ''
    throw new Error(`no work queues on /admin: ${body.slice(0, 500)}\n${cms.log().slice(-3000)}`, {
      cause: error,
    })
  }
  return page
}

const countOf = (page: Page, section: string) =>
  page.$eval(`#${section}-h .nlv-q__count`, (el) => el.textContent?.trim())

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).include('.nlv-q').withTags(wcagTags).analyze()
  const found = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found).toEqual([])
}

async function screenshot(email: string, name: string) {
  if (!shots) return
  mkdirSync(shots, { recursive: true })
  for (const width of [1400, 390]) {
    const page = await homeAs(email, width)
    await page.screenshot({
      path: path.join(shots, `${name}-${width === 390 ? 'mobile' : 'desktop'}.png`),
      fullPage: true,
    })
    await page.context().close()
  }
}

describe('the admin home page: work queues by role', () => {
  it('a reviewer sees the new submission with its count, and one click opens its review view', async () => {
    const page = await homeAs('reviewer@e2e.local')
    try {
      expect(await page.textContent('h1')).toContain('Bonjour, Dre')
      // Payload's stock dashboard of collection cards is gone.
      expect(await page.$('.dashboard__card-list')).toBeNull()
      expect(await countOf(page, 'a-reviser')).toBe('1')
      const section = page.locator('#a-reviser')
      const text = (await section.textContent()) ?? ''
      expect(text).toContain('Fer et grossesse : repérer l’anémie')
      expect(text).toContain('Soumis par Éditrice Lavoie')
      expect(text).toContain('Nouveau contenu')
      expect(text).toContain('merci de vérifier les doses de fer')
      expect(text).toMatch(/Révision attendue d’ici le \d{1,2} \S+ \d{4}/)
      // Neither the team's draft nor the contributor's draft is the committee's work.
      expect(text).not.toContain('Brouillon de l’équipe')
      expect(text).not.toContain('Collations à petit budget')

      const link = section.getByRole('link', { name: 'Fer et grossesse : repérer l’anémie' })
      const href = await link.getAttribute('href')
      // The review view (« ce qui a changé ») when the admin has it, else the item itself.
      expect(href).toMatch(new RegExp(`^/admin/collections/fact-sheets/${submittedId}(/changes)?$`))
      await Promise.all([
        page.waitForURL((u) => u.pathname === href, { timeout: 120_000 }),
        link.click(),
      ])
      if (!href!.endsWith('/changes'))
        await page.waitForSelector('#workflow-state', { timeout: 240_000 })
      expect(new URL(page.url()).pathname).toBe(href)
    } finally {
      await page.context().close()
    }
  }, 600_000)

  it('the reviewer’s home page has no axe violation in its own components', async () => {
    const page = await homeAs('reviewer@e2e.local')
    try {
      await noAxeViolations(page)
    } finally {
      await page.context().close()
    }
  }, 600_000)

  it('a contributor sees their own contribution only, with its state', async () => {
    const page = await homeAs('contributor@e2e.local')
    try {
      expect(await countOf(page, 'mes-contributions')).toBe('1')
      const text = (await page.textContent('.nlv-q')) ?? ''
      expect(text).toContain('Collations à petit budget (contribution)')
      expect(text).toContain('Brouillon')
      expect(text).not.toContain('Fer et grossesse')
      expect(text).not.toContain('Brouillon de l’équipe')
      expect(await page.$('#a-reviser')).toBeNull()
      const href = await page
        .getByRole('link', { name: 'Collations à petit budget (contribution)' })
        .getAttribute('href')
      expect(href).toBe(`/admin/collections/fact-sheets/${contributionId}`)
      await noAxeViolations(page)
    } finally {
      await page.context().close()
    }
  }, 600_000)

  it('an editor sees their drafts; an admin sees both sides', async () => {
    const editor = await homeAs('editor@e2e.local')
    try {
      expect(await countOf(editor, 'mes-brouillons')).toBe('1')
      expect(await editor.textContent('#mes-brouillons')).toContain('Brouillon de l’équipe')
      expect(
        await editor.getByRole('link', { name: 'Brouillon de l’équipe' }).getAttribute('href'),
      ).toBe(`/admin/collections/fact-sheets/${editorDraftId}`)
      await noAxeViolations(editor)
    } finally {
      await editor.context().close()
    }
    const admin = await homeAs('admin@e2e.local')
    try {
      for (const id of ['a-reviser', 'mes-brouillons', 'echecs', 'revisions-en-retard'])
        expect(await admin.$(`#${id}`)).not.toBeNull()
      await noAxeViolations(admin)
    } finally {
      await admin.context().close()
    }
  }, 600_000)

  it.runIf(Boolean(shots))(
    'screenshots of each role’s home page',
    async () => {
      for (const role of ['reviewer', 'editor', 'admin', 'contributor'])
        await screenshot(`${role}@e2e.local`, role)
    },
    900_000,
  )
})
