/**
 * The route table and the documents built from it, without a build: every page has one
 * address, alternates point both ways, lists paginate, the sitemap says it all.
 */
import { parseSnapshot } from '@nlv/shared/snapshot'
import { describe, expect, it } from 'vitest'
import { getCatalog } from '../src/content/catalog'
import { buildRoutes, listPageSize } from '../src/content/routes'
import { sitemapXml } from '../src/lib/sitemapXml'
import { fixtureSnapshot } from './fixtures/fixture-snapshot'

const snapshot = parseSnapshot(fixtureSnapshot())
const catalog = getCatalog(snapshot)
const routes = buildRoutes(catalog)

describe('route table', () => {
  it('gives every page its own address', () => {
    const paths = routes.map((r) => r.path)
    expect(new Set(paths).size).toBe(paths.length)
    for (const path of paths) expect(path).toMatch(/^\/([a-z0-9-]+\/)*$/)
  })

  it('builds an English page only for translated items', () => {
    const english = routes.filter((r) => r.kind === 'item' && r.locale === 'en')
    const translated = snapshot.items.filter((i) => i.locales.en)
    expect(english).toHaveLength(translated.length)
  })

  it('links alternates both ways', () => {
    for (const route of routes) {
      for (const [locale, path] of Object.entries(route.alternates)) {
        const other = routes.find((r) => r.path === path)
        expect(other, `${route.path} → ${path}`).toBeDefined()
        expect(other?.locale).toBe(locale)
        expect(other?.alternates[route.locale]).toBe(route.path)
      }
    }
  })

  it('paginates a list by 20 and links every page', () => {
    const fiches = routes.filter(
      (r) => r.kind === 'list' && r.type === 'fact-sheets' && r.locale === 'fr',
    )
    const total = catalog.byType('fact-sheets', 'fr').length
    expect(fiches).toHaveLength(Math.ceil(total / listPageSize))
    expect(fiches.map((r) => r.path)).toEqual(['/fiches/', '/fiches/page/2/'])
  })

  it('sorts lists by title in French order', () => {
    const titles = catalog.byType('fact-sheets', 'fr').map((e) => e.content.title)
    expect(titles).toEqual(
      [...titles].sort(new Intl.Collator('fr-CA', { sensitivity: 'base' }).compare),
    )
  })

  it('builds a theme hub only where the language has content', () => {
    const hubs = routes.filter((r) => r.kind === 'theme' && r.locale === 'en').map((r) => r.path)
    expect(hubs).toContain('/en/themes/supplements/')
    expect(hubs).not.toContain('/en/themes/nausees-vomissements/')
  })
})

describe('sitemap', () => {
  const xml = sitemapXml(routes, 'https://nourrirlavie.test')

  it('lists every indexable page once, with alternates', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    expect(locs).toHaveLength(routes.filter((r) => r.kind !== 'search').length)
    expect(xml).toContain(
      '<xhtml:link rel="alternate" hreflang="en" href="https://nourrirlavie.test/en/themes/supplements/"/>',
    )
  })

  it('escapes what it writes', () => {
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#)/)
  })
})

describe('fixture', () => {
  it('snapshot.json is what the fixture module generates (run `pnpm fixture` after editing it)', async () => {
    const { readFile } = await import('node:fs/promises')
    const { fixtureSnapshotPath } = await import('./fixtures/fixture-snapshot')
    expect(JSON.parse(await readFile(fixtureSnapshotPath, 'utf8'))).toEqual(fixtureSnapshot())
  })

  it('covers every content type in both languages and every rich-text block', () => {
    const json = JSON.stringify(fixtureSnapshot())
    for (const type of ['fact-sheets', 'intervention-tools', 'webinars', 'publications']) {
      expect(snapshot.items.some((i) => i.type === type && i.locales.en)).toBe(true)
    }
    for (const block of ['keyMessage', 'callout', 'reference', 'figure', 'download']) {
      expect(json).toContain(`"blockType":"${block}"`)
    }
  })
})
