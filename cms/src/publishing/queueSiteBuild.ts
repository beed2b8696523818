import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  PayloadRequest,
  RequestContext,
} from 'payload'

export const BUILD_TASK = 'buildSite'
export const BUILD_QUEUE = 'site'

/** Queues a site build. Bursts coalesce: the task supersedes older pending builds. */
export async function queueSiteBuild(req: PayloadRequest, trigger: string, force = false) {
  await req.payload.jobs.queue({
    task: BUILD_TASK as never,
    input: { trigger, force } as never,
    queue: BUILD_QUEUE,
    req,
  })
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
    await queueSiteBuild(
      req,
      `${collection.slug}/${doc.id} (${operation === 'create' ? 'création' : 'modification'})`,
    )
    return doc
  }

export const afterDeleteQueueBuild: CollectionAfterDeleteHook = async ({
  doc,
  req,
  context,
  collection,
}) => {
  if (skip(context)) return doc
  await queueSiteBuild(req, `${collection.slug}/${doc.id} (suppression)`)
  return doc
}
