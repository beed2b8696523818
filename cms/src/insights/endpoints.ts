/**
 * The public counting endpoints (anonymous, no cookie read or set, no address stored):
 * - `POST /api/insights/search`: the search page's final query, its result count and the typo
 *   rule's correction, as JSON (sent as text/plain, so that no preflight is needed);
 * - `GET /api/insights/view?c=<type>&id=<id>`: a content page's 1×1 image (no JavaScript);
 * - `POST /api/insights/download?c=<type>&id=<id>`: the `ping` of a download link.
 * Each is bounded: a body of at most 1 KB (413), a clear 400 for anything malformed, a
 * per-client rate (429 with Retry-After, rateLimit.ts), a cap on distinct queries a day, and
 * the retention job. And the staff-only CSV exports: `GET /api/insights/search.csv`,
 * `GET /api/insights/readers.csv`.
 */
import Papa from 'papaparse'
import { headersWithCors, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { maxQueryLength } from './collections'
import { countReader, countSearch, dayOf, monthOf, type ReaderEvent } from './counters'
import { normaliseQuery } from './normalise'
import { overRateLimit } from './rateLimit'
import { periodStart, queryKinds, queryRows, readerRows, type QueryKind } from './summaries'

/** Largest report body: a query of 120 characters in JSON is about 300 bytes. */
export const maxReportBytes = 1024

const answer = (req: PayloadRequest, status: number, body?: unknown, extra?: HeadersInit) => {
  const headers = headersWithCors({ headers: new Headers(extra), req })
  headers.set('Cache-Control', 'no-store')
  if (body === undefined) return new Response(null, { status, headers })
  return Response.json(body, { status, headers })
}
const refuse = (req: PayloadRequest, status: number, message: string, extra?: HeadersInit) =>
  answer(req, status, { errors: [{ message }] }, extra)

const tooMany = (req: PayloadRequest, seconds: number) =>
  refuse(req, 429, `Trop de requêtes : réessayez dans ${seconds} s. Rien n’a été compté.`, {
    'Retry-After': String(seconds),
  })

/** The body as text, or a refusal when it is over `maxReportBytes`. */
async function readSmallBody(req: PayloadRequest): Promise<string | Response> {
  const tooLarge = () =>
    refuse(req, 413, `Requête refusée : un signalement compte au plus ${maxReportBytes} octets.`)
  if (Number(req.headers.get('content-length') ?? 0) > maxReportBytes) return tooLarge()
  const text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > maxReportBytes) return tooLarge()
  return text
}

const reportSchema = z.object({
  q: z.string().max(maxQueryLength * 2),
  lang: z.enum(['fr', 'en']),
  results: z.number().int().min(0).max(1_000_000),
  corrected: z
    .string()
    .max(maxQueryLength * 2)
    .nullish(),
})

const searchReport: Endpoint = {
  path: '/insights/search',
  method: 'post',
  handler: async (req) => {
    const body = await readSmallBody(req)
    if (body instanceof Response) return body
    let data: unknown
    try {
      data = JSON.parse(body)
    } catch {
      return refuse(
        req,
        400,
        'Signalement refusé : le corps doit être un objet JSON { q, lang, results, corrected }.',
      )
    }
    const parsed = reportSchema.safeParse(data)
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(corps)'))]
      return refuse(
        req,
        400,
        `Signalement refusé : champ(s) invalide(s) ${fields.map((f) => `« ${f} »`).join(', ')} (attendu : q texte d’au plus ${maxQueryLength} caractères, lang « fr » ou « en », results nombre entier ≥ 0, corrected texte ou null).`,
      )
    }
    const query = normaliseQuery(parsed.data.q)
    const correctedTo = parsed.data.corrected ? normaliseQuery(parsed.data.corrected) : null
    if (!query || query.length > maxQueryLength || (correctedTo?.length ?? 0) > maxQueryLength)
      return refuse(
        req,
        400,
        `Signalement refusé : la recherche doit compter de 1 à ${maxQueryLength} caractères.`,
      )
    const wait = await overRateLimit(req, 'search')
    if (wait) return tooMany(req, wait)
    const outcome = await countSearch(req.payload, {
      query,
      language: parsed.data.lang,
      results: parsed.data.results,
      correctedTo: correctedTo && correctedTo !== query ? correctedTo : null,
    })
    // 204 either way: a capped day is not the reporter's error.
    return answer(req, 204, undefined, { 'X-Insights': outcome })
  },
}

/** The item a view or download names, when it exists and is published; else a refusal. */
async function publishedItem(
  req: PayloadRequest,
): Promise<{ collection: ContentType; id: string } | Response> {
  const params = new URL(req.url ?? '', 'http://localhost').searchParams
  const collection = params.get('c') ?? ''
  const id = params.get('id') ?? ''
  if (!(contentTypes as readonly string[]).includes(collection) || !/^[\w-]{1,64}$/.test(id))
    return refuse(
      req,
      400,
      `Comptage refusé : indiquez « c » (${contentTypes.join(', ')}) et « id » (l’identifiant du contenu).`,
    )
  // As the public reads it: a draft, an archived or a missing item is not counted.
  const found = await req.payload
    .find({
      collection: collection as ContentType,
      where: { id: { equals: id } },
      depth: 0,
      limit: 1,
      overrideAccess: false,
      user: null,
      select: {},
    })
    .catch(() => null)
  if (!found?.docs.length)
    return refuse(req, 404, 'Comptage refusé : ce contenu n’existe pas ou n’est pas publié.')
  return { collection: collection as ContentType, id }
}

/** A transparent 1×1 GIF (43 bytes): what the content pages' image receives. */
const pixel = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')

const readerEndpoint = (event: ReaderEvent, method: 'get' | 'post', path: string): Endpoint => ({
  path,
  method,
  handler: async (req) => {
    if (method === 'post') {
      // A ping's body is the 4 bytes « PING »; anything large is refused unread.
      const body = await readSmallBody(req)
      if (body instanceof Response) return body
    }
    const item = await publishedItem(req)
    if (item instanceof Response) return item
    const wait = await overRateLimit(req, 'readers')
    if (wait) return tooMany(req, wait)
    await countReader(req.payload, item, event)
    if (event === 'views')
      return new Response(pixel, {
        status: 200,
        headers: headersWithCors({
          headers: new Headers({
            'Content-Type': 'image/gif',
            'Content-Length': String(pixel.length),
            'Cache-Control': 'no-store',
          }),
          req,
        }),
      })
    return answer(req, 204)
  },
})

const staffOnly = (req: PayloadRequest) =>
  isAdminOrEditor({ req })
    ? null
    : refuse(req, 403, 'Accès réservé à l’équipe de contenu (éditeur·rice ou administrateur·rice).')

const isDay = (v: string | null) => Boolean(v && /^\d{4}-\d{2}-\d{2}$/.test(v))
const isMonth = (v: string | null) => Boolean(v && /^\d{4}-\d{2}$/.test(v))

const csv = (
  req: PayloadRequest,
  name: string,
  rows: Record<string, unknown>[],
  columns: string[],
) =>
  new Response(
    `\uFEFF${Papa.unparse({ fields: columns, data: rows.map((r) => columns.map((c) => r[c] ?? '')) })}\r\n`,
    {
      status: 200,
      headers: headersWithCors({
        headers: new Headers({
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${name}"`,
          'Cache-Control': 'no-store',
        }),
        req,
      }),
    },
  )

/** Period parameters shared by the view and the exports: `days` (7…365) or `from`/`to`. */
export function periodOf(params: URLSearchParams) {
  const to = isDay(params.get('to')) ? params.get('to')! : dayOf(new Date())
  const days = Number(params.get('days') ?? 30)
  const from = isDay(params.get('from'))
    ? params.get('from')!
    : periodStart(Number.isFinite(days) && days > 0 ? Math.min(days, 3660) : 30)
  return { from, to }
}

const searchCsv: Endpoint = {
  path: '/insights/search.csv',
  method: 'get',
  handler: async (req) => {
    const refused = staffOnly(req)
    if (refused) return refused
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const kind = (queryKinds as readonly string[]).includes(params.get('kind') ?? '')
      ? (params.get('kind') as QueryKind)
      : 'top'
    const language =
      params.get('lang') === 'en' ? 'en' : params.get('lang') === 'fr' ? 'fr' : undefined
    const { from, to } = periodOf(params)
    const rows = await queryRows(req.payload, { kind, from, to, language, limit: 10_000 })
    return csv(
      req,
      `recherches-${kind}-${from}-${to}.csv`,
      rows.map((r) => ({
        recherche: r.query,
        langue: r.language,
        recherches: r.searches,
        sans_resultat: r.zeroResults,
        corrigees: r.corrected,
        corrigee_en: r.correctedTo,
        dernier_jour: r.lastDay,
      })),
      [
        'recherche',
        'langue',
        'recherches',
        'sans_resultat',
        'corrigees',
        'corrigee_en',
        'dernier_jour',
      ],
    )
  },
}

const readersCsv: Endpoint = {
  path: '/insights/readers.csv',
  method: 'get',
  handler: async (req) => {
    const refused = staffOnly(req)
    if (refused) return refused
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const now = new Date()
    const to = isMonth(params.get('to')) ? params.get('to')! : monthOf(now)
    const from = isMonth(params.get('from'))
      ? params.get('from')!
      : monthOf(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1)))
    const rows = await readerRows(req.payload, { from, to, byMonth: true })
    return csv(
      req,
      `lecteurs-${from}-${to}.csv`,
      rows.map((r) => ({
        mois: r.month,
        type: r.collection,
        id: r.item,
        titre: r.title,
        pages_vues: r.views,
        telechargements: r.downloads,
      })),
      ['mois', 'type', 'id', 'titre', 'pages_vues', 'telechargements'],
    )
  },
}

export const insightsEndpoints: Endpoint[] = [
  searchReport,
  readerEndpoint('views', 'get', '/insights/view'),
  readerEndpoint('downloads', 'post', '/insights/download'),
  searchCsv,
  readersCsv,
]
