import { describe, expect, it } from 'vitest'
import {
  extractHeadings,
  renderRichText,
  richTextToPlainText,
  type RenderOptions,
} from '../src/rich-text'
import { documentDoc, media } from './fixtures/rich-text/uploads'
import {
  block,
  heading,
  hr,
  linebreak,
  link,
  list,
  listItem,
  paragraph,
  quote,
  root,
  tab,
  text,
  upload,
} from './helpers/lexical'

function renderWithWarnings(
  state: Parameters<typeof renderRichText>[0],
  options: Partial<RenderOptions> = {},
) {
  const warnings: string[] = []
  const html = renderRichText(state, {
    locale: 'fr',
    onWarning: (message) => warnings.push(message),
    ...options,
  })
  return { html, warnings }
}

const html = (
  state: Parameters<typeof renderRichText>[0],
  options: Partial<RenderOptions> = {},
) => {
  const result = renderWithWarnings(state, options)
  expect(result.warnings).toEqual([])
  return result.html
}

describe('renderRichText: text and its formats', () => {
  it('renders an empty state, null and undefined as nothing', () => {
    expect(html(root())).toBe('')
    expect(html(null)).toBe('')
    expect(html(undefined)).toBe('')
  })

  it.each([
    [1, '<strong>x</strong>'],
    [2, '<em>x</em>'],
    [4, '<s>x</s>'],
    [8, '<u>x</u>'],
    [16, '<code>x</code>'],
    [32, '<sub>x</sub>'],
    [64, '<sup>x</sup>'],
    [128, '<mark>x</mark>'],
  ])('renders format bit %i', (format, expected) => {
    expect(html(root(paragraph(text('x', format))))).toBe(`<p>${expected}</p>`)
  })

  it('nests combined formats in a fixed order', () => {
    expect(html(root(paragraph(text('x', 1 | 2 | 4 | 8 | 16))))).toBe(
      '<p><strong><em><s><u><code>x</code></u></s></em></strong></p>',
    )
    expect(html(root(paragraph(text('E', 0), text('=mc', 0), text('2', 64))))).toBe(
      '<p>E=mc<sup>2</sup></p>',
    )
  })

  it('ignores the style string and unknown format types', () => {
    const styled = { ...text('rouge'), style: 'color: red; background: url(javascript:x)' }
    expect(html(root(paragraph(styled, { ...text('!'), format: 'bold' })))).toBe('<p>rouge!</p>')
  })

  it('renders line breaks and tabs', () => {
    expect(html(root(paragraph(text('a'), linebreak(), text('b'), tab(), text('c'))))).toBe(
      '<p>a<br>b\tc</p>',
    )
  })

  it('drops empty paragraphs (blank lines typed in the editor)', () => {
    expect(html(root(paragraph(), paragraph(text('')), paragraph(text('a'))))).toBe('<p>a</p>')
  })
})

describe('renderRichText: block nodes', () => {
  it('renders quotes and horizontal rules', () => {
    expect(html(root(quote(text('Citation'), linebreak(), text('suite')), hr()))).toBe(
      '<blockquote>Citation<br>suite</blockquote><hr>',
    )
  })

  it('shifts headings so that none is an h1, keeping the outline', () => {
    const state = root(
      heading('h1', text('Un')),
      heading('h2', text('Deux')),
      heading('h6', text('Six')),
    )
    expect(html(state)).toBe('<h2 id="un">Un</h2><h3 id="deux">Deux</h3><h6 id="six">Six</h6>')
  })

  it('leaves an outline that already starts at h2 as it is', () => {
    expect(html(root(heading('h2', text('A')), heading('h3', text('B'))))).toBe(
      '<h2 id="a">A</h2><h3 id="b">B</h3>',
    )
  })

  it('honours minHeadingLevel', () => {
    expect(
      html(root(heading('h2', text('A')), heading('h3', text('B'))), { minHeadingLevel: 3 }),
    ).toBe('<h3 id="a">A</h3><h4 id="b">B</h4>')
    expect(html(root(heading('h1', text('A'))), { minHeadingLevel: 1 })).toBe('<h1 id="a">A</h1>')
  })

  it('gives headings unique ids from their text, and lists them', () => {
    const state = root(
      heading('h2', text('Allaitement et ', 0), text('travail', 2)),
      heading('h3', text('Allaitement et travail')),
      heading('h3', text('« ! »')),
    )
    expect(html(state)).toBe(
      '<h2 id="allaitement-et-travail">Allaitement et <em>travail</em></h2>' +
        '<h3 id="allaitement-et-travail-2">Allaitement et travail</h3>' +
        '<h3 id="section">« ! »</h3>',
    )
    expect(extractHeadings(state, { locale: 'fr' })).toEqual([
      { level: 2, text: 'Allaitement et travail', id: 'allaitement-et-travail' },
      { level: 3, text: 'Allaitement et travail', id: 'allaitement-et-travail-2' },
      { level: 3, text: '« ! »', id: 'section' },
    ])
  })
})

describe('renderRichText: lists', () => {
  it('renders bullet and numbered lists, with start', () => {
    expect(html(root(list('bullet', [listItem([text('a')]), listItem([text('b')])])))).toBe(
      '<ul><li>a</li><li>b</li></ul>',
    )
    expect(html(root(list('number', [listItem([text('a')])])))).toBe('<ol><li>a</li></ol>')
    expect(html(root(list('number', [listItem([text('c')])], 3)))).toBe(
      '<ol start="3"><li>c</li></ol>',
    )
  })

  it('puts a nested list inside the item before it, as Lexical stores it', () => {
    const state = root(
      list('bullet', [
        listItem([text('Fruits')]),
        listItem([
          list('number', [
            listItem([text('Pommes')]),
            listItem([
              list('bullet', [listItem([text('Cortland')]), listItem([text('McIntosh')])]),
            ]),
            listItem([text('Poires')]),
          ]),
        ]),
        listItem([text('Légumes')]),
      ]),
    )
    expect(html(state)).toBe(
      '<ul><li>Fruits<ol><li>Pommes<ul><li>Cortland</li><li>McIntosh</li></ul></li>' +
        '<li>Poires</li></ol></li><li>Légumes</li></ul>',
    )
  })

  it('keeps a nested list that has no item before it', () => {
    expect(html(root(list('bullet', [listItem([list('bullet', [listItem([text('x')])])])])))).toBe(
      '<ul><li><ul><li>x</li></ul></li></ul>',
    )
  })

  it('renders check lists with their state for screen readers', () => {
    const state = root(
      list('check', [
        listItem([text('Peser')], { checked: true }),
        listItem([text('Mesurer')], { checked: false }),
      ]),
    )
    expect(html(state)).toBe(
      '<ul class="rt-checklist">' +
        '<li class="rt-checklist__item" data-checked="true"><span class="sr-only">Fait&nbsp;: </span>Peser</li>' +
        '<li class="rt-checklist__item" data-checked="false"><span class="sr-only">À faire&nbsp;: </span>Mesurer</li>' +
        '</ul>',
    )
    expect(
      html(root(list('check', [listItem([text('Weigh')], { checked: true })])), { locale: 'en' }),
    ).toBe(
      '<ul class="rt-checklist"><li class="rt-checklist__item" data-checked="true"><span class="sr-only">Done: </span>Weigh</li></ul>',
    )
  })

  it('drops empty list items and empty lists', () => {
    expect(
      html(root(list('bullet', [listItem([]), listItem([text('')])]), paragraph(text('x')))),
    ).toBe('<p>x</p>')
  })
})

describe('renderRichText: links', () => {
  it('renders a relative link as is', () => {
    expect(html(root(paragraph(link({ url: '/fiches/fer/' }, text('le fer')))))).toBe(
      '<p><a href="/fiches/fer/">le fer</a></p>',
    )
  })

  it('marks an external link and rel=noopener noreferrer', () => {
    expect(html(root(paragraph(link({ url: 'https://www.inspq.qc.ca/' }, text('INSPQ')))))).toBe(
      '<p><a href="https://www.inspq.qc.ca/" class="rt-external" rel="noopener noreferrer">INSPQ' +
        '<span class="sr-only"> (lien externe)</span></a></p>',
    )
  })

  it('marks a link that opens a new tab, in English too', () => {
    const state = root(
      paragraph(link({ url: 'https://example.org/a?b=1&c=2', newTab: true }, text('Example'))),
    )
    expect(html(state, { locale: 'en' })).toBe(
      '<p><a href="https://example.org/a?b=1&amp;c=2" class="rt-external" target="_blank" rel="noopener noreferrer">Example' +
        '<span class="sr-only"> (external link)</span><span class="sr-only"> (opens in a new tab)</span></a></p>',
    )
    expect(html(root(paragraph(link({ url: '/outils/', newTab: true }, text('Outils')))))).toBe(
      `<p><a href="/outils/" target="_blank" rel="noopener">Outils<span class="sr-only"> (s'ouvre dans un nouvel onglet)</span></a></p>`,
    )
  })

  it('does not mark links to the site’s own host as external', () => {
    const state = root(paragraph(link({ url: 'https://nourrirlavie.ca/fiches/fer/' }, text('fer'))))
    expect(html(state, { siteUrl: 'https://www.nourrirlavie.ca' })).toBe(
      '<p><a href="https://nourrirlavie.ca/fiches/fer/">fer</a></p>',
    )
  })

  it('renders mailto: and tel: links, unmarked', () => {
    const state = root(
      paragraph(
        link({ url: 'mailto:info@alima.ca' }, text('écrire')),
        text(' ou '),
        link({ url: 'tel:+15145551234' }, text('appeler')),
      ),
    )
    expect(html(state)).toBe(
      '<p><a href="mailto:info@alima.ca">écrire</a> ou <a href="tel:+15145551234">appeler</a></p>',
    )
  })

  it('renders formatted text inside links and autolinks', () => {
    const autolink = { ...link({ url: 'https://alima.ca' }, text('alima.ca', 1)), type: 'autolink' }
    expect(html(root(paragraph(autolink)))).toBe(
      '<p><a href="https://alima.ca" class="rt-external" rel="noopener noreferrer"><strong>alima.ca</strong>' +
        '<span class="sr-only"> (lien externe)</span></a></p>',
    )
  })

  it('resolves internal links through resolveInternalLink', () => {
    const seen: unknown[] = []
    const state = root(
      paragraph(
        link(
          {
            linkType: 'internal',
            doc: { relationTo: 'fact-sheets', value: { id: '9', slug: 'fer' } },
          },
          text('Le fer'),
        ),
      ),
    )
    const rendered = html(state, {
      resolveInternalLink: (doc) => {
        seen.push(doc)
        return '/fiches/fer/'
      },
    })
    expect(rendered).toBe('<p><a href="/fiches/fer/">Le fer</a></p>')
    expect(seen).toEqual([{ relationTo: 'fact-sheets', value: { id: '9', slug: 'fer' } }])
  })

  it('renders an unresolved internal link as text, silently', () => {
    const state = root(
      paragraph(
        link(
          { linkType: 'internal', doc: { relationTo: 'webinars', value: '3' } },
          text('brouillon'),
        ),
      ),
    )
    expect(html(state, { resolveInternalLink: () => null })).toBe('<p>brouillon</p>')
  })

  it('warns when an internal link cannot be resolved for want of a resolver', () => {
    const state = root(
      paragraph(
        link({ linkType: 'internal', doc: { relationTo: 'webinars', value: '3' } }, text('w')),
      ),
    )
    expect(renderWithWarnings(state)).toEqual({
      html: '<p>w</p>',
      warnings: [
        'Rich-text internal link to "webinars" rendered as text: no resolveInternalLink given',
      ],
    })
  })
})

describe('renderRichText: uploads and blocks', () => {
  const srcset =
    '/api/media/file/assiette-400x225.webp 400w, /api/media/file/assiette-800x450.webp 800w, /api/media/file/assiette.jpg 1600w'

  it('renders an image upload as a figure with srcset, dimensions and lazy loading', () => {
    expect(
      html(root(upload('media', media)), { imageSizes: '(min-width: 48rem) 48rem, 100vw' }),
    ).toBe(
      `<figure class="rt-figure"><img src="/api/media/file/assiette.jpg" srcset="${srcset}" ` +
        'sizes="(min-width: 48rem) 48rem, 100vw" alt="Une assiette équilibrée" width="1600" height="900" ' +
        'loading="lazy" decoding="async"></figure>',
    )
  })

  it('reads image sizes in the snapshot’s array shape too', () => {
    const image = {
      url: '/m/a.jpg',
      alt: { fr: 'A' },
      width: 1200,
      height: 800,
      sizes: [{ name: 'card', url: '/m/a-600.webp', width: 600, height: 400 }],
    }
    expect(html(root(upload('media', image)))).toBe(
      '<figure class="rt-figure"><img src="/m/a.jpg" srcset="/m/a-600.webp 600w, /m/a.jpg 1200w" sizes="100vw" ' +
        'alt="A" width="1200" height="800" loading="lazy" decoding="async"></figure>',
    )
  })

  it('picks the alternative text of the locale from a localised alt, falling back to French', () => {
    const image = { url: '/m.png', width: 10, height: 10, alt: { fr: 'Bébé', en: 'Baby' } }
    expect(html(root(upload('media', image)), { locale: 'en' })).toBe(
      '<figure class="rt-figure"><img src="/m.png" alt="Baby" width="10" height="10" loading="lazy" decoding="async"></figure>',
    )
    expect(
      html(root(upload('media', { ...image, alt: { fr: 'Bébé' } })), { locale: 'en' }),
    ).toContain('alt="Bébé"')
  })

  it('renders a documents upload as a download link', () => {
    expect(html(root(upload('documents', documentDoc)))).toBe(
      '<p class="rt-download"><a href="/api/documents/file/guide-allaitement.pdf" type="application/pdf">' +
        'Guide de l’allaitement <span class="rt-download__meta">(PDF, 240 Ko)</span></a></p>',
    )
  })

  it('skips an upload that is only an id, with a warning', () => {
    expect(renderWithWarnings(root(upload('media', 12)))).toEqual({
      html: '',
      warnings: [
        'Skipped a rich-text upload of media 12 that is not populated (read it with depth ≥ 1)',
      ],
    })
  })

  it('renders a key message', () => {
    expect(
      html(
        root(block({ blockType: 'keyMessage', text: 'Le lait maternel suffit\njusqu’à 6 mois.' })),
      ),
    ).toBe(
      '<aside class="rt-key-message" role="note" aria-label="Message clé">' +
        '<p>Le lait maternel suffit<br>jusqu’à 6 mois.</p></aside>',
    )
  })

  it.each(['info', 'warning', 'important'] as const)(
    'renders a %s callout with its title',
    (tone) => {
      expect(
        html(root(block({ blockType: 'callout', tone, title: 'À noter', text: 'Un.\n\nDeux.' }))),
      ).toBe(
        `<aside class="rt-callout rt-callout--${tone}" role="note"><p class="rt-callout__title"><strong>À noter</strong></p>` +
          '<p>Un.</p><p>Deux.</p></aside>',
      )
    },
  )

  it('renders a callout without title or tone as an info callout', () => {
    expect(html(root(block({ blockType: 'callout', title: null, text: 'Texte' })))).toBe(
      '<aside class="rt-callout rt-callout--info" role="note"><p>Texte</p></aside>',
    )
  })

  it('renders a reference with its DOI as an external link', () => {
    const reference = {
      blockType: 'reference',
      authors: 'Dubois, L. et Girard, M.',
      title: 'Food insecurity in pregnancy',
      source: 'Canadian Journal of Public Health, 112(3), 1–9',
      year: 2021,
      url: 'https://example.org/ignored',
      doi: 'https://doi.org/10.17269/s41997-021-00001',
    }
    expect(html(root(block(reference)))).toBe(
      '<p class="rt-reference">Dubois, L. et Girard, M. (2021). Food insecurity in pregnancy. ' +
        '<i>Canadian Journal of Public Health, 112(3), 1–9</i>. ' +
        '<a href="https://doi.org/10.17269/s41997-021-00001" class="rt-external" rel="noopener noreferrer">' +
        'https://doi.org/10.17269/s41997-021-00001<span class="sr-only"> (lien externe)</span></a></p>',
    )
  })

  it('renders a reference without year, source or link', () => {
    expect(
      html(
        root(
          block({ blockType: 'reference', authors: 'Santé Canada', title: 'Guide alimentaire' }),
        ),
      ),
    ).toBe('<p class="rt-reference">Santé Canada. (s. d.). <i>Guide alimentaire</i>.</p>')
    expect(
      html(
        root(block({ blockType: 'reference', authors: 'Health Canada', title: 'Food guide?' })),
        { locale: 'en' },
      ),
    ).toBe('<p class="rt-reference">Health Canada. (n.d.). <i>Food guide?</i></p>')
  })

  it('renders a figure with its caption', () => {
    const image = { url: '/m.png', width: 640, height: 480, alt: 'Graphique' }
    expect(
      html(root(block({ blockType: 'figure', image, caption: 'Figure 1.\nSource : Alima' }))),
    ).toBe(
      '<figure class="rt-figure"><img src="/m.png" alt="Graphique" width="640" height="480" loading="lazy" decoding="async">' +
        '<figcaption>Figure 1.<br>Source : Alima</figcaption></figure>',
    )
  })

  it('renders a download block with its label, type and size', () => {
    const doc = {
      ...documentDoc,
      filesize: 1_234_567,
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      url: '/d/grille.docx',
      filename: 'grille.docx',
    }
    expect(
      html(root(block({ blockType: 'download', document: doc, label: 'La grille' })), {
        locale: 'en',
      }),
    ).toBe(
      '<p class="rt-download"><a href="/d/grille.docx" type="application/vnd.openxmlformats-officedocument.wordprocessingml.document">' +
        'La grille <span class="rt-download__meta">(Word, 1.2 MB)</span></a></p>',
    )
  })

  it('falls back to the file name when a download has neither label nor title', () => {
    const doc = { url: '/d/x.csv', filename: 'donnees.csv', mimeType: 'text/csv', filesize: 999 }
    expect(html(root(block({ blockType: 'download', document: doc })))).toBe(
      '<p class="rt-download"><a href="/d/x.csv" type="text/csv">donnees.csv <span class="rt-download__meta">(CSV, 999 octets)</span></a></p>',
    )
  })
})

describe('renderRichText: a body as Payload stores it', () => {
  it('renders a whole fact sheet body', () => {
    const body = root(
      heading('h2', text('Pourquoi le fer ?')),
      paragraph(
        text('Pendant la grossesse, les besoins en '),
        text('fer', 1),
        text(' augmentent (voir '),
        link(
          { url: 'https://www.canada.ca/fr/sante-canada.html', newTab: true },
          text('Santé Canada'),
        ),
        text(').'),
      ),
      block({ blockType: 'keyMessage', text: 'Offrir une source de fer à chaque repas.' }),
      list('bullet', [listItem([text('Viandes')]), listItem([text('Légumineuses')])]),
    )
    expect(html(body)).toBe(
      '<h2 id="pourquoi-le-fer">Pourquoi le fer ?</h2>' +
        '<p>Pendant la grossesse, les besoins en <strong>fer</strong> augmentent (voir ' +
        '<a href="https://www.canada.ca/fr/sante-canada.html" class="rt-external" target="_blank" rel="noopener noreferrer">Santé Canada' +
        `<span class="sr-only"> (lien externe)</span><span class="sr-only"> (s'ouvre dans un nouvel onglet)</span></a>).</p>` +
        '<aside class="rt-key-message" role="note" aria-label="Message clé"><p>Offrir une source de fer à chaque repas.</p></aside>' +
        '<ul><li>Viandes</li><li>Légumineuses</li></ul>',
    )
  })
})

describe('richTextToPlainText', () => {
  it('keeps text, separates blocks with a blank line and list items with a newline', () => {
    const state = root(
      heading('h2', text('Titre')),
      paragraph(text('Un '), text('deux', 1), linebreak(), link({ url: '/x/' }, text('trois'))),
      list('bullet', [
        listItem([text('a')]),
        listItem([list('bullet', [listItem([text('a.1')])])]),
        listItem([text('b')]),
      ]),
      block({ blockType: 'callout', tone: 'info', title: 'Note', text: 'Texte' }),
      block({ blockType: 'keyMessage', text: 'Clé' }),
      block({ blockType: 'reference', authors: 'Côté, J.', title: 'Titre', year: 2020 }),
      block({ blockType: 'download', document: documentDoc }),
      block({ blockType: 'figure', image: media, caption: 'Légende' }),
      hr(),
      { type: 'mystery', children: [text('caché')] },
    )
    expect(richTextToPlainText(state)).toBe(
      'Titre\n\nUn deux\ntrois\n\na\na.1\nb\n\nNote\nTexte\n\nClé\n\nCôté, J. (2020). Titre.\n\n' +
        'Guide de l’allaitement\n\nLégende',
    )
  })

  it('returns an empty string for null, undefined and garbage', () => {
    expect(richTextToPlainText(null)).toBe('')
    expect(richTextToPlainText(undefined)).toBe('')
    expect(richTextToPlainText('garbage' as never)).toBe('')
    expect(richTextToPlainText({ root: { type: 'root', children: 'x' } } as never)).toBe('')
  })
})
