/**
 * Honest dates and the change log on the built fixture site: the item page's dates, history
 * and structured data, the updates page and its feeds, the sitemap's `lastmod`, short titles.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { listFiles, readPage } from './helpers/readSite'

const outDir = inject('fixtureSiteDir')
const page = (sitePath: string) => readPage(outDir, sitePath)
const file = (sitePath: string) => readFile(path.join(outDir, sitePath), 'utf8')

describe('an item page', () => {
  it('says « Publié le » and « Mis à jour le » from the contract, as <time>', async () => {
    const html = await page('/fiches/fer-grossesse/')
    expect(html).toMatch(/Publié le <time datetime="2023-11-05">5 novembre 2023<\/time>/)
    expect(html).toMatch(/Mis à jour le <time datetime="2025-06-18">18 juin 2025<\/time>/)
  })

  it('shows « Historique des mises à jour » newest first, the important change flagged, then the first publication', async () => {
    const html = await page('/fiches/fer-grossesse/')
    const history = html.slice(html.indexOf('id="historique"'))
    const order = ['2025-06-18', '2024-04-02', '2023-11-05'].map((d) =>
      history.indexOf(`datetime="${d}"`),
    )
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(history).toMatch(
      /item-history__entry--important">.*Changement important.*Le seuil de ferritine/s,
    )
    expect(history).toContain('Première publication')
    // English: the English note; a note written only in French is marked as French.
    const en = await page('/en/fact-sheets/iron-pregnancy/')
    expect(en).toContain('The ferritin threshold that calls for a supplement is clarified.')
    expect(en).toContain('<span lang="fr">Liens vers les ressources mis à jour.</span>')
  })

  it('says the periodic review is under way once its date has passed', async () => {
    const overdue = await page('/outils/grille-reperage-insecurite-alimentaire/')
    expect(overdue).toContain('Révision périodique en cours — contenu révisé le 28 janvier 2025')
    const current = await page('/fiches/fer-grossesse/')
    expect(current).not.toContain('Révision périodique en cours')
    expect(current).toContain('prochaine révision prévue le 30 mai 2027')
  })

  it('gives search engines the same dates (JSON-LD)', async () => {
    const html = await page('/fiches/fer-grossesse/')
    const json = html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1]
    expect(JSON.parse(json!)).toMatchObject({
      datePublished: '2023-11-05',
      dateModified: '2025-06-18',
      lastReviewed: '2025-05-30',
    })
  })
})

describe('the updates', () => {
  it('« Mises à jour » lists every change, newest first, in each language', async () => {
    const fr = await page('/mises-a-jour/')
    expect(fr).toContain('<h1>Mises à jour</h1>')
    expect(fr.indexOf('Le seuil de ferritine')).toBeLessThan(
      fr.indexOf('Liens vers les ressources'),
    )
    expect(fr).toContain('href="/fiches/fer-grossesse/"')
    const en = await page('/en/updates/')
    expect(en).toContain('The ferritin threshold')
    expect(en).toContain('href="/en/fact-sheets/iron-pregnancy/"')
  })

  it('has an RSS feed per language, one entry per change', async () => {
    const fr = await file('mises-a-jour/rss.xml')
    expect(fr.match(/<item>/g)).toHaveLength(2)
    expect(fr).toContain('Changement important · Le fer pendant la grossesse')
    expect(fr).toContain('<language>fr-CA</language>')
    const en = await file('en/updates/rss.xml')
    expect(en).toContain('<language>en-CA</language>')
    expect(en).toContain('The ferritin threshold')
  })

  it('the sitemap’s lastmod is the last content change', async () => {
    const sitemap = await file('sitemap.xml')
    expect(sitemap).toMatch(/fiches\/fer-grossesse\/<\/loc><lastmod>2025-06-18<\/lastmod>/)
  })
})

describe('page titles', () => {
  it('are at most 70 characters and keep the site name', async () => {
    const pages = (await listFiles(outDir))
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(outDir, f))
    const titles = await Promise.all(
      pages.map(
        async (f) => (await readFile(f, 'utf8')).match(/<title>(.*?)<\/title>/s)?.[1] ?? '',
      ),
    )
    const decoded = titles.map((t) => t.replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&'))
    for (const title of decoded.filter(Boolean)) {
      expect(title.length, title).toBeLessThanOrEqual(70)
      expect(title, title).toContain('Nourrir la vie')
    }
    expect(decoded.some((t) => t.includes('…'))).toBe(true)
  })
})
