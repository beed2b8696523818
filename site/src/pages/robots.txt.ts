import type { APIRoute } from 'astro'
import { absoluteUrl } from '@nlv/shared/urls'
import { env } from '../env'

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(env.SITE_URL, '/sitemap.xml')}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  )
