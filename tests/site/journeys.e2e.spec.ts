/**
 * What a practitioner does, in a real browser: walk home → list → fiche → print with the
 * keyboard alone; print a fiche on at most two Letter pages; watch a webinar without the
 * page contacting the video host before the click; copy a publication's citation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline, type OfflineLog } from '../helpers/offline'

let site: FixtureSite
let browser: Browser
let context: BrowserContext
let page: Page
let offline: OfflineLog

beforeAll(async () => {
  site = await startFixtureSite()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1024, height: 800 } })
  page = await context.newPage()
  offline = await keepOffline(page, site.url)
})
afterEach(async () => {
  await context.close()
})

/** What has the keyboard focus: its tag, text, href and whether its focus ring shows. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return null
    const style = getComputedStyle(el)
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href'),
      ringVisible:
        (style.outlineStyle !== 'none' && style.outlineColor !== 'rgba(0, 0, 0, 0)') ||
        style.boxShadow !== 'none',
    }
  })

/** Presses Tab until `match` has the focus (at most `limit` times). */
async function tabTo(
  match: (f: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  limit = 200,
) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab')
    const f = await focused()
    if (f && match(f)) return f
  }
  throw new Error(`nothing matching got the focus after ${limit} Tab presses`)
}

describe('keyboard only', () => {
  it('walks home → list → fiche → print, with the focus always visible', async () => {
    await page.addInitScript(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed += 1
      }
    })
    await page.goto(`${site.url}/`)

    // The first Tab reaches the skip link, which moves the focus to the main content.
    await page.keyboard.press('Tab')
    const skip = await focused()
    expect(skip?.text).toBe('Aller au contenu principal')
    expect(skip?.ringVisible).toBe(true)
    expect(await page.locator('.skip-link').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect((await focused())?.id).toBe('contenu')

    // Back to the top, through the navigation to the fiches.
    await page.goto(`${site.url}/`)
    const nav = await tabTo((f) => f.href === '/fiches/')
    expect(nav.ringVisible).toBe(true)
    await Promise.all([page.waitForURL(`${site.url}/fiches/`), page.keyboard.press('Enter')])

    // From the list to a fiche.
    const card = await tabTo((f) => f.href === '/fiches/acide-folique-grossesse/')
    expect(card.ringVisible).toBe(true)
    await Promise.all([
      page.waitForURL(`${site.url}/fiches/acide-folique-grossesse/`),
      page.keyboard.press('Enter'),
    ])
    expect(await page.locator('h1').textContent()).toBe(
      "L'acide folique avant et pendant la grossesse",
    )

    // The print button prints.
    const print = await tabTo((f) => f.tag === 'button' && f.text === 'Imprimer')
    expect(print.ringVisible).toBe(true)
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
    await page.keyboard.press('Space')
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(2)
  })

  it('pages through a list with plain links', async () => {
    await page.goto(`${site.url}/fiches/`)
    await tabTo((f) => f.href === '/fiches/page/2/' && f.text.startsWith('Page suivante'))
    await Promise.all([page.waitForURL(`${site.url}/fiches/page/2/`), page.keyboard.press('Enter')])
    expect(await page.locator('article.card').count()).toBe(3)
  })
})

describe('print', () => {
  it('puts a typical fiche on at most two Letter pages, with its address and date', async () => {
    await page.goto(`${site.url}/fiches/acide-folique-grossesse/`)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.site-header').isVisible()).toBe(false)
    expect(await page.locator('.print-button').isVisible()).toBe(false)
    const source = page.locator('.print-source')
    expect(await source.isVisible()).toBe(true)
    expect(await source.textContent()).toContain('/fiches/acide-folique-grossesse/')
    expect(await source.textContent()).toContain('Mis à jour le 2 septembre 2025')
    const pdf = await page.pdf({ format: 'Letter' })
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
    expect(pages.length).toBeGreaterThan(0)
    expect(pages.length).toBeLessThanOrEqual(2)
  })
})

describe('webinar video', () => {
  const path = '/webinaires/soutenir-allaitement-vulnerabilite/'
  const videoHost = /youtube|ytimg|googlevideo|vimeo/

  it('contacts no video host until the visitor clicks, then loads the privacy-friendly player', async () => {
    await page.goto(site.url + path)
    await page.waitForLoadState('networkidle')
    expect(offline.external.filter((url) => videoHost.test(url))).toEqual([])
    expect(await page.locator('iframe').count()).toBe(0)
    expect(await page.locator('.video__consent').textContent()).toContain(
      'Aucune connexion à YouTube',
    )

    await page.getByRole('button', { name: 'Lire la vidéo' }).click()
    const frame = page.locator('.video iframe')
    await frame.waitFor()
    expect(await frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?autoplay=1',
    )
    expect(await frame.getAttribute('title')).toBe(
      'Vidéo\u00a0: Soutenir l’allaitement en contexte de vulnérabilité',
    )
    expect(offline.external.every((url) => url.includes('youtube-nocookie.com'))).toBe(true)
  })

  it('seeks the video from a chapter link', async () => {
    await page.goto(site.url + path)
    await page.getByRole('link', { name: /Ce que disent les données québécoises/ }).click()
    const frame = page.locator('.video iframe')
    await frame.waitFor()
    expect(await frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=245&autoplay=1',
    )
    expect(page.url()).toBe(site.url + path)
    await page.getByRole('link', { name: 'Aller à 40:05' }).click()
    expect(await frame.getAttribute('src')).toBe(
      'https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=2405&autoplay=1',
    )
  })
})

describe('publication', () => {
  it('copies its citation with the copy button', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url })
    await page.goto(`${site.url}/publications/cout-ppne-montreal-2024/`)
    await page.getByRole('button', { name: 'Copier la référence' }).click()
    await page.getByRole('status').filter({ hasText: 'Référence copiée' }).waitFor()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toMatch(
      /^Bélanger, Geneviève et Ouellet, Marc-André\. \(2024\)\. Le coût du Panier/,
    )
  })
})
