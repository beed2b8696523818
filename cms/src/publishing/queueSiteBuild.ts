import { randomUUID } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
  SanitizedCollectionConfig,
} from 'payload'

export const BUILD_TASK = 'buildSite'
export const BUILD_QUEUE = 'site'

/**
 * Queues a site build. Bursts coalesce: the task supersedes older pending builds, and a build
 * records the tickets of the jobs pending when it began (plugin.ts). A ticket, not the job's id:
 * SQLite gives a deleted last row's id to the next job.
 */
export async function queueSiteBuild(req: PayloadRequest, trigger: string, force = false) {
  await req.payload.jobs.queue({
    task: BUILD_TASK as never,
    input: { trigger, force, ticket: randomUUID() } as never,
    queue: BUILD_QUEUE,
    req,
  })
}

const french = (label: unknown, fallback: string): string =>
  typeof label === 'string'
    ? label
    : ((label as Record<string, string> | undefined)?.fr ?? fallback)

/**
 * The build history names what changed as people do: « Fiche « Acide folique » :
 * publication », never `fact-sheets/18 (modification)`.
 */
export function describeChange(
  collection: SanitizedCollectionConfig,
  doc: Record<string, unknown> | undefined,
  what: 'création' | 'publication' | 'retrait du site' | 'modification' | 'suppression',
): string {
  const type = french(collection.labels?.singular, collection.slug)
  const field = collection.admin?.useAsTitle
  const raw = (field && doc?.[field]) || doc?.title || doc?.filename
  const title =
    typeof raw === 'string'
      ? raw
      : raw && typeof raw === 'object'
        ? String((raw as Record<string, unknown>).fr ?? '')
        : ''
  const name = title.trim() ? `« ${title.trim().slice(0, 120)} »` : `n° ${String(doc?.id ?? '?')}`
  return `${type} ${name} : ${what}`
}

const skip = (context: RequestContext) => Boolean(context.disableRevalidate || context.seeding)

/**
 * After a change that can alter the public site: for the reviewed types, anything that is or
 * was published (publish, unpublish, archive, edit); for taxonomies and files, any change.
 */
export const afterChangeQueueBuild =
  ({ publishedOnly }: { publishedOnly: boolean }): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context, collection, operation }) => {
    if (skip(context)) return doc
    if (publishedOnly && doc?._status !== 'published' && previousDoc?._status !== 'published')
      return doc
    const what =
      operation === 'create'
        ? 'création'
        : doc?._status === 'published' && previousDoc?._status !== 'published'
          ? 'publication'
          : doc?._status !== 'published' && previousDoc?._status === 'published'
            ? 'retrait du site'
            : 'modification'
    await queueSiteBuild(req, describeChange(collection, doc, what))
    return doc
  }

export const afterDeleteQueueBuild: CollectionAfterDeleteHook = async ({
  doc,
  req,
  context,
  collection,
}) => {
  if (skip(context)) return doc
  await queueSiteBuild(req, describeChange(collection, doc, 'suppression'))
  return doc
}
