import type { APIRoute } from 'astro'
import { getRoutes } from '../content/routes'
import { env } from '../env'
import { sitemapXml } from '../lib/sitemapXml'

export const GET: APIRoute = () =>
  new Response(sitemapXml(getRoutes(), env.SITE_URL), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  })
