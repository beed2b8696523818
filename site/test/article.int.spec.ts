/**
 * An item page's article is exactly what `@nlv/shared/article/*` writes — the functions the
 * CMS preview uses — and the page loads the shared design system in its cascade order.
 * So a reviewer's preview of an item shows the HTML and CSS its public page will have.
 */
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { itemArticleHtml } from '@nlv/shared/article/item-article'
import { stylesheets } from '@nlv/shared/stylesheets'
import { describe, expect, inject, it } from 'vitest'
import { fixtureSnapshot, siteDir } from './helpers/buildSite'
import { fixtureSiteOptions } from './helpers/fixtureBuild'
import { readPage } from './helpers/readSite'

const { siteUrl, cmsUrl } = fixtureSiteOptions

/** The fixture site, built once for the whole run (`helpers/fixtureBuild.ts`). */
const build = { outDir: inject('fixtureSiteDir') }

// The site's own modules, under the environment of the fixture site's build, with the file
// manifest that build made: each CMS file URL → its copy in the output's `fichiers/`.
Object.assign(process.env, { NLV_SNAPSHOT: fixtureSnapshot, SITE_URL: siteUrl, CMS_URL: cmsUrl })
const { parseSnapshot } = await import('@nlv/shared/snapshot')
const { collectFiles, siteFileName } = await import('../src/files/siteFiles')
const { registerFileManifest } = await import('../src/files/manifest')
const copies = new Map<string, string>()
for (const hash of await readdir(path.join(build.outDir, 'fichiers')))
  for (const name of await readdir(path.join(build.outDir, 'fichiers', hash)))
    copies.set(name, `/fichiers/${hash}/${name}`)
const wanted = collectFiles(
  parseSnapshot(JSON.parse(await readFile(fixtureSnapshot, 'utf8'))),
  cmsUrl,
)
registerFileManifest(
  Object.fromEntries(wanted.map((f) => [f.url, copies.get(siteFileName(f.filename, f.mimeType))!])),
)
const { getCatalog } = await import('../src/content/catalog')
const { articleOptions } = await import('../src/lib/articleOptions')

const articleOf = (html: string) => {
  const start = html.indexOf('<article class="item"')
  const end = html.indexOf('</article>', start)
  return start < 0 ? null : html.slice(start, end + '</article>'.length)
}

describe('item pages', () => {
  const catalog = getCatalog()
  const entries = [...catalog.entries.fr, ...catalog.entries.en].map(
    (entry) => [entry.path, entry] as const,
  )

  it('cover every type in both languages', () => {
    const kinds = new Set(entries.map(([, e]) => `${e.item.type}:${e.locale}`))
    expect(kinds.size).toBe(8)
  })

  it.each(entries)('%s renders the shared article, byte for byte', async (sitePath, entry) => {
    const page = await readPage(build.outDir, sitePath)
    const expected = itemArticleHtml(
      entry.item,
      entry.locale,
      articleOptions(entry.item, entry.locale),
    )
    expect(articleOf(page)).toBe(expected)
    // Search metadata stays on the page, outside the article.
    expect(page).toMatch(/<\/article>\s*<div hidden[^>]*>\s*<span data-pagefind-filter="type:/)
  })
})

describe('the design system', () => {
  it('is imported by the layout from shared, in the cascade order the preview uses', async () => {
    const layout = await readFile(path.join(siteDir, 'src/layouts/BaseLayout.astro'), 'utf8')
    const imported = [...layout.matchAll(/^import '@nlv\/shared\/styles\/([\w-]+\.css)'$/gm)].map(
      (m) => m[1],
    )
    expect(imported).toEqual([...stylesheets])
  })

  it('reaches item pages: the article rules are in their stylesheet', async () => {
    const page = await readPage(build.outDir, '/fiches/acide-folique-grossesse/')
    const hrefs = [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!)
    const css = (await Promise.all(hrefs.map((h) => readFile(path.join(build.outDir, h), 'utf8'))))
      .join('\n')
      .replace(/\s/g, '')
    for (const rule of [
      '.item{',
      '.review-note{',
      '.key-messages{',
      '.downloads__title{',
      '.cite__text{',
    ]) {
      expect(css).toContain(rule)
    }
  })
})
