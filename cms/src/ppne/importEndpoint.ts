/**
 * `POST /api/ppne-periods/import` — body `{ csv: string, commit?: boolean }`.
 *
 * Without `commit` it only checks the file and answers the preview: for each period, whether
 * it is new, changes an existing one (which values) or changes nothing. With `commit: true` it
 * writes every period as a draft (new, or a new draft of an existing one) in one transaction,
 * and only if the whole file is valid. Answers: 200 `{ preview, written }`, 400
 * `{ errors: [{ row, column, header, message }] }` with French messages.
 */
import {
  commitTransaction,
  initTransaction,
  killTransaction,
  type Endpoint,
  type PayloadRequest,
} from 'payload'
import { hasRole } from '../access/roles'
import { describeIssue, parsePpneCsv, type ImportIssue, type ParsedPeriod } from './parsePpneCsv'

type Doc = Record<string, any>

export interface PreviewChange {
  kind: 'category' | 'profile' | 'note'
  code: string
  name: string
  before: number | string | null
  after: number | string | null
}

export interface PreviewPeriod {
  period: string
  action: 'create' | 'update' | 'unchanged'
  id?: number | string
  changes: PreviewChange[]
}

const fail = (errors: Array<ImportIssue | { message: string }>, status: number) =>
  Response.json(
    {
      errors: errors.map((e) => ({ ...e, message: 'row' in e ? describeIssue(e) : e.message })),
    },
    { status },
  )

async function readBody(req: PayloadRequest): Promise<{ csv?: unknown; commit?: unknown } | null> {
  try {
    return (await req.json?.()) ?? null
  } catch {
    return null
  }
}

const idOf = (v: unknown) => String(v && typeof v === 'object' ? (v as Doc).id : v)

async function list(req: PayloadRequest, collection: 'ppne-categories' | 'ppne-profiles') {
  const { docs } = await req.payload.find({
    collection,
    locale: 'fr',
    limit: 1000,
    pagination: false,
    depth: 0,
    sort: 'order',
    overrideAccess: true,
    req,
  })
  return docs.map((d) => ({ id: d.id, code: String(d.code), name: String(d.name) }))
}

export const ppneImportEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail([{ message: 'Connectez-vous pour importer un fichier.' }], 401)
    if (!hasRole(req.user, 'admin', 'editor'))
      return fail([{ message: 'Seule l’équipe de contenu peut importer un fichier PPNE.' }], 403)
    const body = await readBody(req)
    if (!body || typeof body.csv !== 'string')
      return fail([{ message: 'Requête invalide : joignez le contenu du fichier CSV.' }], 400)

    const [categories, profiles] = await Promise.all([
      list(req, 'ppne-categories'),
      list(req, 'ppne-profiles'),
    ])
    const parsed = parsePpneCsv(body.csv, { categories, profiles })
    if (!parsed.ok) return fail(parsed.issues, 400)

    const existing = new Map<string, Doc>()
    const { docs } = await req.payload.find({
      collection: 'ppne-periods',
      where: { period: { in: parsed.periods.map((p) => p.period) } },
      draft: true,
      locale: 'all',
      depth: 0,
      limit: 1000,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const doc of docs as Doc[]) existing.set(String(doc.period), doc)

    const byId = {
      category: new Map(categories.map((c) => [String(c.id), c])),
      profile: new Map(profiles.map((p) => [String(p.id), p])),
    }
    const preview = parsed.periods.map((p) =>
      previewOf(p, existing.get(p.period), byId, { categories, profiles }),
    )
    if (body.commit !== true) return Response.json({ preview, written: false })

    const toWrite = parsed.periods.filter((_, i) => preview[i]!.action !== 'unchanged')
    const shouldCommit = await initTransaction(req)
    try {
      for (const period of toWrite) {
        const data = {
          period: period.period,
          categoryCosts: categories.map((c) => ({
            category: c.id,
            cost: period.categoryCosts[c.code]!,
          })),
          profileCosts: profiles.map((p) => ({
            profile: p.id,
            cost: period.profileCosts[p.code]!,
          })),
        }
        const doc = existing.get(period.period)
        const written = doc
          ? await req.payload.update({
              collection: 'ppne-periods',
              id: doc.id,
              data: { ...data, note: period.note.fr ?? null } as never,
              locale: 'fr',
              draft: true,
              user: req.user,
              overrideAccess: false,
              req,
            })
          : await req.payload.create({
              collection: 'ppne-periods',
              data: { ...data, note: period.note.fr } as never,
              locale: 'fr',
              draft: true,
              user: req.user,
              overrideAccess: false,
              req,
            })
        if (period.note.en !== undefined || doc?.note?.en) {
          await req.payload.update({
            collection: 'ppne-periods',
            id: written.id,
            data: { note: period.note.en ?? null } as never,
            locale: 'en',
            draft: true,
            user: req.user,
            overrideAccess: false,
            req,
          })
        }
      }
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      req.payload.logger.error({ err: error, msg: '[ppne] import failed, nothing written' })
      return fail(
        [{ message: `L’import a échoué ; rien n’a été enregistré. ${(error as Error).message}` }],
        400,
      )
    }
    return Response.json({ preview, written: true })
  },
}

function previewOf(
  period: ParsedPeriod,
  doc: Doc | undefined,
  byId: Record<'category' | 'profile', Map<string, { code: string; name: string }>>,
  known: {
    categories: { code: string; name: string }[]
    profiles: { code: string; name: string }[]
  },
): PreviewPeriod {
  if (!doc) return { period: period.period, action: 'create', changes: [] }
  const before = (rows: Doc[] | undefined, key: 'category' | 'profile') =>
    new Map((rows ?? []).map((r) => [byId[key].get(idOf(r[key]))?.code, Number(r.cost)]))
  const oldCategories = before(doc.categoryCosts, 'category')
  const oldProfiles = before(doc.profileCosts, 'profile')
  const changes: PreviewChange[] = []
  for (const c of known.categories) {
    const was = oldCategories.get(c.code) ?? null
    const now = period.categoryCosts[c.code]!
    if (was !== now)
      changes.push({ kind: 'category', code: c.code, name: c.name, before: was, after: now })
  }
  for (const p of known.profiles) {
    const was = oldProfiles.get(p.code) ?? null
    const now = period.profileCosts[p.code]!
    if (was !== now)
      changes.push({ kind: 'profile', code: p.code, name: p.name, before: was, after: now })
  }
  for (const locale of ['fr', 'en'] as const) {
    const was = (doc.note?.[locale] as string | undefined) || null
    const now = period.note[locale] ?? null
    if (was !== now)
      changes.push({
        kind: 'note',
        code: locale,
        name: `Note (${locale})`,
        before: was,
        after: now,
      })
  }
  return {
    period: period.period,
    id: doc.id,
    action: changes.length ? 'update' : 'unchanged',
    changes,
  }
}
