/**
 * The expert review loop in the real admin, in French: the editor submits, a reviewer comments
 * and requests changes, the editor revises and resubmits, the reviewer resolves and approves,
 * the editor publishes; the public API then serves the revised, approved text. (The CMS's
 * production build: tests/admin/cmsServer.ts.)
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { type RunningCms, startCms } from './cmsServer'

const PASSWORD = 'test-password-1'
let cms: RunningCms
let browser: Browser
let docId: number

const { api, login } = adminApi(() => cms.url)

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
  const created = await api('fact-sheets?draft=true', {
    method: 'POST',
    token: await login('editor@e2e.local'),
    body: {
      title: 'Acide folique avant la grossesse',
      summary: 'Prendre un supplément.',
      keyMessages: [{ text: 'Commencer trois mois avant la conception.' }],
    },
  })
  docId = created.doc.id
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
})

/** A browser session of one user, in French, on the document's edit view. */
async function sessionAs(email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'fr-CA',
    viewport: { width: 1400, height: 1000 },
  })
  const page = await context.newPage()
  await page.goto(`${cms.url}/admin/login`, { timeout: 240_000 })
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 120_000 })
  return { context, page }
}

async function openDoc(page: Page) {
  await page.goto(`${cms.url}/admin/collections/fact-sheets/${docId}`, { timeout: 240_000 })
  // Hydrated (data-ready): the panel is rendered on the server, and a click before React runs
  // does nothing.
  await page.waitForSelector('#workflow-panel[data-ready="true"] #workflow-state', {
    timeout: 240_000,
  })
}

async function expectState(page: Page, label: string) {
  await page.waitForFunction(
    (text) => document.querySelector('#workflow-state')?.textContent?.trim() === text,
    label,
    { timeout: 60_000 },
  )
}

/**
 * Clicks a workflow button (and confirms, where a dialog asks) and waits for the panel to
 * show the new state, updated in place: the page is not reloaded.
 */
async function act(page: Page, action: string, state: string) {
  await page.waitForSelector(`#workflow-action-${action}:not([disabled])`, { timeout: 60_000 })
  await page.evaluate(
    () => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true),
  )
  await page.click(`#workflow-action-${action}`)
  const dialog = page.locator('dialog[open] #confirm-dialog-ok')
  if (['publish', 'archive'].includes(action)) await dialog.click({ timeout: 30_000 })
  await expectState(page, state)
  expect(
    await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
  ).toBe(true)
}

const actions = (page: Page) =>
  page.$$eval('[id^="workflow-action-"]', (buttons) =>
    buttons.map((b) => b.id.replace('workflow-action-', '')),
  )

describe('the review loop in the admin', () => {
  it('editor submits, reviewer requests changes, editor revises, reviewer approves, editor publishes', async () => {
    try {
      const editor = await sessionAs('editor@e2e.local')
      const reviewer = await sessionAs('reviewer@e2e.local')

      // The editor sees the draft, only the workflow's buttons, and no stock publish button.
      await openDoc(editor.page)
      await expectState(editor.page, 'Brouillon')
      expect(await editor.page.locator('#action-save').count()).toBe(0)
      expect(await actions(editor.page)).toEqual(['submit'])
      await editor.page.fill('#workflow-message', 'Première version, prête pour le comité.')
      await act(editor.page, 'submit', 'En révision')

      // The reviewer reads it, cannot edit it, comments on the summary and requests changes.
      await openDoc(reviewer.page)
      await expectState(reviewer.page, 'En révision')
      // The expected next step comes first, as the one primary button.
      expect(await actions(reviewer.page)).toEqual(['approve', 'request_changes'])
      expect(await reviewer.page.locator('#action-save-draft').count()).toBe(0)
      await reviewer.page.fill(
        '#workflow-comment-body',
        'Indiquer la dose : 0,4 mg d’acide folique par jour.',
      )
      await reviewer.page.selectOption('#workflow-comment-field', 'summary')
      await reviewer.page.check('#workflow-comment-change-request')
      await reviewer.page.click('#workflow-comment-submit')
      await reviewer.page.waitForSelector('.workflow-comment[data-kind="change_request"]')
      await reviewer.page.waitForSelector('#workflow-action-approve[disabled]')
      await reviewer.page.fill('#workflow-message', 'Voir le commentaire sur le résumé.')
      await act(reviewer.page, 'request_changes', 'Modifications demandées')

      // The editor revises the summary, saves, replies and resubmits.
      await openDoc(editor.page)
      await expectState(editor.page, 'Modifications demandées')
      await editor.page.waitForSelector('.workflow-comment[data-kind="change_request"]')
      await editor.page.fill(
        '#field-summary',
        'Prendre 0,4 mg d’acide folique par jour, dès trois mois avant la conception.',
      )
      await editor.page.click('#action-save-draft')
      await editor.page.waitForFunction(
        () =>
          !document
            .querySelector('#workflow-panel')
            ?.textContent?.includes('Enregistrez vos modifications'),
        null,
        {
          timeout: 60_000,
        },
      )
      await editor.page.click('.workflow-reply')
      await editor.page.fill('.workflow-reply-body', 'Dose ajoutée au résumé.')
      await editor.page.getByRole('button', { name: 'Envoyer la réponse' }).click()
      await editor.page.waitForSelector('.workflow-comment-text >> text=Dose ajoutée au résumé.')
      await act(editor.page, 'submit', 'En révision')

      // The reviewer resolves the request, then approves this version.
      await openDoc(reviewer.page)
      await expectState(reviewer.page, 'En révision')
      await reviewer.page.click('.workflow-comment[data-kind="change_request"] .workflow-resolve')
      await reviewer.page.waitForSelector(
        '.workflow-comment[data-kind="change_request"][data-resolved="true"]',
      )
      await act(reviewer.page, 'approve', 'Approuvé')

      // The editor publishes; the public API serves the approved text.
      await openDoc(editor.page)
      await expectState(editor.page, 'Approuvé')
      await act(editor.page, 'publish', 'Publié')
      const history = await editor.page.$$eval('.workflow-event', (items) =>
        items.map((i) => i.getAttribute('data-action')),
      )
      expect(history).toEqual(['publish', 'approve', 'submit', 'request_changes', 'submit'])
      const online = await api(`fact-sheets/${docId}`)
      expect(online._status).toBe('published')
      expect(online.summary).toBe(
        'Prendre 0,4 mg d’acide folique par jour, dès trois mois avant la conception.',
      )
      expect(online.review.reviewers.map((r: { name: string }) => r.name)).toEqual([
        'Dre Réviseure',
      ])

      // The state is a column of the list, and the item is on the re-review list (due in 24 months).
      await editor.page.goto(`${cms.url}/admin/collections/fact-sheets`, { timeout: 240_000 })
      await editor.page.waitForSelector('.cell-workflowState', { timeout: 240_000 })
      expect((await editor.page.textContent('.cell-workflowState'))?.trim()).toBe('Publié')
      await editor.page.goto(`${cms.url}/admin/revisions?within=1000`, { timeout: 240_000 })
      await editor.page.waitForSelector('#review-due', { timeout: 240_000 })
      expect(await editor.page.textContent('#review-due h2')).toContain('Dre Réviseure')
      expect(
        await editor.page
          .locator('#review-due a', { hasText: 'Acide folique avant la grossesse' })
          .count(),
      ).toBe(1)
    } catch (error) {
      console.error(cms.log().slice(-3000))
      throw error
    }
  }, 900_000)
})
