/**
 * Search, in a real browser, on the site built from the fixture snapshot: French stemming
 * (against controls), facets and their counts, order, the state in the URL and the back
 * button, a transcript passage that opens the webinar at its time, accessibility, and what
 * the page says without JavaScript.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '@nlv/site/test/fixture-snapshot'
import { readPage } from '@nlv/site/test/read-site'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline } from '../helpers/offline'
import {
  afterUpdate,
  announcedTotal,
  bundleTexts,
  countValues,
  frenchItems,
  matching,
  openSearch,
  resultPaths,
  shownCounts,
  statusText,
} from './searchPage'

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const items = frenchItems(fixtureSnapshot())
const updatedAt = new Map(items.map((item) => [item.path, item.updatedAt]))

let site: FixtureSite
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  site = await startFixtureSite()
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
})
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  page = await context.newPage()
  await keepOffline(page, site.url)
})
afterEach(async () => {
  await context.close()
})

const search = (query: string, lang: 'fr' | 'en' = 'fr') =>
  openSearch(
    page,
    `${site.url}${lang === 'fr' ? '/recherche/' : '/en/search/'}?q=${encodeURIComponent(query)}`,
  )

/** The visible text of a built page's `<main>` (what the index reads), lower-cased. */
async function mainText(sitePath: string): Promise<string> {
  const html = await readPage(site.outDir, sitePath)
  const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? ''
  return main
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&rsquo;/g, '’')
    .toLowerCase()
}

describe('French stemming, against controls', () => {
  it('finds « allaitement » and « l’allaitement » for « allaiter »; an unrelated word finds nothing', async () => {
    const page1 = '/fiches/allaitement-retour-travail/'
    expect(await mainText(page1)).toContain('allaitement')
    expect(await mainText(page1)).not.toMatch(/allaiter/)

    await search('allaiter')
    const found = await resultPaths(page)
    expect(found).toContain(page1)
    // Typographic apostrophe: « l’allaitement » is found too.
    expect(found).toContain('/fiches/debut-allaitement/')

    await search('bicyclette')
    expect(await resultPaths(page)).toEqual([])
    expect(await statusText(page)).toContain('Aucun résultat pour « bicyclette »')
  })

  it('finds the only « prénataux » page for « prénatal », which a word of the same prefix does not reach', async () => {
    // Pagefind also matches prefixes (and falls back to the longest indexed prefix of an
    // unknown word): « prénatal » is no prefix of « prénataux », so only stemming joins them,
    // and the made-up « prénatol » (same first six letters) is the control.
    const webinar = '/webinaires/diabete-grossesse-petit-budget/'
    const text = await mainText(webinar)
    expect(text).toContain('prénataux')
    expect(text).not.toMatch(/prénatal/)

    await search('prénatal')
    expect(await resultPaths(page)).toContain(webinar)

    // As typed (`exact=1`): the typo rule would correct « prénatol » to an indexed word.
    await openSearch(page, `${site.url}/recherche/?q=pr%C3%A9natol&exact=1`)
    expect(await resultPaths(page)).not.toContain(webinar)
    expect(await resultPaths(page)).not.toContain('/fiches/acide-folique-grossesse/')
  })

  it('finds the only « enceinte » page for « enceintes »', async () => {
    const webinar = '/webinaires/diabete-grossesse-petit-budget/'
    const text = await mainText(webinar)
    expect(text).toMatch(/enceinte\b/)
    expect(text).not.toContain('enceintes')

    await search('enceintes')
    expect(await resultPaths(page)).toContain(webinar)
  })

  it('searches English pages in their own index', async () => {
    await search('breastfeeding', 'en')
    const found = await resultPaths(page)
    expect(found).toContain('/en/webinars/supporting-breastfeeding-vulnerability/')
    expect(found.every((p) => p.startsWith('/en/'))).toBe(true)

    await search('allaitement', 'en')
    expect((await resultPaths(page)).every((p) => p.startsWith('/en/'))).toBe(true)
  })
})

describe('results', () => {
  it('show type, title, highlighted excerpt, expert review date and themes', async () => {
    await search('folique')
    const first = page.locator('#search-results > li').first()
    await expect(first.locator('.badge').textContent()).resolves.toBe('Fiche')
    await expect(first.locator('h2').textContent()).resolves.toBe(
      'L’acide folique avant et pendant la grossesse',
    )
    await expect(first.locator('.result__excerpt mark').first().textContent()).resolves.toMatch(
      /folique/i,
    )
    await expect(first.locator('.result__facts').textContent()).resolves.toContain(
      "Révisé par le comité d'experts le 20 août 2025",
    )
    await expect(first.locator('.result__themes').textContent()).resolves.toContain('Suppléments')
  })

  it('come from item pages without their chrome, titles and key messages weighing more', async () => {
    const fragments = (await bundleTexts(site.outDir)).filter((f) =>
      f.file.startsWith('fragment/fr_'),
    )
    expect(fragments).toHaveLength(items.length)
    const pages = fragments.map(
      (f) => JSON.parse(f.text.replace(/^pagefind_dcd/, '')) as { url: string; content: string },
    )
    expect(pages.map((p) => p.url).sort()).toEqual(items.map((i) => i.path).sort())
    for (const { url, content } of pages) {
      // Header, footer, breadcrumbs, related items, print button, dates, video placeholder.
      for (const chrome of [
        'Navigation',
        'Fil RSS',
        'Accueil',
        'Contenus liés',
        'Imprimer',
        'Publié le',
        'Cette vidéo',
      ]) {
        expect(content, `${url} indexes « ${chrome} »`).not.toContain(chrome)
      }
    }
    const html = await readPage(site.outDir, '/fiches/acide-folique-grossesse/')
    expect(html).toMatch(/<h1 id="titre" data-pagefind-weight="10"[ >]/)
    expect(html).toMatch(/<ul data-pagefind-weight="5"[^>]*>/)
    // A word of a title ranks its page above pages that only mention it in the body.
    await search('fer')
    expect((await resultPaths(page))[0]).toBe('/fiches/fer-grossesse/')
  })

  it('appear while typing, and the status announces the count', async () => {
    await openSearch(page, `${site.url}/recherche/`)
    await expect(statusText(page)).resolves.toContain('Tapez un mot')
    await expect(page.locator('#search-status').getAttribute('role')).resolves.toBe('status')
    await page.locator('#search-query').pressSequentially('marraine', { delay: 30 })
    await page.waitForFunction(
      () =>
        document.getElementById('search-status')?.textContent?.replace(/\s+/g, ' ') ===
        '1 résultat pour « marraine »',
    )
    expect(await resultPaths(page)).toEqual(['/webinaires/soutenir-allaitement-vulnerabilite/'])
  })

  it('offer the theme hubs and removing a filter when nothing is found', async () => {
    await openSearch(page, `${site.url}/recherche/?q=fer&type=webinaires`)
    expect(await resultPaths(page)).toEqual([])
    await expect(page.locator('#search-browse').isVisible()).resolves.toBe(true)
    await expect(
      page.locator('#search-browse a[href="/themes/supplements/"]').isVisible(),
    ).resolves.toBe(true)
    const remove = page.getByRole('button', { name: 'Retirer le filtre Webinaires' })
    await afterUpdate(page, () => remove.click())
    expect(new URL(page.url()).search).toBe('?q=fer')
    expect(await resultPaths(page)).toContain('/fiches/fer-grossesse/')
    await expect(page.locator('#search-browse').isVisible()).resolves.toBe(false)
  })
})

describe('a transcript passage', () => {
  it('links to its timestamp, and the video starts there', async () => {
    await search('marraine')
    const passage = page.locator('#search-results .result__passages a').first()
    await expect(passage.textContent()).resolves.toBe('Transcription · 40:05')
    expect(new URL((await passage.getAttribute('href')) ?? '', site.url).hash).toBe('#t-2405')
    await expect(
      page.locator('#search-results .result__passages p mark').first().textContent(),
    ).resolves.toBe('marraine')

    await passage.click()
    await page.waitForURL(/#t-2405$/)
    const target = page.locator(':target')
    await expect(target.getAttribute('id')).resolves.toBe('t-2405')
    await expect(target.textContent()).resolves.toContain('marraine')
    // Nothing is loaded from the video host until the visitor plays; then it starts at 40:05.
    await expect(page.locator('.video iframe').count()).resolves.toBe(0)
    await page.getByRole('button', { name: 'Lire la vidéo' }).click()
    await expect(page.locator('.video iframe').getAttribute('src')).resolves.toContain('start=2405')
  })

  it('links a chapter title to the chapter', async () => {
    await search('glucides')
    const links = await page
      .locator('#search-results .result__passages a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')))
    expect(links).toContain('/webinaires/diabete-grossesse-petit-budget/#chapitre-600')
  })
})

describe('facets', () => {
  it('count every value of every facet', async () => {
    // Everything in French: each facet's counts are over all French items.
    await openSearch(page, `${site.url}/recherche/?langue=fr`)
    expect(await announcedTotal(page)).toBe(items.length)
    const expected = countValues(items)
    const shown = await shownCounts(page)
    for (const key of ['type', 'theme', 'public', 'periode', 'langue']) {
      expect(shown[key], key).toEqual(expected[key])
    }
    // Labels are French.
    const legends = await page.locator('#search-filters legend').allTextContents()
    expect(legends).toEqual(['Type de contenu', 'Thème', 'Public', 'Période', 'Offert en'])
  })

  it.each([
    ['type', 'outils'],
    ['theme', 'supplements'],
    ['public', 'travailleuses-sociales'],
    ['periode', 'postnatal'],
    ['langue', 'en'],
  ])('filter by %s = %s', async (key, value) => {
    await openSearch(page, `${site.url}/recherche/?${key}=${value}`)
    const expected = matching(items, { [key]: [value] })
    expect(await announcedTotal(page)).toBe(expected.length)
    const shown = await resultPaths(page)
    expect(shown.length).toBe(Math.min(10, expected.length))
    const paths = new Set(expected.map((item) => item.path))
    expect(shown.filter((p) => !paths.has(p))).toEqual([])
  })

  it('combine: any value within a facet, all facets together, with counts for what a tick would add', async () => {
    const selection = { type: ['fiches'], theme: ['supplements', 'allaitement'] }
    await openSearch(page, `${site.url}/recherche/?type=fiches&theme=supplements&theme=allaitement`)
    const expected = matching(items, selection)
    expect(expected.length).toBeGreaterThan(1)
    expect(await announcedTotal(page)).toBe(expected.length)
    expect((await resultPaths(page)).sort()).toEqual(expected.map((i) => i.path).sort())

    const shown = await shownCounts(page)
    // A facet's own counts ignore its own choice; other facets' counts honour everything.
    const nonZero = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))
    expect(nonZero(shown.type ?? {})).toEqual(
      countValues(matching(items, { theme: selection.theme })).type,
    )
    expect(nonZero(shown.theme ?? {})).toEqual(
      countValues(matching(items, { type: ['fiches'] })).theme,
    )
    expect(nonZero(shown.public ?? {})).toEqual(countValues(expected).public)
  })

  it('on a phone, stay folded and load their counts only when opened', async () => {
    await page.setViewportSize({ width: 390, height: 844 })
    await search('grossesse')
    await expect(page.locator('#search-filters').getAttribute('open')).resolves.toBeNull()
    await expect(page.locator('#search-results > li').count()).resolves.toBe(4)
    await expect(page.locator('.facet__count').first().textContent()).resolves.toBe('')
    await afterUpdate(page, () => page.locator('#search-filters summary').click())
    const counts = await shownCounts(page)
    expect(counts.type?.fiches).toBeGreaterThan(0)
    expect(Object.values(counts.type ?? {}).reduce((a, b) => a + b, 0)).toBe(
      await announcedTotal(page),
    )
  })

  it('count what a query finds, and ticking a value shows exactly that many', async () => {
    await search('grossesse')
    const total = await announcedTotal(page)
    const counts = await shownCounts(page)
    const webinars = counts.type?.webinaires ?? 0
    expect(webinars).toBeGreaterThan(0)
    expect(webinars).toBeLessThan(total)
    await afterUpdate(page, () => page.locator('#f-type-webinaires').check())
    expect(await announcedTotal(page)).toBe(webinars)
    const badges = await page.locator('#search-results .badge').allTextContents()
    expect(badges.every((b) => b.startsWith('Webinaire'))).toBe(true)
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['webinaires'])
  })
})

describe('order', () => {
  const isNewestFirst = (paths: string[]) =>
    paths.every(
      (p, i) =>
        i === 0 || (updatedAt.get(paths[i - 1] as string) ?? '') >= (updatedAt.get(p) ?? ''),
    )

  it('sorts by date of last update, newest first', async () => {
    await openSearch(page, `${site.url}/recherche/?type=fiches&tri=date`)
    const paths = await resultPaths(page)
    expect(paths).toHaveLength(10)
    expect(isNewestFirst(paths)).toBe(true)
    expect(paths[0]).toBe(
      [...matching(items, { type: ['fiches'] })].sort((a, b) =>
        b.updatedAt.localeCompare(a.updatedAt),
      )[0]?.path,
    )
  })

  it('sorts a query by relevance, or by date when asked', async () => {
    await search('allaitement')
    const byRelevance = await resultPaths(page)
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('')
    await afterUpdate(page, () => page.locator('#search-sort').selectOption('date'))
    const byDate = await resultPaths(page)
    expect([...byDate].sort()).toEqual([...byRelevance].sort())
    expect(isNewestFirst(byDate)).toBe(true)
    expect(byDate).not.toEqual(byRelevance)
    expect(new URL(page.url()).searchParams.get('tri')).toBe('date')
  })
})

describe('the URL', () => {
  it('holds the query, filters and order: a shared link opens the same search, back walks back', async () => {
    await openSearch(page, `${site.url}/recherche/`)
    await afterUpdate(page, () => page.locator('#search-query').fill('grossesse'))
    await afterUpdate(page, () => page.locator('#f-type-fiches').check())
    await afterUpdate(page, () => page.locator('#search-sort').selectOption('date'))
    const url = new URL(page.url())
    expect(url.pathname).toBe('/recherche/')
    expect(url.search).toBe('?q=grossesse&type=fiches&tri=date')
    const results = await resultPaths(page)
    expect(results.length).toBeGreaterThan(0)

    // The same address in a fresh tab: same form, same results.
    const other = await context.newPage()
    await keepOffline(other, site.url)
    await openSearch(other, url.href)
    await expect(other.locator('#search-query').inputValue()).resolves.toBe('grossesse')
    await expect(other.locator('#f-type-fiches').isChecked()).resolves.toBe(true)
    await expect(other.locator('#search-sort').inputValue()).resolves.toBe('date')
    expect(await resultPaths(other)).toEqual(results)
    await other.close()

    // Back: order first, then the filter, then the query.
    await afterUpdate(page, () => page.goBack())
    expect(new URL(page.url()).search).toBe('?q=grossesse&type=fiches')
    await expect(page.locator('#search-sort').inputValue()).resolves.toBe('')
    await afterUpdate(page, () => page.goBack())
    expect(new URL(page.url()).search).toBe('?q=grossesse')
    await expect(page.locator('#f-type-fiches').isChecked()).resolves.toBe(false)
    await expect(statusText(page)).resolves.toMatch(/^\d+ résultats pour « grossesse »$/)
    await afterUpdate(page, () => page.goBack())
    expect(new URL(page.url()).search).toBe('')
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('')
    expect(await resultPaths(page)).toEqual([])
    // Forward again.
    await afterUpdate(page, () => page.goForward())
    await expect(page.locator('#search-query').inputValue()).resolves.toBe('grossesse')
  })

  it('is where the header search box leads, from any page', async () => {
    await page.goto(`${site.url}/fiches/fer-grossesse/`)
    await page.locator('#recherche-entete').fill('fer')
    await page.locator('#recherche-entete').press('Enter')
    await page.waitForURL(/\/recherche\/\?q=fer$/)
    await page.waitForFunction(
      () => Number(document.documentElement.dataset.searchRenders ?? 0) > 0,
    )
    expect(await resultPaths(page)).toContain('/fiches/fer-grossesse/')
  })
})

describe('accessibility', () => {
  const violations = async () => {
    const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze()
    return results.violations.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
    )
  }

  it('has no axe violation with results, passages and facets shown', async () => {
    await openSearch(page, `${site.url}/recherche/?q=allaitement&theme=allaitement`)
    expect(await resultPaths(page)).not.toEqual([])
    await expect(page.locator('#search-filters').getAttribute('open')).resolves.not.toBeNull()
    await expect(page.locator('.result__passages').count()).resolves.toBeGreaterThan(0)
    expect(await violations()).toEqual([])
  })

  it('has no axe violation on a phone, with no results', async () => {
    await page.setViewportSize({ width: 320, height: 640 })
    await openSearch(page, `${site.url}/recherche/?q=bicyclette`)
    expect(await violations()).toEqual([])
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })

  it('works with the keyboard alone: type, tick a facet, open a result', async () => {
    await openSearch(page, `${site.url}/recherche/`)
    await page.locator('#search-query').focus()
    await afterUpdate(page, () => page.keyboard.type('acide folique'))
    let found = false
    for (let i = 0; i < 40 && !found; i += 1) {
      await page.keyboard.press('Tab')
      found = await page.evaluate(() => document.activeElement?.id === 'f-type-fiches')
    }
    expect(found).toBe(true)
    await afterUpdate(page, () => page.keyboard.press('Space'))
    expect(new URL(page.url()).searchParams.get('type')).toBe('fiches')
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab')
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'))
      if (href === '/fiches/acide-folique-grossesse/') break
    }
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/fiches\/acide-folique-grossesse\/$/)
  })
})

describe('without JavaScript', () => {
  it('says so and offers browsing by theme and by type', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const plain = await noScript.newPage()
    await keepOffline(plain, site.url)
    await plain.goto(`${site.url}/recherche/?q=fer`)
    // (Playwright's text locators skip `<noscript>`: the notice is found by its class.)
    const notice = plain.locator('.search__notice')
    await expect(notice.isVisible()).resolves.toBe(true)
    await expect(notice.textContent()).resolves.toBe(
      'La recherche nécessite JavaScript. Pour trouver un contenu sans JavaScript, parcourez-le par thème ou par type ci-dessous.',
    )
    await expect(
      plain.locator('#search-browse a[href="/themes/allaitement/"]').isVisible(),
    ).resolves.toBe(true)
    await expect(plain.locator('#search-browse a[href="/fiches/"]').isVisible()).resolves.toBe(true)
    await expect(plain.locator('#search-filters').isVisible()).resolves.toBe(false)
    await expect(plain.locator('#search-status').isVisible()).resolves.toBe(false)
    // The form still works as a plain GET to this page.
    await expect(plain.locator('#search-form').getAttribute('action')).resolves.toBe('/recherche/')
    await noScript.close()
  })
})
