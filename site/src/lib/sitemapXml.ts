/**
 * The sitemap: every indexable page with its `hreflang` alternates (built from the route
 * table, like the pages themselves).
 */
import { escapeAttribute, escapeHtml } from '@nlv/shared/html-escape'
import { absoluteUrl } from '@nlv/shared/urls'
import type { Route } from '../content/routes'

export function sitemapXml(routes: Route[], siteUrl: string): string {
  const urls = routes
    .filter((route) => route.kind !== 'search')
    .map((route) => {
      const alternates = Object.entries(route.alternates)
      const links =
        alternates.length > 1
          ? [
              ...alternates.map(
                ([lang, path]) =>
                  `<xhtml:link rel="alternate" hreflang="${lang}" href="${escapeAttribute(absoluteUrl(siteUrl, path))}"/>`,
              ),
              ...(route.alternates.fr
                ? [
                    `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeAttribute(absoluteUrl(siteUrl, route.alternates.fr))}"/>`,
                  ]
                : []),
            ].join('')
          : ''
      const lastmod = route.lastModified
        ? `<lastmod>${escapeHtml(route.lastModified.slice(0, 10))}</lastmod>`
        : ''
      return `<url><loc>${escapeHtml(absoluteUrl(siteUrl, route.path))}</loc>${lastmod}${links}</url>`
    })
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' +
    urls.join('\n') +
    '\n</urlset>\n'
  )
}
