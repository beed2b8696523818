/**
 * The item article, as the site shows it and the CMS preview shows a draft: each type in
 * both languages, the options the two callers differ by, and hostile content kept inert.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5'
import { describe, expect, it } from 'vitest'
import { factSheetArticleHtml } from '../src/article/fact-sheet'
import { interventionToolArticleHtml } from '../src/article/intervention-tool'
import { itemArticleHtml } from '../src/article/item-article'
import { attributes, attributeValue, text } from '../src/article/markup'
import type { ArticleOptions } from '../src/article/options'
import { copyCitationHandler, publicationArticleHtml } from '../src/article/publication'
import { videoPlayerScript } from '../src/article/video-player'
import { webinarArticleHtml } from '../src/article/webinar'
import type { SnapshotItem } from '../src/snapshot'
import { factSheet, interventionTool, publication, webinar } from './fixtures/article/items'
import { link, paragraph, root, text as textNode } from './helpers/lexical'

type Element = DefaultTreeAdapterMap['element']
type Node = DefaultTreeAdapterMap['node']

const cms = 'https://cms.nourrirlavie.test'
const site = 'https://nourrirlavie.test'
const options: ArticleOptions = {
  siteUrl: site,
  cmsUrl: cms,
  resolveInternalLink: ({ value }) => (value === 't1' ? '/outils/grille-reperage/' : null),
}

/** Every element of a fragment, in document order. */
function elements(html: string): Element[] {
  const out: Element[] = []
  const visit = (node: Node) => {
    if ('tagName' in node) out.push(node)
    if ('childNodes' in node) node.childNodes.forEach(visit)
    if ('content' in node) visit(node.content as Node)
  }
  visit(parseFragment(html) as Node)
  return out
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value
const textOf = (el: Node): string =>
  'value' in el && el.nodeName === '#text'
    ? el.value
    : 'childNodes' in el
      ? el.childNodes.map(textOf).join('')
      : ''
const byTag = (html: string, tag: string) => elements(html).filter((el) => el.tagName === tag)

const all = [
  ['fact-sheets', factSheet],
  ['intervention-tools', interventionTool],
  ['webinars', webinar],
  ['publications', publication],
] as const
const cases = all.flatMap(([type, make]) =>
  (['fr', 'en'] as const).map((l) => [type, l, make] as const),
)

describe.each(cases)('%s in %s', (type, locale, make) => {
  const item = make() as SnapshotItem
  const content = item.locales[locale]!
  const html = itemArticleHtml(item, locale, options)

  it('is one article labelled by its one h1, the title', () => {
    expect(html).toMatch(
      /^<article class="item" aria-labelledby="titre"> <header class="item__header">/,
    )
    expect(html).toMatch(/<\/article>$/)
    expect(byTag(html, 'article')).toHaveLength(1)
    const h1 = byTag(html, 'h1')
    expect(h1).toHaveLength(1)
    expect(attr(h1[0]!, 'id')).toBe('titre')
    expect(textOf(h1[0]!)).toBe(content.title)
  })

  it('has the type badge, summary, dates and search weights in its header', () => {
    const header = byTag(html, 'header')[0]!
    const badge = elements(html).find((el) => attr(el, 'class') === `badge badge--${type}`)
    expect(badge).toBeDefined()
    const summary = elements(html).find((el) => attr(el, 'class') === 'lede item__summary')!
    expect(textOf(summary)).toBe(content.summary)
    expect(attr(summary, 'data-pagefind-weight')).toBe('5')
    expect(textOf(header)).toContain(locale === 'fr' ? 'Publié le' : 'Published on')
  })

  it('is written in its language, every id unique', () => {
    const ids = elements(html)
      .map((el) => attr(el, 'id'))
      .filter(Boolean)
    expect(new Set(ids).size).toBe(ids.length)
    if (content.keyMessages.length > 0) {
      expect(html).toContain(locale === 'fr' ? '>À retenir</h2>' : '>Key messages</h2>')
    }
    if (locale === 'en') expect(html).not.toMatch(/Publié|Télécharger|Révisé/)
  })

  it('points files at the CMS and writes nothing unsafe', () => {
    for (const el of elements(html)) {
      for (const name of ['href', 'src']) {
        const value = attr(el, name)
        if (value === undefined) continue
        expect(value).toMatch(/^(https:\/\/|\/|#)/)
        if (/\/api\/(media|documents)\//.test(value)) expect(value.startsWith(cms)).toBe(true)
      }
    }
    expect(html).not.toMatch(/javascript:/i)
  })
})

describe('fiche', () => {
  const html = factSheetArticleHtml(factSheet(), 'fr', options)

  it('offers printing and the PDF, with its format and size', () => {
    expect(html).toContain('onclick="print()"')
    expect(html).toContain(`href="${cms}/api/documents/file/fiche.pdf" type="application/pdf"`)
    expect(html).toContain('<span class="button__meta">(PDF, 246 Ko)</span>')
  })

  it('puts key messages, image and table of contents before the body, references after', () => {
    const order = [
      'class="key-messages"',
      'class="item-figure"',
      'class="toc"',
      'class="rich-text prose"',
      'class="references"',
    ].map((marker) => html.indexOf(marker))
    expect(order.every((index) => index > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(html).toContain('<a href="#pourquoi-en-parler-tot">Pourquoi en parler tôt</a>')
    expect(html).toContain(`srcset="${cms}/api/media/file/aliments-480x270.webp 480w, `)
  })

  it('states the expert review and its reviewers', () => {
    expect(html).toContain(
      'Révisé par le comité d&#39;experts le 20 août 2025 · prochaine révision prévue le 20 août 2027',
    )
    expect(html).toContain('Dre Isabelle Tremblay, M.D. et Marie-Claude Roy, Dt.P.')
  })

  it('resolves internal links with the caller’s resolver, else writes their text', () => {
    expect(html).toContain('<a href="/outils/grille-reperage/">la grille</a>')
    const warnings: Array<[string, string]> = []
    const bare = factSheetArticleHtml(factSheet(), 'en', {
      siteUrl: site,
      cmsUrl: cms,
      onWarning: (message, field) => warnings.push([field, message]),
    })
    expect(bare).toContain('<p>the grid</p>')
    expect(warnings).toEqual([
      ['locales.en.body', expect.stringContaining('no resolveInternalLink given')],
    ])
  })
})

describe('outil', () => {
  const html = interventionToolArticleHtml(interventionTool(), 'fr', options)

  it('says what it is for and how to use it, headings under an h2', () => {
    expect(html).toContain('<h2 id="a-quoi-sert">À quoi sert cet outil</h2>')
    expect(html).toContain('<h2 id="comment-utiliser">Comment l&#39;utiliser</h2>')
    expect(html).toContain('<h3 id="etapes">Étapes</h3>')
  })

  it('lists downloads with type and size, and a button to reach them', () => {
    expect(html).toContain('<a class="button" href="#telechargements">Téléchargements</a>')
    expect(html).toContain('<h2 id="telechargements">Téléchargements</h2>')
    expect(html).toContain('Télécharger Grille (PDF à imprimer)')
    expect(html).toContain('<span class="downloads__meta">PDF, 182 Ko</span>')
  })

  it('marks a file title shown in French on the English page', () => {
    const en = interventionToolArticleHtml(interventionTool(), 'en', options)
    expect(en).toContain(
      '<span class="downloads__title" lang="fr">Download Grille (PDF à imprimer)',
    )
  })
})

describe('webinaire', () => {
  const html = webinarArticleHtml(webinar(), 'fr', options)

  it('loads nothing from the video host before a click, and says so', () => {
    expect(byTag(html, 'iframe')).toHaveLength(0)
    expect(html).toContain('data-src="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE"')
    expect(html).toContain('Aucune connexion à YouTube n’est faite avant que vous cliquiez.')
    const scripts = byTag(html, 'script')
    expect(scripts).toHaveLength(1)
    expect(textOf(scripts[0]!)).toBe(videoPlayerScript)
  })

  it('links chapters and transcript timestamps to the video time', () => {
    expect(html).toContain(
      '<li id="chapitre-245" data-pagefind-title="4:05 · Les données québécoises"> ' +
        '<a href="https://www.youtube.com/watch?v=M7lc1UVf-VE&t=245s" data-seek="245" ' +
        'data-embed="https://www.youtube-nocookie.com/embed/M7lc1UVf-VE?start=245">',
    )
    expect(html).toContain('<li id="t-245" data-pagefind-title="Transcription · 4:05">')
    expect(html).toContain('aria-label="Aller à 4:05"')
    expect(html).toContain('<strong class="transcript__speaker">Julie Lavoie\u00a0: </strong>')
    expect(html).toContain('<span class="muted">Nutritionniste, Alima</span>')
    expect(html).toContain('<section class="downloads" aria-labelledby="diapositives">')
    expect(html).toContain('Télécharger Diapositives de la présentation')
  })

  it('without a video, links the chapters to the transcript', () => {
    const html = webinarArticleHtml({ ...webinar(), video: null }, 'en', options)
    expect(byTag(html, 'script')).toHaveLength(0)
    expect(html).toContain('<a href="#t-0"> <span class="timestamp"')
    expect(html).toContain('<strong class="transcript__speaker">Julie Lavoie: </strong>')
  })

  it('plays a video file from the CMS without preloading it', () => {
    const file = {
      id: 'v1',
      url: '/api/documents/file/video.mp4',
      filename: 'video.mp4',
      mimeType: 'video/mp4',
      filesize: 1000,
    }
    const html = webinarArticleHtml(
      { ...webinar(), video: { provider: 'file', url: file.url, file } },
      'fr',
      options,
    )
    expect(html).toContain(
      `<video controls preload="none" src="${cms}/api/documents/file/video.mp4" title="Vidéo\u00a0: Soutenir l’allaitement"></video>`,
    )
  })
})

describe('publication', () => {
  const html = publicationArticleHtml(publication(), 'fr', options)

  it('shows its facts, abstract and download', () => {
    expect(html).toContain(
      '<div><dt>Autrices et auteurs</dt><dd>Bélanger, Geneviève et Ouellet, Marc-André</dd></div>',
    )
    expect(html).toContain('<div><dt>Nombre de pages</dt><dd>36 pages</dd></div>')
    expect(html).toContain(
      '<a href="https://doi.org/10.5281/zenodo.1234567">10.5281/zenodo.1234567</a>',
    )
    expect(html).toContain('<h2 id="resume">Résumé</h2>')
    expect(html).toContain(`href="${cms}/api/documents/file/ppne-2024.pdf" type="application/pdf"`)
  })

  it('says how to cite it, with a copy button and citation files', () => {
    expect(html).toMatch(
      /<p class="cite__text" id="apa" aria-describedby="apa-hint">Bélanger, Geneviève et Ouellet, Marc-André\. \(2024\)\. <i>/,
    )
    const button = elements(html).find((el) => attr(el, 'data-done') === 'Référence copiée')!
    expect(attr(button, 'onclick')).toBe(copyCitationHandler)
    expect(html).toContain('<a href="/citations/cout-ppne-2024.bib" download>')
    expect(html).toContain('<a href="/citations/cout-ppne-2024.ris" download>')
  })

  it('writes citation links as the caller asks (absolute in the CMS preview)', () => {
    const en = publicationArticleHtml(publication(), 'en', {
      ...options,
      sitePath: (path) => `${site}${path}`,
    })
    expect(en).toContain(`<a href="${site}/en/citations/ppne-cost-2024.ris" download>`)
  })
})

describe('an item not written in the language asked', () => {
  it('is refused rather than shown in the wrong language', () => {
    const item = { ...factSheet(), locales: { fr: factSheet().locales.fr } }
    expect(() => itemArticleHtml(item, 'en', options)).toThrow('has no "en" version')
  })
})

describe('hostile content stays inert', () => {
  const evil = '"><script>alert(1)</script><img src=x onerror=alert(1)>'
  const evilUrl = 'javascript:alert(1)'
  const file = (id: string) => ({
    id,
    url: evilUrl,
    filename: `${evil}.pdf`,
    mimeType: 'application/pdf',
    filesize: 1,
    title: { fr: evil },
  })
  const localised = (base: SnapshotItem['locales']['fr']) => ({
    ...base,
    title: evil,
    summary: evil,
    keyMessages: [evil],
    body: root(paragraph(link({ url: evilUrl }, textNode(evil)))),
  })
  const review = { lastReviewedAt: '2025-01-01', reviewers: [evil] }
  const references = [{ authors: evil, title: evil, source: evil, url: evilUrl, doi: evil }]
  const image = { ...factSheet().image!, url: evilUrl, alt: { fr: evil }, sizes: [] }
  const items: Array<[string, SnapshotItem]> = [
    [
      'fiche',
      {
        ...factSheet(),
        review,
        references,
        image,
        pdf: file('p'),
        locales: { fr: localised(factSheet().locales.fr) },
      },
    ],
    [
      'outil',
      {
        ...interventionTool(),
        review,
        references,
        downloads: [file('d'), { ...file('ok'), url: '//evil.example/x.pdf' }],
        locales: {
          fr: { ...localised(interventionTool().locales.fr), purpose: evil, howToUse: null },
        },
      } as SnapshotItem,
    ],
    [
      'webinaire',
      {
        ...webinar(),
        review,
        references,
        video: { provider: 'youtube', url: evilUrl, videoId: evil, file: null },
        speakers: [{ name: evil, role: evil, organisation: evil }],
        slides: file('s'),
        locales: {
          fr: {
            ...localised(webinar().locales.fr),
            chapters: [{ start: 1, title: evil }],
            transcript: [{ start: 2, speaker: evil, text: evil }],
          },
        },
      } as SnapshotItem,
    ],
    [
      'publication',
      {
        ...publication(),
        review,
        references,
        authors: [evil],
        isbn: evil,
        doi: evil,
        file: file('f'),
        locales: { fr: { ...localised(publication().locales.fr), abstract: null } },
      } as SnapshotItem,
    ],
  ]

  it.each(items)('%s', (name, item) => {
    const html = itemArticleHtml(item, 'fr', options)
    const els = elements(html)
    expect(els.filter((el) => el.tagName === 'img' && attr(el, 'src') === 'x')).toHaveLength(0)
    const scripts = els.filter((el) => el.tagName === 'script')
    expect(scripts.map(textOf)).toEqual(name === 'webinaire' ? [videoPlayerScript] : [])
    for (const el of els) {
      for (const { name: attrName, value } of el.attrs) {
        if (attrName.startsWith('on')) {
          expect([`print()`, copyCitationHandler]).toContain(value)
        }
        if (attrName === 'href' || attrName === 'src') {
          expect(value).not.toMatch(/^\s*javascript:|^\/\//i)
        }
      }
    }
    // The hostile text is still there, as text.
    expect(textOf(els.find((el) => el.tagName === 'h1')!)).toBe(evil)
    expect(html).not.toContain('<script>alert(1)')
  })
})

describe('markup escaping', () => {
  it('escapes text as Astro does', () => {
    expect(text(`<b> & "d'accord"`)).toBe('&lt;b&gt; &amp; &quot;d&#39;accord&quot;')
  })

  it('escapes attributes as Astro does, and quotes and brackets always', () => {
    expect(attributeValue(`a & "b" <c> d'e`)).toBe('a &#38; &#34;b&#34; &lt;c&gt; d&#39;e')
    expect(attributeValue('https://x.test/?a=1&b=2')).toBe('https://x.test/?a=1&b=2')
    expect(attributeValue('https://x.test/?a="><script>')).toBe(
      'https://x.test/?a=&#34;&gt;&lt;script&gt;',
    )
  })

  it('writes bare, omitted and valued attributes, and refuses a bad name', () => {
    expect(attributes({ hidden: true, a: '', b: undefined, c: null, d: false, e: 0 })).toBe(
      ' hidden a e="0"',
    )
    expect(() => attributes({ 'on click': 'x' })).toThrow('Invalid attribute name')
  })
})
