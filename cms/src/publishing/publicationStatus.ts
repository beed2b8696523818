/**
 * Whether the public site shows what the CMS says is published — for one document, as the
 * admin shows it (« Mise en ligne en cours… », « En ligne depuis 18 h 43 », « Échec de la mise
 * en ligne »). A document's public state changed at `changedAt` (its last publish or
 * withdrawal); the site shows that change once a build that *started after it* is live (the
 * build's snapshot is taken after it starts), or once such a build found nothing to change
 * against the live build.
 */
import type { ContentType } from '@nlv/shared/content-types'
import { type Locale, locales } from '@nlv/shared/locales'
import { absoluteUrl, itemPath } from '@nlv/shared/urls'
import type { PayloadRequest } from 'payload'
import { env } from '../env'
import { publicLiveBuildId } from './liveLink'
import { BUILD_TASK } from './queueSiteBuild'

export type PublicationState =
  /** Never published, or withdrawn and the live site no longer shows it. */
  | 'offline'
  /** Published (or withdrawn); the build that carries the change is queued or running. */
  | 'pending'
  /** The live site shows the published version. */
  | 'live'
  /** The last build after the change failed: the site still shows the previous state. */
  | 'failed'

export interface Publication {
  state: PublicationState
  /** Whether the change awaited is a withdrawal (archive) rather than a publication. */
  withdrawal: boolean
  /** When the published version went live (finish of the build that carried it). */
  liveSince: string | null
  /** When the document's public state last changed. */
  changedAt: string | null
  /** The public page, per language the site shows it in. */
  urls: { locale: Locale; url: string }[]
  /** The failed build (its id in `site-builds`) and the first line of its error. */
  failure: { buildRecordId: string; error: string; at: string | null } | null
}

type BuildRow = {
  id: number | string
  buildId: string
  status: string
  live?: boolean | null
  startedAt?: string | null
  finishedAt?: string | null
  snapshotHash?: string | null
  error?: string | null
}

const time = (iso: string | null | undefined) => (iso ? new Date(iso).getTime() : NaN)

/** The public URLs of a published document (French always; English when it is written). */
async function publicUrls(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<{ locale: Locale; url: string }[]> {
  const urls: { locale: Locale; url: string }[] = []
  for (const locale of locales) {
    const doc = (await req.payload
      .findByID({
        collection,
        id,
        locale,
        fallbackLocale: false as never,
        depth: 0,
        draft: false,
        overrideAccess: true,
        disableErrors: true,
        select: { slug: true, title: true, summary: true } as never,
      })
      .catch(() => null)) as { slug?: string; title?: string; summary?: string } | null
    // The site shows a language only when it is written (buildSnapshot's hasLocale).
    if (!doc?.slug || !doc.title || !doc.summary) continue
    try {
      urls.push({ locale, url: absoluteUrl(env.SITE_URL, itemPath(collection, doc.slug, locale)) })
    } catch {
      // a slug the site cannot route is left out
    }
  }
  return urls
}

export async function publicationStatus(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<Publication> {
  const published = (await req.payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    req,
  })) as { _status?: string; updatedAt?: string } | null
  const online = published?._status === 'published'
  let changedAt: string | null = online ? (published?.updatedAt ?? null) : null
  if (!online) {
    // Withdrawn? The last archive of a document that was public.
    const { docs } = await req.payload.find({
      collection: 'review-events',
      where: {
        and: [
          { 'doc.relationTo': { equals: collection } },
          { 'doc.value': { equals: id } },
          { action: { in: ['archive', 'publish'] } },
        ],
      },
      sort: '-createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const last = docs[0] as { action?: string; createdAt?: string } | undefined
    if (last?.action === 'archive') changedAt = last.createdAt ?? null
  }
  const base: Publication = {
    state: online ? 'pending' : 'offline',
    withdrawal: !online,
    liveSince: null,
    changedAt,
    urls: [],
    failure: null,
  }
  if (!changedAt) return base

  const since = time(changedAt)
  const { docs: builds } = (await req.payload.find({
    collection: 'site-builds',
    where: { startedAt: { greater_than_equal: new Date(since - 1000).toISOString() } },
    sort: 'startedAt',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })) as unknown as { docs: BuildRow[] }
  const liveId = await publicLiveBuildId()
  const live = liveId
    ? ((
        await req.payload.find({
          collection: 'site-builds',
          where: { buildId: { equals: liveId } },
          limit: 1,
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0] as unknown as BuildRow | undefined)
    : undefined

  // Carried: the live build itself started after the change, or a later build found the
  // live build's content already the same as what it would build.
  const after = (b: BuildRow) => time(b.startedAt) >= since - 1000
  let carriedAt: string | null = null
  if (live && after(live)) carriedAt = live.finishedAt ?? live.startedAt ?? null
  else if (live) {
    const same = builds.find(
      (b) => b.status === 'unchanged' && b.snapshotHash && b.snapshotHash === live.snapshotHash,
    )
    if (same) carriedAt = same.finishedAt ?? same.startedAt ?? null
  }
  if (carriedAt) {
    return {
      ...base,
      state: online ? 'live' : 'offline',
      liveSince: online ? carriedAt : null,
      urls: online ? await publicUrls(req, collection, id) : [],
    }
  }

  // Not carried yet: a build still to run (queued or running) means « en cours ».
  const waiting = await req.payload.count({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: BUILD_TASK } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
      ],
    },
    overrideAccess: true,
  })
  const running = builds.some((b) => b.status === 'running')
  const lastFailed = [...builds].reverse().find((b) => b.status !== 'running')
  if (!waiting.totalDocs && !running && lastFailed?.status === 'failed') {
    const firstLine = (lastFailed.error ?? '').split('\n').find((l) => l.trim()) ?? ''
    return {
      ...base,
      state: 'failed',
      failure: {
        buildRecordId: String(lastFailed.id),
        error: firstLine.slice(0, 300),
        at: lastFailed.finishedAt ?? null,
      },
    }
  }
  return base
}
