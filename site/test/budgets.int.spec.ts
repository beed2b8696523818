/**
 * Budgets, measured on the built fixture: a content page weighs at most 25 KB compressed
 * (HTML + CSS + JS, without images), and fiche, outil, publication and list pages carry no
 * script at all — their only JavaScript is the print and copy buttons' inline handlers.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync, brotliCompressSync } from 'node:zlib'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { ppneWeight } from './helpers/pageWeight'
import { assetsOf, listFiles, readPage } from './helpers/readSite'

const budgetBytes = 25 * 1024

/** One page per template; `zeroJs` pages must not carry a script. */
const templates = [
  { name: 'home', path: '/', zeroJs: false },
  { name: 'list', path: '/fiches/', zeroJs: true },
  { name: 'list (page 2)', path: '/fiches/page/2/', zeroJs: true },
  { name: 'theme hub', path: '/themes/insecurite-alimentaire/', zeroJs: true },
  { name: 'fiche', path: '/fiches/acide-folique-grossesse/', zeroJs: true },
  { name: 'fiche (en)', path: '/en/fact-sheets/folic-acid-pregnancy/', zeroJs: true },
  { name: 'outil', path: '/outils/grille-reperage-insecurite-alimentaire/', zeroJs: true },
  { name: 'webinaire', path: '/webinaires/soutenir-allaitement-vulnerabilite/', zeroJs: false },
  { name: 'publication', path: '/publications/cout-ppne-montreal-2024/', zeroJs: true },
  { name: 'about', path: '/a-propos/', zeroJs: true },
  { name: 'accessibility', path: '/accessibilite/', zeroJs: true },
  { name: '404', path: '/404.html', zeroJs: true },
]

/** The inline handlers a zero-script page may carry (print, copy citation). */
const allowedHandlers = [
  /^print\(\)$/,
  /^navigator\.clipboard\.writeText\(document\.getElementById\('apa'\)\.innerText\)/,
]

interface Weight {
  name: string
  htmlGzip: number
  cssGzip: number
  jsBytes: number
  handlerBytes: number
  totalGzip: number
  totalBrotli: number
}

/** The fixture site, built once for the whole run (`helpers/fixtureBuild.ts`). */
const build = { outDir: inject('fixtureSiteDir') }
const weights: Weight[] = []

// Structured data (`application/ld+json`) is data, not a script.
const scriptsOf = (html: string) => [
  ...html.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
]
const handlersOf = (html: string) =>
  [...html.matchAll(/\son[a-z]+="([^"]*)"/g)].map((m) => (m[1] as string).replaceAll('&#39;', "'"))

beforeAll(async () => {
  for (const template of templates) {
    const html = await readPage(build.outDir, template.path)
    const { css, js } = assetsOf(html)
    const read = (href: string) => readFile(path.join(build.outDir, href))
    const cssFiles = await Promise.all(css.map(read))
    const jsFiles = await Promise.all(js.map(read))
    const inlineJs = scriptsOf(html).reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0)
    const gz = (b: Buffer | string) => gzipSync(b).length
    const br = (b: Buffer | string) => brotliCompressSync(b).length
    const cssGzip = cssFiles.reduce((s, f) => s + gz(f), 0)
    const jsGzip = jsFiles.reduce((s, f) => s + gz(f), 0)
    weights.push({
      name: template.name,
      htmlGzip: gz(html),
      cssGzip,
      jsBytes: inlineJs + jsFiles.reduce((s, f) => s + f.length, 0),
      handlerBytes: handlersOf(html).reduce((s, h) => s + Buffer.byteLength(h), 0),
      totalGzip: gz(html) + cssGzip + jsGzip,
      totalBrotli:
        br(html) + cssFiles.reduce((s, f) => s + br(f), 0) + jsFiles.reduce((s, f) => s + br(f), 0),
    })
  }
  console.table(
    weights.map((w) => ({
      template: w.name,
      'HTML gz (KB)': (w.htmlGzip / 1024).toFixed(1),
      'CSS gz (KB)': (w.cssGzip / 1024).toFixed(1),
      'total gz (KB)': (w.totalGzip / 1024).toFixed(1),
      'total br (KB)': (w.totalBrotli / 1024).toFixed(1),
      'script bytes': w.jsBytes,
      'inline handler bytes': w.handlerBytes,
    })),
  )
})

describe('page weight', () => {
  it.each(templates)('$name weighs at most 25 KB compressed, without images', ({ name }) => {
    const weight = weights.find((w) => w.name === name)
    expect(weight).toBeDefined()
    expect(weight?.totalGzip).toBeLessThanOrEqual(budgetBytes)
  })
})

describe('the PPNE page', () => {
  it.each(['/ppne/', '/en/ppne/'])(
    '%s weighs at most 30 KB compressed without its calculator, the calculator at most 70 KB',
    async (sitePath) => {
      const weight = await ppneWeight(build.outDir, sitePath)
      console.log(
        `${sitePath}: page ${(weight.pageGzip / 1024).toFixed(1)} KB gz, calculator JS ${(weight.islandJsGzip / 1024).toFixed(1)} KB gz (${weight.scripts.length} files)`,
      )
      expect(weight.scripts.length).toBeGreaterThan(0)
      expect(weight.pageGzip).toBeLessThanOrEqual(30 * 1024)
      expect(weight.islandJsGzip).toBeLessThanOrEqual(70 * 1024)
    },
  )
})

describe('zero JavaScript', () => {
  it.each(templates.filter((t) => t.zeroJs))('$name loads no script', async ({ path: p }) => {
    const html = await readPage(build.outDir, p)
    expect(scriptsOf(html)).toHaveLength(0)
    expect(assetsOf(html).js).toHaveLength(0)
    expect(html).not.toMatch(/javascript:/i)
    for (const handler of handlersOf(html)) {
      expect(
        allowedHandlers.some((allowed) => allowed.test(handler)),
        handler,
      ).toBe(true)
    }
  })

  it('loads no script on any page but the webinars and the search page', async () => {
    const pages = (await listFiles(build.outDir)).filter((f) => f.endsWith('.html'))
    const scripted = /^(en\/)?(webinaires|webinars|recherche|search|ppne)\//
    const offenders: string[] = []
    for (const file of pages.filter((f) => !scripted.test(f))) {
      const html = await readPage(build.outDir, `/${file}`)
      if (scriptsOf(html).length > 0 || assetsOf(html).js.length > 0) offenders.push(file)
    }
    expect(pages.length).toBeGreaterThan(50)
    expect(offenders).toEqual([])
  })

  it('loads the React runtime on the PPNE page only', async () => {
    const pages = (await listFiles(build.outDir)).filter((f) => f.endsWith('.html'))
    const withIsland = []
    for (const file of pages) {
      if ((await readPage(build.outDir, `/${file}`)).includes('<astro-island'))
        withIsland.push(file)
    }
    expect(withIsland.sort()).toEqual(['en/ppne/index.html', 'ppne/index.html'])
  })

  it('gives the webinar page its one small inline script', () => {
    const webinar = weights.find((w) => w.name === 'webinaire')
    expect(webinar?.jsBytes).toBeGreaterThan(0)
    expect(webinar?.jsBytes).toBeLessThan(2048)
  })
})
