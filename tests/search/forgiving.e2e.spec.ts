/**
 * The forgiving search in Chromium, on the site built from the seed content's published
 * snapshot (seeded into a scratch database and exported, as production does): the
 * search-quality set (≥ 90 % top-3, every kind of query finding its items), the typo
 * correction notice and its "search instead" link, partial matches with their note, and the
 * word list fetched only for a query that needs it.
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  qualityQueries,
  runQuery,
  summarise,
  type QueryOutcome,
} from '../../site/bench/search-quality/quality'
import { seedSnapshot } from '../../site/bench/search-quality/seedSnapshot'
import { buildSiteOrThrow } from '../../site/test/helpers/buildSite'
import { launchBrowser } from '../helpers/browser'
import { keepOffline } from '../helpers/offline'
import { serveStatic, type StaticServer } from '../helpers/staticServer'
import { afterUpdate, openSearch, resultPaths } from './searchPage'

let server: StaticServer
let cleanup: () => Promise<void>
let browser: Browser
let page: Page

beforeAll(async () => {
  const snapshot = await seedSnapshot()
  try {
    const build = await buildSiteOrThrow({ snapshot: snapshot.file, cmsUrl: 'https://cms.invalid' })
    cleanup = build.cleanup
    server = await serveStatic(build.outDir)
  } finally {
    await snapshot.cleanup()
  }
  browser = await launchBrowser()
}, 600_000) // seeding a database, then a build
afterAll(async () => {
  await browser?.close()
  await server?.close()
  await cleanup?.()
})
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await keepOffline(page, server.url)
  return () => page.close()
})

/** The notice above the results, '' when hidden. */
const notice = () =>
  page.evaluate(() => {
    const node = document.getElementById('search-notice')
    return !node || node.hidden ? '' : (node.textContent ?? '').replace(/[ \t\n]+/g, ' ').trim()
  })

describe('the search-quality set', () => {
  it('finds ≥ 90 % of the expected items in the top three, every kind of query included', async () => {
    const outcomes: QueryOutcome[] = []
    for (const query of qualityQueries) outcomes.push(await runQuery(page, server.url, query))
    const misses = outcomes
      .filter((o) => !o.top3)
      .map((o) => `${o.query.q} → ${o.found.slice(0, 3).join(' ')}`)
    expect(summarise(outcomes).top3, misses.join('\n')).toBeGreaterThanOrEqual(0.9)
    for (const kind of new Set(qualityQueries.map((q) => q.kind))) {
      const ofKind = outcomes.filter((o) => o.query.kind === kind)
      expect(summarise(ofKind).top3, `kind ${kind}`).toBeGreaterThanOrEqual(0.75)
    }
  }, 300_000)
})

describe('typo correction', () => {
  it('searches the nearest indexed word and says so, with a link to search as typed', async () => {
    await openSearch(page, `${server.url}/recherche/?q=alaitement`)
    expect(await notice()).toBe('Résultats pour allaitement — rechercher plutôt alaitement')
    expect(await page.locator('#search-notice em').allTextContents()).toEqual([
      'allaitement',
      'alaitement',
    ])
    const corrected = await resultPaths(page)
    expect(corrected.slice(0, 3)).toContain('/fiches/allaitement-premiers-jours/')

    const link = page.locator('#search-notice a')
    expect(await link.getAttribute('href')).toBe('/recherche/?q=alaitement&exact=1')
    await afterUpdate(page, () => link.click())
    expect(new URL(page.url()).search).toBe('?q=alaitement&exact=1')
    expect(await page.locator('#search-notice').isHidden()).toBe(true)
    expect(await page.locator('#search-query').inputValue()).toBe('alaitement')
    // As typed, Pagefind's own matching: not the breastfeeding fiche first.
    expect((await resultPaths(page))[0]).not.toBe('/fiches/allaitement-premiers-jours/')
    // The back button returns to the corrected search.
    await afterUpdate(page, () => page.goBack())
    expect(await notice()).toMatch(/^Résultats pour allaitement/)
  })

  it('leaves known words, their inflections and vocabulary terms alone', async () => {
    for (const q of ['allaiter', 'DG', 'listériose']) {
      await openSearch(page, `${server.url}/recherche/?q=${encodeURIComponent(q)}`)
      expect(await notice(), q).toBe('')
      expect((await resultPaths(page)).length, q).toBeGreaterThan(0)
    }
  })

  it('loads the word list only for a query that needs it', async () => {
    const lists: string[] = []
    page.on('request', (r) => {
      if (/\/pagefind\/words-fr\.[0-9a-f]+\.txt$/.test(r.url())) lists.push(r.url())
    })
    await openSearch(page, `${server.url}/recherche/?q=DG`)
    expect(lists).toEqual([]) // a vocabulary term: nothing to correct
    await openSearch(page, `${server.url}/recherche/?q=constipasion`)
    expect(lists).toHaveLength(1)
    expect(await notice()).toMatch(/^Résultats pour constipation/)
  })
})

describe('partial matches', () => {
  it('shows the pages with the most words, with a note, when none has them all', async () => {
    // No page has both: toxoplasmosis is in the food-safety items, feeds in the breastfeeding ones.
    await openSearch(page, `${server.url}/recherche/?q=toxoplasmose%20t%C3%A9t%C3%A9e`)
    expect(await notice()).toBe(
      'Aucun contenu ne contient tous ces mots\u00a0: voici ceux qui en contiennent le plus.',
    )
    const found = await resultPaths(page)
    expect(found.length).toBeGreaterThan(1)
    // Pages with one word or the other: food safety (toxoplasmose), breastfeeding (tétée).
    expect(found.some((path) => path.includes('salubrite'))).toBe(true)
    expect(found.some((path) => path.includes('allaitement'))).toBe(true)
    // An excerpt never shows the vocabulary terms added to the index.
    for (const text of await page.locator('.result__excerpt').allTextContents())
      expect(text).not.toContain('\u2e31')
  })

  it('a question finds its fiche once its stop words are gone', async () => {
    await openSearch(
      page,
      `${server.url}/recherche/?q=${encodeURIComponent('est-ce que je peux boire du café enceinte ?')}`,
    )
    expect((await resultPaths(page)).slice(0, 3)).toContain('/fiches/cafeine-et-alcool/')
  })
})

describe('English', () => {
  it('the English page expands its own vocabulary (PSN) and corrects English words', async () => {
    await openSearch(page, `${server.url}/en/search/?q=PSN`)
    expect((await resultPaths(page)).slice(0, 3)).toContain(
      '/en/publications/perinatal-social-nutrition-a-reference-framework-for-practice/',
    )
    await openSearch(page, `${server.url}/en/search/?q=folik%20acid`)
    expect(await notice()).toBe('Results for folic acid — search instead for folik acid')
    expect((await resultPaths(page))[0]).toBe(
      '/en/fact-sheets/folic-acid-before-and-during-pregnancy/',
    )
  })
})
