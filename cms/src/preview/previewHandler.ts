/**
 * `GET /preview/{collection}/{id}?locale=fr|en[&version=…]`: a draft or a version of a
 * content document, rendered with the site's own article functions and CSS
 * (`@nlv/shared/article/*`, `shared/src/styles/`), for the logged-in team only.
 *
 * - Anonymous: 401 and a login link; logged in but not staff: 403. Previews are never
 *   public and never cached (`Cache-Control: private, no-store`, `X-Robots-Tag: noindex`).
 * - The document is read as the user (`overrideAccess: false`): access rules apply.
 * - Links to the site's own pages are absolute (the preview is served by the CMS), and
 *   point only at published items, as on the site.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'
import { itemArticleHtml } from '@nlv/shared/article/item-article'
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import { intlLocales, t } from '@nlv/shared/i18n'
import { defaultLocale, locales, type Locale } from '@nlv/shared/locales'
import { absoluteUrl, itemPath } from '@nlv/shared/urls'
import { hasRole } from '../access/roles'
import { cmsUrl, env } from '../env'
import { isPublished, withDraftNotice } from './draftDates'
import { loadPreviewItem, type LinkTargets } from './loadPreviewItem'
import { articlePage, messagePage, type MessagePage } from './previewPage'
import { previewCss } from './previewCss'
import { previewPath } from './previewPath'

export interface PreviewParams {
  collection: string
  id: string
}

type RouteContext = { params: Promise<PreviewParams> }

/** Every preview response, whatever its status: private, never stored, never indexed. */
export const previewHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  Vary: 'Cookie, Authorization',
} as const

const html = (body: string, status = 200) => new Response(body, { status, headers: previewHeaders })

const isContentType = (value: string): value is ContentType =>
  (contentTypes as readonly string[]).includes(value)

/** Internal links to published items, absolute on the public site; others as text. */
function linkResolver(targets: LinkTargets, locale: Locale) {
  return ({ relationTo, value }: { relationTo: string; value: unknown }): string | null => {
    const id =
      typeof value === 'object' && value !== null
        ? String((value as { id?: unknown }).id)
        : String(value)
    const slugs = targets.get(`${relationTo}:${id}`)
    if (!slugs || !isContentType(relationTo)) return null
    // As on the site: an item not translated yet is linked in French.
    const [lang, slug] = slugs[locale] ? [locale, slugs[locale]] : ['fr' as const, slugs.fr]
    return slug ? absoluteUrl(env.SITE_URL, itemPath(relationTo, slug, lang)) : null
  }
}

const savedAtText = (iso: string | undefined, locale: Locale) =>
  iso
    ? new Intl.DateTimeFormat(intlLocales[locale], {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'America/Toronto',
      }).format(new Date(iso))
    : '?'

async function respond(payload: Payload, request: Request, params: PreviewParams) {
  const url = new URL(request.url)
  const localeParam = url.searchParams.get('locale')
  const locale: Locale = locales.includes(localeParam as Locale)
    ? (localeParam as Locale)
    : defaultLocale
  const css = await previewCss()
  const message = (status: number, page: Omit<MessagePage, 'locale' | 'css'>) =>
    html(messagePage({ locale, css, ...page }), status)

  const { user } = await payload.auth({ headers: request.headers }).catch(() => ({ user: null }))
  if (!user) {
    return message(401, {
      title: 'preview.unauthorized.title',
      body: 'preview.unauthorized.body',
      link: {
        href: `/admin/login?redirect=${encodeURIComponent(`${url.pathname}${url.search}`)}`,
        label: 'preview.unauthorized.login',
      },
    })
  }
  // Contributors too: the item is read as them, so they preview their own items only.
  if (!hasRole(user, 'admin', 'editor', 'reviewer', 'contributor')) {
    return message(403, { title: 'preview.unauthorized.title', body: 'preview.forbidden.body' })
  }
  const notFound = () =>
    message(404, { title: 'preview.notFound.title', body: 'preview.notFound.body' })
  if (!isContentType(params.collection) || (localeParam !== null && localeParam !== locale)) {
    return notFound()
  }
  const collection = params.collection
  const version = url.searchParams.get('version') || undefined

  const loaded = await loadPreviewItem(payload, { collection, id: params.id, version, user })
  if (loaded.status === 'not-found') return notFound()
  if (loaded.status === 'invalid') {
    return message(422, {
      title: 'preview.invalid.title',
      body: 'preview.invalid.body',
      details: loaded.issues,
    })
  }
  const { item } = loaded
  const content = item.locales[locale]
  if (!content) {
    return message(404, {
      title: 'preview.notFound.title',
      body: 'preview.untranslated',
      link: {
        href: previewPath(collection, params.id, { locale: 'fr', version }),
        label: 'preview.exit',
      },
    })
  }
  const rendered = itemArticleHtml(item, locale, {
    siteUrl: env.SITE_URL,
    cmsUrl,
    resolveInternalLink: linkResolver(loaded.linkTargets, locale),
    sitePath: (path) => absoluteUrl(env.SITE_URL, path),
    onWarning: (warning, field) =>
      payload.logger.debug(`[preview] ${collection}/${params.id} field "${field}": ${warning}`),
  })
  // A draft never published (or withdrawn) has no publication date: « Brouillon — non publié ».
  const article = !(await isPublished(payload, collection, params.id))
    ? withDraftNotice(rendered, locale)
    : rendered
  const admin = `/admin/collections/${collection}/${encodeURIComponent(params.id)}`
  return html(
    articlePage({
      locale,
      css,
      kind: collection,
      title: content.title,
      article,
      status: version
        ? t(locale, 'preview.version', { date: savedAtText(loaded.savedAt, locale) })
        : t(locale, 'preview.latest'),
      languages: Object.fromEntries(
        locales
          .filter((l) => item.locales[l])
          .map((l) => [l, previewPath(collection, params.id, { locale: l, version })]),
      ),
      exitHref: version ? `${admin}/versions/${encodeURIComponent(version)}` : admin,
    }),
  )
}

/** The route handler (`app/(preview)/preview/[collection]/[id]/route.ts`). */
export function previewHandler(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return async function GET(request: Request, context: RouteContext): Promise<Response> {
    const payload = await getPayload({ config })
    return respond(payload, request, await context.params)
  }
}
