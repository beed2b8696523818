/**
 * The review panel in the real admin (production build, French), with the jobs running as in
 * production (site builds every 3 s, the real Astro + Pagefind build) and the live site served:
 *
 * 1. The editor and the committee move an item draft → changes requested → approved →
 *    published: one primary button per state, read-only while « En révision », the
 *    confirmation dialog before publishing (Échap cancels), every action in place.
 * 2. The live status goes « Mise en ligne en cours… » → « En ligne depuis … » and the public
 *    link answers with the page; the header says « En ligne » only then.
 * 3. A failed build (the data folder cannot take a new build) shows on the document, in French.
 * 4. The build log speaks French (one « En ligne », titles, seconds); the rollback lists what
 *    would disappear and asks first.
 * 5. A walk of the admin's screens in French fails on Payload's known fallback strings, and axe
 *    (WCAG 2.2 AA) finds nothing in our own components; Payload's own findings are printed.
 *
 * NLV_SCREENSHOTS=<folder> also saves the panel in each state and the build log, at 1400 px
 * and 390 px.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { freePort, type RunningCms, startCms } from './cmsServer'

const PASSWORD = 'test-password-1'
const TITLE = 'Vitamine D pendant l’allaitement'
const shots = process.env.NLV_SCREENSHOTS
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
/** Our own components: a violation inside one of these fails the test. */
const ours = ['#workflow-panel', '.nlv-', '#publication-', '#review-due', 'dialog', '#rollback']
const fallbacks = [
  /un\(e\)/,
  /nouveau ou nouvelle/,
  /Bloc bascule/,
  /Paramètres régionaux/,
  /\bundefined\b/,
  /\d\s?(AM|PM)\b/,
]

let cms: RunningCms
let site: Server
let siteUrl: string
let browser: Browser
let docId: number
const upstream = new Map<string, Set<string>>()

const { api, login } = adminApi(() => cms.url, PASSWORD)

const factSheet = (title: string) => ({
  title,
  summary: 'Un supplément de 400 UI par jour est recommandé au bébé allaité.',
  keyMessages: [{ text: 'Donner la vitamine D au bébé dès la naissance.' }],
})

/** See the describe.skip below: nothing is started while the suite is skipped. */
const suiteSkipped = false

beforeAll(async () => {
  if (suiteSkipped) return
  const sitePort = await freePort()
  siteUrl = `http://localhost:${sitePort}`
  cms = await startCms({ jobs: true, siteUrl })
  const { createLiveSiteServer } = await import('@nlv/cms/publishing/liveSiteServer')
  site = createLiveSiteServer({ liveDir: path.join(cms.dataDir, 'live'), cmsUrl: cms.url })
  await new Promise<void>((resolve) => site.listen(sitePort, resolve))
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
    body: factSheet(TITLE),
  })
  docId = created.doc.id
  browser = await launchBrowser()
}, 1_800_000)

afterAll(async () => {
  if (upstream.size) {
    console.log('[a11y] upstream (Payload’s own components):')
    for (const [rule, where] of upstream)
      console.log(`  ${rule}: ${[...where].slice(0, 4).join(' | ')}`)
  }
  await browser?.close()
  await new Promise((r) => (site ? site.close(r) : r(null)))
  await cms?.stop()
})

async function sessionAs(
  email: string,
  width = 1400,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fr-CA', viewport: { width, height: 1000 } })
  const page = await context.newPage()
  page.setDefaultTimeout(120_000)
  await page.goto(`${cms.url}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((u) => !u.pathname.endsWith('/login'))
  return { context, page }
}

const docUrl = (id = docId) => `${cms.url}/admin/collections/fact-sheets/${id}`

async function openDoc(page: Page, id = docId) {
  await page.goto(docUrl(id))
  // Hydrated, with the saved version's status: the server-rendered panel is on the page
  // before React runs, and a click then does nothing (CI once read the header's « … » here).
  await page.waitForSelector('#workflow-panel[data-ready="true"] #workflow-state')
}

async function expectState(page: Page, label: string) {
  await page.waitForFunction(
    (text) => document.querySelector('#workflow-state')?.textContent?.trim() === text,
    label,
    { timeout: 60_000 },
  )
}

/** The buttons in order, and which is styled as primary. */
const buttons = (page: Page) =>
  page.$$eval('[id^="workflow-action-"]', (els) =>
    els.map((b) => ({
      action: b.id.replace('workflow-action-', ''),
      primary: b.className.includes('btn--style-primary'),
    })),
  )

async function act(page: Page, action: string, state: string) {
  await page.waitForSelector(`#workflow-action-${action}:not([disabled])`)
  await page.evaluate(() => ((window as unknown as { __same: boolean }).__same = true))
  await page.click(`#workflow-action-${action}`)
  if (['publish', 'archive'].includes(action)) await page.click('dialog[open] #confirm-dialog-ok')
  await expectState(page, state)
  // Updated in place: the page was not reloaded.
  expect(await page.evaluate(() => (window as unknown as { __same?: boolean }).__same)).toBe(true)
}

async function shoot(page: Page, name: string, selector = '#workflow-panel') {
  if (!shots) return
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: false })
  const el = page.locator(selector).first()
  if (await el.count()) await el.screenshot({ path: path.join(shots, `${name}-detail.png`) })
}

/** Shoots the document at 390 px too (a phone), for the report. */
async function shootNarrow(email: string, name: string, id = docId) {
  if (!shots) return
  const narrow = await sessionAs(email, 390)
  await openDoc(narrow.page, id)
  await narrow.page.locator('#workflow-panel').scrollIntoViewIfNeeded()
  await shoot(narrow.page, `${name}-390`)
  await narrow.context.close()
}

async function checkScreen(page: Page, name: string) {
  const text = await page.evaluate(() => document.body.innerText)
  for (const pattern of fallbacks) {
    expect(
      text,
      `${name}: fallback string ${pattern} in « ${text.match(pattern)?.[0]} »`,
    ).not.toMatch(pattern)
  }
  const results = await new AxeBuilder({ page: page as never }).withTags(wcagTags).analyze()
  const mine: string[] = []
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const where = node.target.join(' ')
      const html = node.html
      if (ours.some((o) => where.includes(o) || html.includes(o.replace(/^[#.]/, ''))))
        mine.push(`${v.id}: ${where}`)
      else {
        if (!upstream.has(v.id)) upstream.set(v.id, new Set())
        upstream.get(v.id)!.add(`${name} ${where}`)
      }
    }
  }
  expect(mine, `${name}: axe violations in our own components`).toEqual([])
}

// Skipped: after this session's merge its four tests time out in CI's run (waiting for the
// panel's state label after an action, for the failed-build line, and for <main> on the walk of
// the admin in French); they passed only in part before the merge. The panel's server side is
// covered by cms/test/review-panel.int.spec.ts, and the admin's review loop by
// admin/workflow.e2e.spec.ts. To fix first in the next session (issue 13 stays open).
describe('the review panel in the real admin', () => {
  it('draft → changes requested → approved → published, with one primary action and a confirmation; live status en cours → en ligne with a working public link', async () => {
    try {
      const editor = await sessionAs('editor@e2e.local')
      const reviewer = await sessionAs('reviewer@e2e.local')

      await openDoc(editor.page)
      await expectState(editor.page, 'Brouillon')
      expect(await buttons(editor.page)).toEqual([{ action: 'submit', primary: true }])
      await shoot(editor.page, '1-draft')
      await shootNarrow('editor@e2e.local', '1-draft')
      await act(editor.page, 'submit', 'En révision')

      // Read-only in review, for the editor: the form's fields are disabled, the panel says why.
      await editor.page.waitForSelector('#workflow-read-only')
      await editor.page.waitForFunction(() => {
        const title = document.querySelector<HTMLInputElement>('#field-title')
        return Boolean(title?.disabled || title?.readOnly)
      })

      await openDoc(reviewer.page)
      expect(await buttons(reviewer.page)).toEqual([
        { action: 'approve', primary: true },
        { action: 'request_changes', primary: false },
      ])
      await shoot(reviewer.page, '2-in-review')
      await shootNarrow('reviewer@e2e.local', '2-in-review')
      await reviewer.page.fill(
        '#workflow-message',
        'Préciser la dose pour la personne qui allaite.',
      )
      await act(reviewer.page, 'request_changes', 'Modifications demandées')

      // The editor's expected step is to resubmit; going back to draft is secondary.
      await openDoc(editor.page)
      await expectState(editor.page, 'Modifications demandées')
      expect(await buttons(editor.page)).toEqual([
        { action: 'submit', primary: true },
        { action: 'withdraw', primary: false },
      ])
      await shoot(editor.page, '3-changes-requested')
      await shootNarrow('editor@e2e.local', '3-changes-requested')
      await editor.page.fill(
        '#field-summary',
        'Un supplément de 400 UI de vitamine D par jour est recommandé au bébé allaité.',
      )
      await editor.page.click('#action-save-draft')
      await editor.page.waitForFunction(
        () =>
          !document
            .querySelector('#workflow-panel')
            ?.textContent?.includes('Enregistrez vos modifications'),
      )
      await act(editor.page, 'submit', 'En révision')

      await openDoc(reviewer.page)
      await act(reviewer.page, 'approve', 'Approuvé')

      // Publishing asks first, in a dialog; Échap cancels and nothing happens.
      await openDoc(editor.page)
      await expectState(editor.page, 'Approuvé')
      expect((await buttons(editor.page))[0]).toEqual({ action: 'publish', primary: true })
      await shoot(editor.page, '4-approved')
      await shootNarrow('editor@e2e.local', '4-approved')
      await editor.page.click('#workflow-action-publish')
      const dialog = editor.page.getByRole('dialog', { name: `Publier « ${TITLE} » ?` })
      await dialog.waitFor()
      await shoot(editor.page, '5-publish-dialog', 'dialog[open]')
      await checkScreen(editor.page, 'publish dialog')
      await editor.page.keyboard.press('Escape')
      await dialog.waitFor({ state: 'hidden' })
      await expectState(editor.page, 'Approuvé')
      await act(editor.page, 'publish', 'Publié')

      // Honest: « en cours » until the build that carries this version is live.
      await editor.page.waitForSelector(
        '#publication-line[data-publication="pending"], #publication-line[data-publication="live"]',
      )
      const firstSeen = await editor.page.getAttribute('#publication-line', 'data-publication')
      if (firstSeen === 'pending') {
        expect(await editor.page.textContent('#publication-line')).toContain(
          'Mise en ligne en cours…',
        )
        expect(await editor.page.textContent('#publication-status')).toBe('Mise en ligne en cours…')
        await shoot(editor.page, '6-publishing')
        // The public page is not there yet.
        const slug = (await api(`fact-sheets/${docId}`)).slug
        expect((await fetch(`${siteUrl}/fiches/${slug}/`)).status).not.toBe(200)
      }
      await editor.page.waitForSelector('#publication-line[data-publication="live"]', {
        timeout: 600_000,
      })
      expect(await editor.page.textContent('#publication-line')).toMatch(
        /En ligne depuis \d{1,2} h \d{2}/,
      )
      expect(await editor.page.textContent('#publication-status')).toBe('En ligne')
      const href = await editor.page.getAttribute('.publication-link[data-locale="fr"]', 'href')
      expect(href).toMatch(new RegExp(`^${siteUrl}/fiches/`))
      const page = await fetch(href!)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('Vitamine D pendant l’allaitement')
      await shoot(editor.page, '7-published-live')
      await shootNarrow('editor@e2e.local', '7-published-live')
      await checkScreen(editor.page, 'edit view (published)')
      await editor.context.close()
      await reviewer.context.close()
    } catch (error) {
      console.error(cms.log().slice(-3000))
      throw error
    }
  }, 1_200_000)

  it('a failed build shows on the document, in French, with what to do', async () => {
    const [editorToken, reviewerToken] = [
      await login('editor@e2e.local'),
      await login('reviewer@e2e.local'),
    ]
    const created = await api('fact-sheets?draft=true', {
      method: 'POST',
      token: editorToken,
      body: factSheet('Fer et grossesse'),
    })
    const id = created.doc.id as number
    for (const [action, token] of [
      ['submit', editorToken],
      ['approve', reviewerToken],
    ] as const)
      await api(`fact-sheets/${id}/workflow/${action}`, { method: 'POST', token, body: {} })
    // The next build cannot write its folder: builds/ is a file while it runs.
    const builds = path.join(cms.dataDir, 'builds')
    renameSync(builds, `${builds}.kept`)
    writeFileSync(builds, 'not a folder')
    try {
      await api(`fact-sheets/${id}/workflow/publish`, {
        method: 'POST',
        token: editorToken,
        body: {},
      })
      const editor = await sessionAs('editor@e2e.local')
      await openDoc(editor.page, id)
      await editor.page.waitForSelector('#publication-line[data-publication="failed"]', {
        timeout: 180_000,
      })
      const text = await editor.page.textContent('#publication-line')
      expect(text).toContain('Échec de la mise en ligne')
      expect(text).toContain('Reconstruire le site maintenant')
      await editor.page.waitForSelector('#publication-status[data-publication="failed"]')
      expect(await editor.page.textContent('#publication-status')).toBe('Échec de la mise en ligne')
      await shoot(editor.page, '8-build-failed')
      await shootNarrow('editor@e2e.local', '8-build-failed', id)
      await editor.context.close()
    } finally {
      rmSync(builds, { force: true })
      renameSync(`${builds}.kept`, builds)
    }
  }, 600_000)

  it('the build log speaks French; the rollback lists what would change and asks first', async () => {
    const admin = await sessionAs('admin@e2e.local')
    await admin.page.goto(`${cms.url}/admin/collections/site-builds`)
    await admin.page.waitForSelector('table tbody tr')
    const rows = await admin.page.$$eval('table tbody tr', (trs) =>
      trs.map((tr) => tr.textContent ?? ''),
    )
    expect(rows.filter((r) => r.includes('En ligne')).length).toBe(1)
    expect(rows.some((r) => r.includes(`Fiche « ${TITLE} » : publication`))).toBe(true)
    expect(rows.some((r) => r.includes('Échec'))).toBe(true)
    const all = rows.join('\n')
    expect(all).not.toMatch(/\bvrai\b|\bfaux\b|fact-sheets\/\d/)
    // A failed build has no count: « — », not Payload's « <Pas de Contenus publiés> ».
    expect(all).not.toContain('<Pas de')
    expect(all).toMatch(/\d+(,\d)? s\b/)
    await shoot(admin.page, '9-build-log', 'table')
    await checkScreen(admin.page, 'site builds')
    if (shots) {
      const narrow = await sessionAs('admin@e2e.local', 390)
      await narrow.page.goto(`${cms.url}/admin/collections/site-builds`)
      await narrow.page.waitForSelector('table tbody tr')
      await shoot(narrow.page, '9-build-log-390', 'table')
      await narrow.context.close()
    }

    // The first build (before the publish) is kept: rolling back to it would remove the item.
    const builds = await api('site-builds?sort=startedAt&where[status][equals]=succeeded', {
      token: await login('admin@e2e.local'),
    })
    const first = builds.docs[0]
    await admin.page.goto(`${cms.url}/admin/collections/site-builds/${first.id}`)
    await admin.page.click('#rollback-button')
    const dialog = admin.page.getByRole('dialog', {
      name: 'Remettre cette version du site en ligne ?',
    })
    await dialog.waitFor()
    expect(await admin.page.textContent('#rollback-disappear')).toContain(`Fiche « ${TITLE} »`)
    await shoot(admin.page, '10-rollback-dialog', 'dialog[open]')
    await checkScreen(admin.page, 'rollback dialog')
    await admin.page.click('#confirm-dialog-cancel')
    await dialog.waitFor({ state: 'hidden' })
    await admin.context.close()
  }, 300_000)

  it('walks the admin in French: no fallback strings, no axe violation in our components', async () => {
    const admin = await sessionAs('admin@e2e.local')
    const screens: [string, string, string][] = [
      ['dashboard', '/admin', 'main#workflow-queues'],
      ['revisions', '/admin/revisions', '#review-due, main'],
      ['users', '/admin/collections/users', 'table'],
      ['fact sheet versions', `/admin/collections/fact-sheets/${docId}/versions`, 'main'],
      ['site builds', '/admin/collections/site-builds', 'table'],
    ]
    for (const slug of ['fact-sheets', 'intervention-tools', 'webinars', 'publications']) {
      // Payload's list view has no <main> landmark of its own (upstream): its root element.
      screens.push([`${slug} list`, `/admin/collections/${slug}`, '.collection-list'])
      screens.push([`${slug} create`, `/admin/collections/${slug}/create`, '#field-title'])
    }
    screens.push(['fact sheet edit', `/admin/collections/fact-sheets/${docId}`, '#workflow-state'])
    for (const [name, pathname, ready] of screens) {
      await admin.page.goto(`${cms.url}${pathname}`)
      await admin.page.waitForSelector(ready)
      await admin.page.waitForLoadState('networkidle')
      await checkScreen(admin.page, name)
    }
    await admin.context.close()
  }, 600_000)
})
