/**
 * The preview page: the item's article exactly as the site renders it (same function, same
 * CSS), inside a minimal shell with a bar saying what is previewed. And the pages that
 * refuse or explain (login required, not found, not ready yet), in the preview's language.
 */
import { text, attributes } from '@nlv/shared/article/markup'
import { t, type UiKey } from '@nlv/shared/i18n'
import { locales, type Locale } from '@nlv/shared/locales'

/** The preview bar's own look (the article's comes from the shared design system). */
const barCss = `
.preview-bar{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;gap:var(--space-2) var(--space-5);align-items:center;justify-content:space-between;padding:var(--space-2) var(--space-4);background:#2b2b2b;color:#fff;font-size:var(--text-sm)}
.preview-bar p{margin:0;font-weight:600}
.preview-bar ul{display:flex;gap:var(--space-4);margin:0;padding:0;list-style:none}
.preview-bar li{margin:0}
.preview-bar a{color:#fff}
.preview-bar a[aria-current]{text-decoration:none;font-weight:700}
.preview-issues{max-width:var(--measure)}
@media print{.preview-bar{display:none}}
`

interface Shell {
  locale: Locale
  title: string
  css: string
  /** `data-kind` on `<body>`, as the site sets it (print rules). */
  kind?: string
  bar?: string
  main: string
}

function shell({ locale, title, css, kind = 'page', bar = '', main }: Shell): string {
  return (
    `<!DOCTYPE html><html${attributes({ lang: locale })} dir="ltr"><head>` +
    `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer">` +
    `<title>${text(title)}</title><style>${css}\n${barCss}</style></head>` +
    `<body${attributes({ 'data-kind': kind })}>${bar}` +
    `<main id="contenu" tabindex="-1"><div class="container page">${main}</div></main></body></html>`
  )
}

export interface ArticlePage {
  locale: Locale
  css: string
  kind: string
  /** The item's title in this language (the page's `<title>`). */
  title: string
  article: string
  /** The line saying which version this is. */
  status: string
  /** The preview in each language the item is written in. */
  languages: Partial<Record<Locale, string>>
  /** Back to the document in the admin. */
  exitHref: string
}

/** The preview of an article, with its bar. */
export function articlePage(page: ArticlePage): string {
  const { locale } = page
  const languages = locales
    .filter((l) => page.languages[l])
    .map(
      (l) =>
        `<li><a${attributes({ href: page.languages[l], lang: l, hreflang: l, 'aria-current': l === locale ? 'page' : undefined })}>${text(l.toUpperCase())}</a></li>`,
    )
    .join('')
  const bar =
    `<div class="preview-bar" role="region"${attributes({ 'aria-label': t(locale, 'preview.title', { title: page.title }) })}>` +
    `<p>${text(page.status)}</p>` +
    `<nav${attributes({ 'aria-label': t(locale, 'preview.locale') })}><ul>${languages}` +
    `<li><a${attributes({ href: page.exitHref })}>${text(t(locale, 'preview.exit'))}</a></li></ul></nav></div>`
  return shell({
    locale,
    title: t(locale, 'preview.title', { title: page.title }),
    css: page.css,
    kind: page.kind,
    bar,
    main: page.article,
  })
}

export interface MessagePage {
  locale: Locale
  css: string
  title: UiKey
  body: UiKey
  /** More lines under the message (what a draft still lacks). */
  details?: string[]
  link?: { href: string; label: UiKey }
}

/** A page that explains why there is no preview. */
export function messagePage(page: MessagePage): string {
  const { locale } = page
  const title = t(locale, page.title)
  const details = page.details?.length
    ? `<ul class="preview-issues">${page.details.map((d) => `<li><code>${text(d)}</code></li>`).join('')}</ul>`
    : ''
  const link = page.link
    ? `<p><a class="button"${attributes({ href: page.link.href })}>${text(t(locale, page.link.label))}</a></p>`
    : ''
  return shell({
    locale,
    title: t(locale, 'preview.title', { title }),
    css: page.css,
    main: `<h1>${text(title)}</h1><p class="lede">${text(t(locale, page.body))}</p>${details}${link}`,
  })
}
