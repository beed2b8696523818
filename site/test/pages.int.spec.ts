/**
 * Reads the fixture site (built once for the run) and checks that every page, feed and file is there and
 * says what it should.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { fixtureSiteOptions } from './helpers/fixtureBuild'
import { readPage } from './helpers/readSite'

const { siteUrl: site, cmsUrl: cms } = fixtureSiteOptions
/** The fixture site, built once for the whole run (`helpers/fixtureBuild.ts`). */
const build = { outDir: inject('fixtureSiteDir') }
const page = (sitePath: string) => readPage(build.outDir, sitePath)
const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length
/** The site's copy of a CMS file (`/fichiers/<hash>/<name>`), between `before` and `after`. */
const copy = (name: string, before = '', after = '') =>
  new RegExp(`${before}/fichiers/[0-9a-f]{16}/${name.replace(/\./g, '\\.')}${after}`)

describe('files', () => {
  it('each file a page names is in the output, under the hash of its bytes', async () => {
    const { createHash } = await import('node:crypto')
    const html = await page('/fiches/acide-folique-grossesse/')
    const urls = [...html.matchAll(/\/fichiers\/([0-9a-f]{16})\/[a-z0-9._-]+/g)]
    expect(urls.length).toBeGreaterThanOrEqual(4)
    for (const [url, hash] of urls) {
      const bytes = await readFile(path.join(build.outDir, url))
      expect(createHash('sha256').update(bytes).digest('hex').startsWith(hash!), url).toBe(true)
    }
  })
})

describe('every page', () => {
  const pages = [
    '/',
    '/en/',
    '/fiches/',
    '/fiches/page/2/',
    '/outils/',
    '/webinaires/',
    '/publications/',
    '/en/fact-sheets/',
    '/themes/supplements/',
    '/en/themes/supplements/',
    '/fiches/acide-folique-grossesse/',
    '/en/fact-sheets/folic-acid-pregnancy/',
    '/outils/grille-reperage-insecurite-alimentaire/',
    '/webinaires/soutenir-allaitement-vulnerabilite/',
    '/publications/cout-ppne-montreal-2024/',
    '/a-propos/',
    '/en/about/',
    '/accessibilite/',
    '/en/accessibility/',
    '/recherche/',
    '/404.html',
    '/en/404.html',
  ]

  it.each(pages)('%s has one h1, its language, landmarks and a skip link', async (p) => {
    const html = await page(p)
    const lang = p.startsWith('/en/') ? 'en' : 'fr'
    expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`, 'i'))
    expect(count(html, /<h1[\s>]/g)).toBe(1)
    expect(html).toContain('<main id="contenu" tabindex="-1" data-pagefind-body')
    expect(html).toMatch(/<header class="site-header[^"]*"[^>]*data-pagefind-ignore/)
    expect(html).toMatch(/<footer class="site-footer[^"]*"[^>]*data-pagefind-ignore/)
    expect(html).toMatch(/<a class="skip-link" href="#contenu"/)
    expect(html).toMatch(/<form[^>]*role="search"[^>]*action="\/(en\/search|recherche)\/"/)
  })

  it('gives content pages a canonical URL, Open Graph tags and hreflang alternates', async () => {
    const html = await page('/fiches/acide-folique-grossesse/')
    expect(html).toContain(`<link rel="canonical" href="${site}/fiches/acide-folique-grossesse/">`)
    expect(html).toContain(
      `<link rel="alternate" hreflang="fr" href="${site}/fiches/acide-folique-grossesse/">`,
    )
    expect(html).toContain(
      `<link rel="alternate" hreflang="en" href="${site}/en/fact-sheets/folic-acid-pregnancy/">`,
    )
    expect(html).toContain(
      `<link rel="alternate" hreflang="x-default" href="${site}/fiches/acide-folique-grossesse/">`,
    )
    expect(html).toContain('<meta property="og:type" content="article">')
    expect(html).toContain(
      `<meta property="og:url" content="${site}/fiches/acide-folique-grossesse/">`,
    )
    expect(html).toContain('<meta property="og:locale" content="fr_CA">')
    expect(html).toContain('<meta property="og:locale:alternate" content="en_CA">')
    // Absolute, at the site's own copy of the image.
    expect(html).toMatch(
      new RegExp(
        `<meta property="og:image" content="${site}/fichiers/[0-9a-f]{16}/acide-folique-aliments\\.webp">`,
      ),
    )
    expect(html).toContain(
      '<title>L&#39;acide folique avant et pendant la grossesse · Nourrir la vie</title>',
    )
  })

  it('gives a French-only item no alternates and points the language switch to the English home', async () => {
    const html = await page('/fiches/nausees-vomissements-grossesse/')
    expect(html).not.toContain('<link rel="alternate" hreflang="en"')
    expect(html).toMatch(/<a class="language-switch[^"]*" href="\/en\/" hreflang="en" lang="en"/)
    expect(
      existsSync(path.join(build.outDir, 'en/fact-sheets/nausees-vomissements-grossesse')),
    ).toBe(false)
  })
})

describe('home', () => {
  it('says what the platform is, offers themes, types and the latest items', async () => {
    const html = await page('/')
    expect(html).toContain('Connaissances en nutrition sociale périnatale')
    expect(html).toContain('id="themes"')
    expect(html).toContain('href="/themes/supplements/"')
    expect(html).toContain('href="/fiches/"')
    expect(html).toContain('Derniers ajouts')
    // The most recently updated item comes first.
    expect(html.indexOf('acide-folique-grossesse')).toBeLessThan(html.indexOf('fer-grossesse'))
  })
})

describe('lists', () => {
  it('paginates fiches with plain links, 20 a page', async () => {
    const first = await page('/fiches/')
    const second = await page('/fiches/page/2/')
    expect(count(first, /<article class="card/g)).toBe(20)
    expect(count(second, /<article class="card/g)).toBe(3)
    expect(first).toContain('<a href="/fiches/page/2/" rel="next"')
    expect(second).toContain('<a href="/fiches/" rel="prev"')
    expect(second).toMatch(/aria-current="page"[^>]*>2</)
    expect(existsSync(path.join(build.outDir, 'fiches/page/3'))).toBe(false)
  })

  it('shows the taxonomy of each item, themes linked to their hub', async () => {
    const html = await page('/outils/')
    expect(html).toContain('Grille de repérage de l’insécurité alimentaire')
    expect(html).toMatch(/<dt[^>]*>Thèmes<\/dt>/)
    expect(html).toMatch(/<dt[^>]*>Périodes<\/dt>/)
    expect(html).toMatch(/<dt[^>]*>Publics<\/dt>/)
    expect(html).toContain('href="/themes/insecurite-alimentaire/"')
    expect(html).toContain('Grille d&#39;évaluation')
  })

  it('lists only translated items in English', async () => {
    const html = await page('/en/fact-sheets/')
    expect(count(html, /<article class="card/g)).toBe(2)
    expect(html).toContain('Folic acid before and during pregnancy')
  })

  it('gathers every type on a theme hub', async () => {
    const html = await page('/themes/insecurite-alimentaire/')
    expect(html).toContain('id="type-fact-sheets"')
    expect(html).toContain('id="type-intervention-tools"')
    expect(html).toContain('id="type-publications"')
    expect(html).toContain('href="/publications/cout-ppne-montreal-2024/"')
  })
})

describe('fiche', () => {
  it('puts summary and key messages before the body, then references and the review', async () => {
    const html = await page('/fiches/acide-folique-grossesse/')
    const summary = html.indexOf('Pourquoi l&#39;acide folique compte')
    const keyMessages = html.indexOf('À retenir')
    const body = html.indexOf('Pourquoi en parler tôt')
    expect(summary).toBeGreaterThan(0)
    expect(keyMessages).toBeGreaterThan(summary)
    expect(body).toBeGreaterThan(keyMessages)
    expect(html).toContain(
      'Révisé par le comité d&#39;experts le 20 août 2025 · prochaine révision prévue le 20 août 2027',
    )
    expect(html).toContain('Dre Isabelle Tremblay, M.D. et Marie-Claude Roy, Dt.P., M.Sc.')
    expect(html).toMatch(/<h2 id="references"[^>]*>Références<\/h2>/)
    expect(html).toContain('https://doi.org/10.1016/j.jogc.2022.04.004')
  })

  it('renders every rich-text node safely', async () => {
    const html = await page('/fiches/acide-folique-grossesse/')
    expect(html).toContain('<strong>28 premiers jours</strong>')
    expect(html).toContain('<em>enrichis</em>')
    expect(html).toMatch(/<aside class="rt-key-message" role="note"/)
    expect(html).toContain('rt-callout rt-callout--warning')
    expect(html).toContain('class="rt-checklist"')
    expect(html).toContain('<blockquote>')
    expect(html).toContain('<hr>')
    expect(html).toContain('<ol>')
    expect(html).toContain('class="rt-reference"')
    // Internal link resolved through the catalog; external link marked.
    expect(html).toContain('href="/outils/grille-reperage-insecurite-alimentaire/"')
    expect(html).toMatch(
      /href="https:\/\/www\.canada\.ca\/fr\/sante-canada\.html" class="rt-external" target="_blank"/,
    )
    expect(html).toContain('href="mailto:nlv@alima.ca"')
    // Uploads point at the site's copies (never the CMS), with the sizes as srcset and
    // explicit dimensions.
    expect(html).toMatch(copy('aide-memoire-acide-folique.pdf', 'href="'))
    expect(html).toMatch(copy('acide-folique-aliments-480x270.webp', '', ' 480w'))
    expect(html).not.toContain(`${cms}/api/`)
    expect(html).toMatch(/<img[^>]+width="1600" height="900"[^>]+loading="lazy"/)
    expect(html).not.toMatch(/javascript:/i)
  })

  it('offers printing, the PDF and related items', async () => {
    const html = await page('/fiches/acide-folique-grossesse/')
    expect(html).toContain('onclick="print()"')
    expect(html).toMatch(copy('fiche-acide-folique.pdf', 'href="'))
    expect(html).toContain('(PDF, 246 Ko)')
    expect(html).toContain('Contenus liés')
    expect(html).toContain('href="/webinaires/soutenir-allaitement-vulnerabilite/"')
    expect(html).toContain(`content:"${site}/fiches/acide-folique-grossesse/"`)
  })

  it('renders the English version in English', async () => {
    const html = await page('/en/fact-sheets/folic-acid-pregnancy/')
    expect(html).toContain('Key messages')
    expect(html).toContain('href="/en/fact-sheets/"')
    expect(html).toMatch(
      /<a class="language-switch[^"]*" href="\/fiches\/acide-folique-grossesse\/" hreflang="fr" lang="fr"/,
    )
  })
})

describe('outil', () => {
  it('says what it is for, how to use it, and lists downloads with type and size', async () => {
    const html = await page('/outils/grille-reperage-insecurite-alimentaire/')
    expect(html).toContain('À quoi sert cet outil')
    expect(html).toContain('Comment l&#39;utiliser')
    expect(html).toContain('PDF, 182 Ko')
    expect(html).toContain('Word, 42 Ko')
    expect(html).toMatch(copy('grille-reperage-insecurite-alimentaire.pdf', 'href="'))
    // A file at another address than the CMS's is linked as it is, not copied.
    expect(html).toContain(
      'href="https://cms.nourrirlavie.ca/api/documents/file/grille-reperage-insecurite-alimentaire.docx"',
    )
  })
})

describe('webinaire', () => {
  it('loads nothing from the video host before a click, and says so', async () => {
    const html = await page('/webinaires/soutenir-allaitement-vulnerabilite/')
    expect(html).not.toContain('<iframe')
    expect(html).not.toMatch(/\ssrc="https:\/\/[^"]*(youtube|vimeo|ytimg)/)
    expect(html).toContain('Cette vidéo est hébergée par YouTube.')
    expect(html).toContain('Aucune connexion à YouTube n’est faite avant que vous cliquiez.')
    expect(html).toContain('data-src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE"')
  })

  it('links chapters and transcript timestamps to the video time', async () => {
    const html = await page('/webinaires/soutenir-allaitement-vulnerabilite/')
    expect(html).toContain(
      'href="https://www.youtube.com/watch?v=M7lc1UVf-VE&t=245s" data-seek="245"',
    )
    expect(html).toContain(
      'data-embed="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=1130"',
    )
    expect(html).toContain('Ce que disent les données québécoises')
    expect(html).toContain('aria-label="Aller à 40:05"')
    expect(html).toContain('Le jumelage avec une marraine d’allaitement')
    expect(html).toContain('Julie Lavoie')
    expect(html).toContain('Diapositives de la présentation')
    expect(count(html, /<script(?![^>]*application\/ld\+json)/g)).toBe(1)
  })

  it('uses Vimeo without tracking', async () => {
    const html = await page('/webinaires/diabete-grossesse-petit-budget/')
    expect(html).toContain('data-src="https://player.vimeo.com/video/76979871?dnt=1"')
  })
})

describe('publication', () => {
  it('shows abstract, authors, year, identifiers and the download', async () => {
    const html = await page('/publications/cout-ppne-montreal-2024/')
    expect(html).toContain('Résumé')
    expect(html).toContain('Bélanger, Geneviève et Ouellet, Marc-André')
    expect(html).toContain('978-2-924123-45-6')
    expect(html).toContain('href="https://doi.org/10.5281/zenodo.1234567"')
    expect(html).toMatch(copy('cout-ppne-montreal-2024.pdf', 'href="'))
    expect(html).toContain('36 pages')
  })

  it('says how to cite it, with BibTeX and RIS files built beside the site', async () => {
    const html = await page('/publications/cout-ppne-montreal-2024/')
    expect(html).toContain('Comment citer')
    expect(html).toMatch(
      /<p class="cite__text[^"]*" id="apa"[^>]*>Bélanger, Geneviève et Ouellet, Marc-André\. \(2024\)\. <i>Le coût du Panier/,
    )
    expect(html).toContain('href="/citations/cout-ppne-montreal-2024.bib"')
    expect(html).toContain('href="/citations/cout-ppne-montreal-2024.ris"')
    const bib = await readFile(
      path.join(build.outDir, 'citations/cout-ppne-montreal-2024.bib'),
      'utf8',
    )
    expect(bib).toMatch(/^@report\{/)
    expect(bib).toContain('10.5281/zenodo.1234567')
    const ris = await readFile(
      path.join(build.outDir, 'citations/cout-ppne-montreal-2024.ris'),
      'utf8',
    )
    expect(ris).toMatch(/^TY {2}- RPRT\r\n/)
    expect(ris).toContain('DO  - 10.5281/zenodo.1234567')
    const enRis = await readFile(
      path.join(build.outDir, 'en/citations/ppne-cost-montreal-2024.ris'),
      'utf8',
    )
    expect(enRis).toContain('The cost of the Nutritious Food Basket')
  })
})

describe('feeds and sitemap', () => {
  it('publishes an RSS feed of new and updated items per language', async () => {
    const fr = await readFile(path.join(build.outDir, 'rss.xml'), 'utf8')
    expect(fr).toContain('<language>fr-CA</language>')
    expect(fr).toContain(`<link>${site}/fiches/acide-folique-grossesse/</link>`)
    expect(fr).toContain('Mis à jour le 2 septembre 2025.')
    expect(fr).toContain('<category>Suppléments (acide folique, fer, vitamine D)</category>')
    const en = await readFile(path.join(build.outDir, 'en/rss.xml'), 'utf8')
    expect(en).toContain(`<link>${site}/en/fact-sheets/folic-acid-pregnancy/</link>`)
    expect(en).not.toContain('/fiches/')
  })

  it('lists pages with hreflang alternates in the sitemap', async () => {
    const xml = await readFile(path.join(build.outDir, 'sitemap.xml'), 'utf8')
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"')
    const entry = xml
      .split('\n')
      .find((line) => line.includes(`<loc>${site}/fiches/acide-folique-grossesse/</loc>`))
    expect(entry).toBeDefined()
    expect(entry).toContain('<lastmod>2025-09-02</lastmod>')
    expect(entry).toContain(
      `<xhtml:link rel="alternate" hreflang="en" href="${site}/en/fact-sheets/folic-acid-pregnancy/"/>`,
    )
    expect(entry).toContain(
      `<xhtml:link rel="alternate" hreflang="fr" href="${site}/fiches/acide-folique-grossesse/"/>`,
    )
    expect(xml).toContain(`<loc>${site}/fiches/page/2/</loc>`)
    expect(xml).not.toContain('/recherche/')
    const robots = await readFile(path.join(build.outDir, 'robots.txt'), 'utf8')
    expect(robots).toContain(`Sitemap: ${site}/sitemap.xml`)
  })
})
