/**
 * The scheduled link check: every external address of every reviewed document (latest version,
 * both languages; archived items left out) is checked politely (checkLinks.ts) and its result
 * kept in `link-checks`, one row per address.
 */
import type { Payload, PayloadRequest, TaskConfig, Where } from 'payload'
import { reviewedCollections } from '../workflow/reviewedCollections'
import { type CheckOptions, checkLinks, hostOf, type LinkResult } from './checkLinks'
import { LINK_CHECKS } from './LinkChecks'
import { HEALTH_QUEUE, LINK_CHECK_TASK } from './queue'
import { urlsOfDoc } from './urls'
import { cmsUrl } from '../env'

type Doc = Record<string, any>

export interface UrlOwner {
  collection: string
  id: number | string
  title: string
  where: string[]
}

const notArchived: Where = { workflowState: { not_equals: 'archived' } }

/** The title of a document read with `locale: 'all'`, in French when there is one. */
export function titleIn(doc: Doc, field: string): string {
  const v = doc[field]
  if (v && typeof v === 'object') return String(v.fr ?? Object.values(v).find(Boolean) ?? '')
  return v === undefined || v === null ? '' : String(v)
}

/** Every external address in use, with the documents (and places) that use it. */
export async function urlsInUse(payload: Payload): Promise<Map<string, UrlOwner[]>> {
  const uses = new Map<string, UrlOwner[]>()
  for (const collection of reviewedCollections) {
    const config = payload.collections[collection]?.config
    if (!config) continue
    const { docs } = await payload.find({
      collection,
      where: notArchived,
      draft: true,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of docs as Doc[]) {
      const title = titleIn(doc, config.admin?.useAsTitle ?? 'id')
      for (const use of urlsOfDoc(config.fields, doc)) {
        const owners = uses.get(use.url) ?? []
        let owner = owners.find((o) => o.collection === collection && o.id === doc.id)
        if (!owner) {
          owner = { collection, id: doc.id, title, where: [] }
          owners.push(owner)
        }
        if (!owner.where.includes(use.where)) owner.where.push(use.where)
        uses.set(use.url, owners)
      }
    }
  }
  return uses
}

async function keep(payload: Payload, result: LinkResult, req?: PayloadRequest) {
  const data = {
    url: result.url,
    host: hostOf(result.url),
    outcome: result.outcome,
    httpStatus: result.httpStatus,
    finalUrl: result.finalUrl,
    error: result.error,
    method: result.method,
    attempts: result.attempts,
    checkedAt: result.checkedAt,
  }
  const { docs } = await payload.find({
    collection: LINK_CHECKS,
    where: { url: { equals: result.url } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (docs[0]) {
    await payload.update({
      collection: LINK_CHECKS,
      id: docs[0].id,
      data,
      overrideAccess: true,
      req,
    })
  } else {
    await payload.create({ collection: LINK_CHECKS, data, overrideAccess: true, req })
  }
}

export interface LinkCheckSummary {
  checked: number
  ok: number
  broken: number
  unreachable: number
  removed: number
}

/** Checks every address in use, keeps each result, forgets the addresses no longer used. */
export async function runLinkCheck(
  payload: Payload,
  { req, options }: { req?: PayloadRequest; options?: CheckOptions } = {},
): Promise<LinkCheckSummary> {
  const urls = [...(await urlsInUse(payload)).keys()]
  const results = await checkLinks(
    urls,
    { userAgent: `NourrirLaVie-LinkChecker/1.0 (+${cmsUrl})`, ...options },
    (result) => keep(payload, result, req),
  )
  const { docs: stale } = await payload.delete({
    collection: LINK_CHECKS,
    where: urls.length ? { url: { not_in: urls } } : { id: { exists: true } },
    overrideAccess: true,
    req,
  })
  const summary = {
    checked: results.length,
    ok: results.filter((r) => r.outcome === 'ok').length,
    broken: results.filter((r) => r.outcome === 'broken').length,
    unreachable: results.filter((r) => r.outcome === 'unreachable').length,
    removed: stale.length,
  }
  payload.logger.info(
    `[health] link check: ${summary.checked} checked, ${summary.broken} broken, ${summary.unreachable} unreachable, ${summary.removed} forgotten`,
  )
  return summary
}

/**
 * Whether a link check is due now or running (the view says so, the button waits).
 *
 * The nightly check does not count: Payload's job crons queue it ahead (`handleSchedules`, on
 * every tick, even where jobs do not run) with `waitUntil` at the next 03:30, so a job for the
 * coming night is waiting nearly all the time. Counting it hid the button a minute after the
 * server started.
 */
export async function linkCheckPending(payload: Payload, now = new Date()): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: LINK_CHECK_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        {
          or: [
            { processing: { equals: true } },
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: now.toISOString() } },
          ],
        },
      ],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}

/** Every night at 03:30; also queued by « Vérifier les liens maintenant ». */
export const linkCheckTask: TaskConfig<any> = {
  slug: LINK_CHECK_TASK,
  label: LINK_CHECK_TASK,
  schedule: [{ cron: '30 3 * * *', queue: HEALTH_QUEUE }],
  retries: 1,
  handler: async ({ req }) => {
    const summary = await runLinkCheck(req.payload, { req })
    return { output: summary }
  },
}
