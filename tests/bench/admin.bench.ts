/**
 * `pnpm bench` (the tests package's part; alone: `pnpm --filter @nlv/tests bench`): the speed
 * of the admin as its users meet it, in Chromium, on the CMS's production build
 * (tests/admin/cmsServer.ts: build reused while unchanged, committed migrations, `next start`)
 * with the seed content loaded and 40 more demonstration fact sheets (a list of 50).
 *
 * Measured, each `BENCH_RUNS` times (default 5) after one warm-up, median printed:
 * - login: from the click on « Connexion » to the admin's home usable;
 * - home: `/admin` to its content shown;
 * - list of 50: `/admin/collections/fact-sheets?limit=50` to its 50th row;
 * - edit/review view: a fact sheet to its form and its review panel loaded;
 * - each workflow action (submit, approve, publish): from the click (or the confirmation's
 *   click, where a dialog asks) to the panel showing the new state and its buttons again.
 * « Usable » is the element a person waits for, visible; no skeleton counted as done.
 * Targets (issue 13): pages ≤ 1.5 s, actions ≤ 1 s. The bench reports, it does not fail.
 *
 * `BENCH_CHECKOUT=/path/to/other/checkout` measures another checkout of the repository (its
 * own production build) with this script: how the « before » numbers were taken.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { adminApi } from '../helpers/adminApi'
import { launchBrowser } from '../helpers/browser'
import { startCms } from '../admin/cmsServer'

const runs = Number(process.env.BENCH_RUNS ?? 5)
const checkout = process.env.BENCH_CHECKOUT ? path.resolve(process.env.BENCH_CHECKOUT) : undefined
const PASSWORD = 'bench-seed-password-0123456789'
const targets = { page: 1500, action: 1000 }

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

async function main() {
  console.log(`[bench] starting the CMS (production build${checkout ? ` of ${checkout}` : ''})…`)
  const cms = await startCms({
    seed: true,
    checkout,
    env: { SEED_PASSWORD: PASSWORD },
    timeoutMs: 900_000,
  })
  let browser: Browser | undefined
  try {
    const { api, login: loginAs } = adminApi(() => cms.url, PASSWORD)
    const token = (role: string) => loginAs(`${role}@nourrirlavie.local`)
    const editorToken = await token('editor')
    const existing = (await api('fact-sheets?limit=0&draft=true', { token: editorToken }))
      .totalDocs as number
    for (let i = existing; i < 50; i++) {
      await api('fact-sheets?draft=true', {
        method: 'POST',
        token: editorToken,
        body: {
          title: `Fiche de démonstration n° ${i + 1} (banc d’essai)`,
          summary: 'Contenu de démonstration créé par le banc d’essai de l’administration.',
          keyMessages: [{ text: 'Démonstration : ce contenu n’est pas une information de santé.' }],
        },
      })
    }
    // One document per measured action loop (plus the warm-up).
    const docs: number[] = []
    for (let i = 0; i <= runs; i++) {
      const created = await api('fact-sheets?draft=true', {
        method: 'POST',
        token: editorToken,
        body: {
          title: `Démonstration du circuit n° ${i + 1} (banc d’essai)`,
          summary: 'Contenu de démonstration pour mesurer les actions du circuit de révision.',
          keyMessages: [{ text: 'Démonstration : ce contenu n’est pas une information de santé.' }],
        },
      })
      docs.push(created.doc.id)
    }

    browser = await launchBrowser()
    const session = async () => {
      const context = await browser!.newContext({
        locale: 'fr-CA',
        viewport: { width: 1400, height: 1000 },
      })
      const page = await context.newPage()
      page.setDefaultTimeout(120_000)
      return { context, page }
    }
    const usable = async (page: Page, url: string, ...selectors: string[]) => {
      const t0 = performance.now()
      await page.goto(url, { waitUntil: 'commit' })
      for (const selector of selectors) await page.waitForSelector(selector, { state: 'visible' })
      return performance.now() - t0
    }
    const login = async (page: Page, role: string) => {
      await page.goto(`${cms.url}/admin/login`)
      await page.fill('#field-email', `${role}@nourrirlavie.local`)
      await page.fill('#field-password', PASSWORD)
      const t0 = performance.now()
      await page.click('button[type="submit"]')
      await page.waitForURL((u) => !u.pathname.endsWith('/login'))
      await page.waitForSelector('.dashboard, main .gutter, #workflow-queues', { state: 'visible' })
      return performance.now() - t0
    }
    /** Clicks a workflow action (and its confirmation, if one asks) until the new state shows. */
    const act = async (page: Page, action: string, state: string) => {
      await page.waitForSelector(`#workflow-action-${action}:not([disabled])`)
      let t0 = performance.now()
      await page.click(`#workflow-action-${action}`)
      const first = await page.waitForSelector(
        `dialog[open] #confirm-dialog-ok, #workflow-panel[data-state="${state}"] #workflow-state`,
      )
      if ((await first.getAttribute('id')) === 'confirm-dialog-ok') {
        t0 = performance.now()
        await first.click()
      }
      await page.waitForSelector(`#workflow-panel[data-state="${state}"] #workflow-state`, {
        state: 'visible',
      })
      // Its buttons are back (the panel is usable for the next step).
      await page.waitForFunction(
        () => !document.querySelector('#workflow-panel [aria-busy="true"]'),
      )
      return performance.now() - t0
    }

    const results: Record<string, number[]> = {
      login: [],
      home: [],
      'list of 50': [],
      'edit/review view': [],
      submit: [],
      approve: [],
      publish: [],
    }
    const editor = await session()
    const reviewer = await session()
    for (let i = 0; i <= runs; i++) {
      const keep = i > 0 // the first run warms up the server's caches and the browser's
      const note = (name: string, ms: number) => keep && results[name]!.push(ms)
      await editor.context.clearCookies()
      note('login', await login(editor.page, 'editor'))
      if (i === 0) await login(reviewer.page, 'reviewer')
      note('home', await usable(editor.page, `${cms.url}/admin`, '.dashboard, #workflow-queues'))
      note(
        'list of 50',
        await usable(
          editor.page,
          `${cms.url}/admin/collections/fact-sheets?limit=50`,
          'table tbody tr:nth-child(50)',
        ),
      )
      const doc = `${cms.url}/admin/collections/fact-sheets/${docs[i]}`
      note(
        'edit/review view',
        await usable(
          editor.page,
          doc,
          '#field-title',
          '#workflow-panel[data-state="draft"][data-ready="true"] #workflow-state',
        ),
      )
      note('submit', await act(editor.page, 'submit', 'in_review'))
      await reviewer.page.goto(doc)
      await reviewer.page.waitForSelector(
        '#workflow-panel[data-state="in_review"][data-ready="true"]',
      )
      note('approve', await act(reviewer.page, 'approve', 'approved'))
      await editor.page.goto(doc)
      await editor.page.waitForSelector('#workflow-panel[data-state="approved"][data-ready="true"]')
      note('publish', await act(editor.page, 'publish', 'published'))
      process.stdout.write(`[bench] run ${i}/${runs} done\n`)
    }

    console.log(`\nAdmin speed (${runs} runs, median; production build, seeded database)`)
    for (const [name, xs] of Object.entries(results)) {
      const isAction = ['submit', 'approve', 'publish'].includes(name)
      const target = isAction ? targets.action : targets.page
      const m = median(xs)
      console.log(
        `  ${name.padEnd(18)} ${String(Math.round(m)).padStart(6)} ms   (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}; target ≤ ${target} ms: ${m <= target ? 'met' : 'MISSED'})`,
      )
    }
  } finally {
    await browser?.close()
    await cms.stop()
  }
}

await main()
