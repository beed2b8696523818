/**
 * Hostile and malformed input: nothing an editor state holds may add markup, script or an
 * unsafe URL to the page, and nothing may make the renderer throw.
 */
import { describe, expect, it } from 'vitest'
import { maxRichTextDepth, renderRichText, richTextToPlainText } from '../src/rich-text'
import { block, listItem, link, list, paragraph, root, text, upload } from './helpers/lexical'

function render(state: unknown, locale: 'fr' | 'en' = 'fr') {
  const warnings: string[] = []
  const html = renderRichText(state as never, {
    locale,
    onWarning: (message) => warnings.push(message),
  })
  return { html, warnings }
}

const linkTo = (url: unknown) => root(paragraph(link({ url }, text('cliquez'))))

describe('unsafe link URLs are removed and reported', () => {
  it.each([
    ['javascript:alert(1)', 'scheme "javascript:" is not allowed'],
    ['JavaScript:alert(1)', 'scheme "javascript:" is not allowed'],
    ['  javascript:alert(1)', 'scheme "javascript:" is not allowed'],
    ['\u00a0javascript:alert(1)', 'scheme "javascript:" is not allowed'],
    ['java\tscript:alert(1)', 'control character in URL'],
    ['java\nscript:alert(1)', 'control character in URL'],
    ['\u0000javascript:alert(1)', 'control character in URL'],
    ['javascript\u0000:alert(1)', 'control character in URL'],
    ['jav&#x09;ascript:alert(1)', 'not an absolute URL and not a path starting with /, # or ?'],
    ['&#106;avascript:alert(1)', 'not an absolute URL and not a path starting with /, # or ?'],
    ['javascript&colon;alert(1)', 'not an absolute URL and not a path starting with /, # or ?'],
    ['ｊａｖａｓｃｒｉｐｔ:alert(1)', 'not an absolute URL and not a path starting with /, # or ?'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'scheme "data:" is not allowed'],
    ['DATA:text/html,<script>alert(1)</script>', 'scheme "data:" is not allowed'],
    ['vbscript:msgbox(1)', 'scheme "vbscript:" is not allowed'],
    ['VBScript:msgbox(1)', 'scheme "vbscript:" is not allowed'],
    ['file:///etc/passwd', 'scheme "file:" is not allowed'],
    ['www.example.org', 'not an absolute URL and not a path starting with /, # or ?'],
    ['https://', 'malformed URL'],
    ['', 'empty URL'],
  ])('%j', (url, reason) => {
    const { html, warnings } = render(linkTo(url))
    expect(html).toBe('<p>cliquez</p>')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`(${reason}): rendered as text`)
  })

  it('refuses a relative URL that hides a control character behind an entity', () => {
    const { html, warnings } = render(linkTo('/#&#x0A;javascript:alert(1)'))
    expect(html).toBe('<p>cliquez</p>')
    expect(warnings).toEqual([
      'Removed rich-text link "/#&#x0A;javascript:alert(1)" (once HTML entities are decoded: control character in URL): rendered as text',
    ])
  })

  it('keeps a harmless URL whose query holds an entity, escaped', () => {
    expect(render(linkTo('/recherche/?q=fer&amp;type=fiches')).html).toBe(
      '<p><a href="/recherche/?q=fer&amp;amp;type=fiches">cliquez</a></p>',
    )
  })

  it('treats protocol-relative URLs as external links, not as site paths', () => {
    expect(render(linkTo('//evil.example/x')).html).toBe(
      '<p><a href="//evil.example/x" class="rt-external" rel="noopener noreferrer">cliquez<span class="sr-only"> (lien externe)</span></a></p>',
    )
    expect(render(linkTo('/\\evil.example/x')).html).toContain('class="rt-external"')
  })

  it('refuses a URL that is not a string', () => {
    for (const url of [null, 42, { href: 'javascript:alert(1)' }, ['javascript:alert(1)']]) {
      const { html, warnings } = render(linkTo(url))
      expect(html).toBe('<p>cliquez</p>')
      expect(warnings[0]).toContain('(URL is not a string)')
    }
  })

  it('checks the URL returned by resolveInternalLink too', () => {
    const warnings: string[] = []
    const html = renderRichText(
      root(
        paragraph(
          link({ linkType: 'internal', doc: { relationTo: 'fact-sheets', value: '1' } }, text('x')),
        ),
      ),
      {
        locale: 'fr',
        resolveInternalLink: () => 'javascript:alert(1)',
        onWarning: (m) => warnings.push(m),
      },
    )
    expect(html).toBe('<p>x</p>')
    expect(warnings).toEqual([
      'Removed rich-text link "javascript:alert(1)" (scheme "javascript:" is not allowed): rendered as text',
    ])
  })
})

describe('text and attributes are escaped', () => {
  it('escapes markup in text', () => {
    const { html } = render(
      root(paragraph(text('<script>alert("x")</script> & <img src=x onerror=alert(1)>'))),
    )
    expect(html).toBe(
      '<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</p>',
    )
  })

  it('escapes quotes in an href so that no attribute can be added', () => {
    const { html } = render(linkTo('https://example.org/"onmouseover="alert(1)'))
    expect(html).toBe(
      '<p><a href="https://example.org/&quot;onmouseover=&quot;alert(1)" class="rt-external" rel="noopener noreferrer">' +
        'cliquez<span class="sr-only"> (lien externe)</span></a></p>',
    )
  })

  it('escapes an onerror payload in alt text', () => {
    const image = { url: '/m.png', width: 1, height: 1, alt: '" onerror="alert(1)" x="<script>' }
    expect(render(root(upload('media', image))).html).toBe(
      '<figure class="rt-figure"><img src="/m.png" alt="&quot; onerror=&quot;alert(1)&quot; x=&quot;&lt;script&gt;" ' +
        'width="1" height="1" loading="lazy" decoding="async"></figure>',
    )
  })

  it('escapes block fields and refuses an unsafe image source', () => {
    const { html, warnings } = render(
      root(
        block({
          blockType: 'callout',
          tone: 'info',
          title: '<b onclick=x>',
          text: '</aside><script>x</script>',
        }),
        block({
          blockType: 'figure',
          image: { url: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'x' },
        }),
        block({
          blockType: 'download',
          document: {
            url: 'javascript:alert(1)',
            filename: 'a<b>.pdf',
            mimeType: 'application/pdf" onclick="x',
            filesize: 10,
          },
        }),
      ),
    )
    expect(html).toBe(
      '<aside class="rt-callout rt-callout--info" role="note"><p class="rt-callout__title"><strong>&lt;b onclick=x&gt;</strong></p>' +
        '<p>&lt;/aside&gt;&lt;script&gt;x&lt;/script&gt;</p></aside>' +
        '<p class="rt-download">a&lt;b&gt;.pdf <span class="rt-download__meta">(PDF, 10 octets)</span></p>',
    )
    expect(warnings).toEqual([
      'Skipped a rich-text image with URL "data:image/svg+xml,<svg onload=alert(1)>" (scheme "data:" is not allowed)',
      'Removed download link "javascript:alert(1)" (scheme "javascript:" is not allowed): rendered as text',
    ])
  })

  it('refuses an invalid callout tone instead of writing it into a class', () => {
    const { html, warnings } = render(
      root(block({ blockType: 'callout', tone: 'info" onclick="x', text: 'a' })),
    )
    expect(html).toBe('')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Skipped a rich-text "callout" block with invalid fields \(tone: /)
  })

  it('drops a reference URL that is not http(s)', () => {
    const { html, warnings } = render(
      root(
        block({
          blockType: 'reference',
          authors: 'X',
          title: 'T',
          year: 2020,
          url: 'javascript:alert(1)',
        }),
      ),
    )
    expect(html).toBe('<p class="rt-reference">X. (2020). <i>T</i>.</p>')
    expect(warnings).toEqual([
      'Removed the URL "javascript:alert(1)" of a reference (scheme "javascript:" is not allowed)',
    ])
  })
})

describe('unknown and malformed nodes are skipped with a warning, never thrown on', () => {
  it('skips unknown node types, with their children', () => {
    const { html, warnings } = render(
      root(
        { type: 'table', children: [text('cellule')] },
        paragraph(text('a'), { type: 'emoji', text: '😀' }),
      ),
    )
    expect(html).toBe('<p>a</p>')
    expect(warnings).toEqual([
      'Skipped unknown rich-text node type "table"',
      'Skipped unknown rich-text node type "emoji"',
    ])
  })

  it('skips unknown blocks and raw HTML blocks', () => {
    const { html, warnings } = render(
      root(block({ blockType: 'html', html: '<script>alert(1)</script>' }), block({})),
    )
    expect(html).toBe('')
    expect(warnings).toEqual([
      'Skipped unknown rich-text block "html"',
      'Skipped unknown rich-text block undefined',
    ])
  })

  it('skips blocks and uploads whose relation is not populated', () => {
    const { html, warnings } = render(
      root(
        block({ blockType: 'figure', image: 'abc' }),
        block({ blockType: 'download', document: 4 }),
        upload('users', { url: '/x' }),
      ),
    )
    expect(html).toBe('')
    expect(warnings).toEqual([
      'Skipped a figure whose image "abc" is not populated (read it with depth ≥ 1)',
      'Skipped a download whose document 4 is not populated (read it with depth ≥ 1)',
      'Skipped a rich-text upload from "users"',
    ])
  })

  it.each([
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', []],
    ['an object without root', { children: [] }],
    ['a root that is a string', { root: 'x' }],
  ])('renders nothing for %s', (_name, state) => {
    const { html, warnings } = render(state)
    expect(html).toBe('')
    expect(warnings).toEqual([
      'Rich text is not a Lexical editor state ({ root: { children: [...] } }): nothing rendered',
    ])
    expect(richTextToPlainText(state as never)).toBe('')
  })

  it('survives missing, null and wrongly typed fields', () => {
    const { html, warnings } = render({
      root: {
        type: 'root',
        children: [
          null,
          7,
          'text',
          { type: 'paragraph' },
          { type: 'paragraph', children: 'nope' },
          {
            type: 'paragraph',
            children: [{ type: 'text' }, { type: 'text', text: 5 }, { text: 'no type' }],
          },
          { type: 'heading', tag: 'h9', children: [text('T')] },
          {
            type: 'list',
            listType: 'zigzag',
            start: 'x',
            children: [null, text('loose'), listItem([text('ok')])],
          },
          { type: 'listitem', children: [text('orphan')] },
          { type: 'link', children: [text('no fields')] },
          { type: 'block' },
          { type: 'upload' },
          { type: 'paragraph', children: [paragraph(text('nested paragraph'))] },
        ],
      },
    })
    // An inline node at the top level is tolerated: its text is kept, its bad link is not.
    expect(html).toBe('<h2 id="t">T</h2><ul><li>ok</li></ul>no fields')
    expect(warnings).toEqual([
      'Skipped a rich-text child that is not a node (null)',
      'Skipped a rich-text child that is not a node (number)',
      'Skipped a rich-text child that is not a node (string)',
      'Rich-text "paragraph" node has children that are not a list: ignored',
      'Skipped a rich-text text node whose text is not a string',
      'Skipped a rich-text text node whose text is not a string',
      'Skipped a rich-text node without a type',
      'Rich-text heading with tag "h9": rendered as h2',
      'Rich-text list of unknown type "zigzag": rendered as a bullet list',
      'Skipped a rich-text value directly inside a list',
      'Skipped a rich-text "text" node directly inside a list',
      'Skipped a rich-text list item outside a list',
      'Removed rich-text link (undefined) (URL is not a string): rendered as text',
      'Skipped unknown rich-text block undefined',
      'Skipped a rich-text upload from undefined',
      'Skipped a rich-text "paragraph" node inside inline content',
    ])
  })

  it('renders the text of a link nested inside another link without the inner link', () => {
    const nested = link(
      { url: 'https://a.example' },
      text('a '),
      link({ url: 'https://b.example' }, text('b')),
    )
    const { html, warnings } = render(root(paragraph(nested)))
    expect(html).toBe(
      '<p><a href="https://a.example" class="rt-external" rel="noopener noreferrer">a b<span class="sr-only"> (lien externe)</span></a></p>',
    )
    expect(warnings).toEqual(['Rich-text link inside another link: rendered as text'])
  })

  it('lets an exception thrown by onWarning through (a strict build may want to stop)', () => {
    expect(() =>
      renderRichText(root({ type: 'mystery' }), {
        locale: 'fr',
        onWarning: (message) => {
          throw new Error(message)
        },
      }),
    ).toThrow('Skipped unknown rich-text node type "mystery"')
  })
})

describe('deep nesting does not blow the stack', () => {
  const deepList = (levels: number) => {
    let node = list('bullet', [listItem([text(`niveau ${levels}`)])])
    for (let level = levels - 1; level >= 1; level -= 1) {
      node = list('bullet', [listItem([text(`niveau ${level}`)]), listItem([node])])
    }
    return root(node)
  }

  it('renders reasonable nesting in full', () => {
    const { html, warnings } = render(deepList(3))
    expect(html).toBe(
      '<ul><li>niveau 1<ul><li>niveau 2<ul><li>niveau 3</li></ul></li></ul></li></ul>',
    )
    expect(warnings).toEqual([])
  })

  it('cuts 10 000 nested lists with a single warning', () => {
    const { html, warnings } = render(deepList(10_000))
    expect(warnings).toEqual([
      `Rich text nested deeper than ${maxRichTextDepth} levels: the deeper content was skipped`,
    ])
    expect(html.startsWith('<ul><li>niveau 1<ul><li>niveau 2<ul>')).toBe(true)
    expect(html).not.toContain('niveau 10000')
    expect(richTextToPlainText(deepList(10_000)).startsWith('niveau 1\nniveau 2\n')).toBe(true)
  })

  it('cuts 10 000 nested links and formatting nodes', () => {
    let node: Record<string, unknown> = text('fond')
    for (let i = 0; i < 10_000; i += 1)
      node = { type: 'link', fields: { url: '/x/' }, children: [node] }
    const { html, warnings } = render(root(paragraph(node)))
    expect(html).toBe('')
    expect(warnings).toContain(
      `Rich text nested deeper than ${maxRichTextDepth} levels: the deeper content was skipped`,
    )
  })

  it('survives a JSON document nested 10 000 levels deep', () => {
    const open = '{"type":"list","listType":"bullet","children":[{"type":"listitem","children":['
    const json = `{"root":{"type":"root","children":[${open.repeat(10_000)}{"type":"text","text":"fond"}${']}]}'.repeat(10_000)}]}}`
    const state = JSON.parse(json)
    const { html, warnings } = render(state)
    expect(html).toBe('')
    expect(warnings).toEqual([
      `Rich text nested deeper than ${maxRichTextDepth} levels: the deeper content was skipped`,
    ])
    expect(richTextToPlainText(state)).toBe('')
  })
})
