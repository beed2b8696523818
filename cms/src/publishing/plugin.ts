/**
 * The publishing pipeline as a Payload plugin: the `site-builds` history, the `buildSite`
 * task on the `site` queue (exclusive and superseding: builds never overlap, bursts coalesce),
 * hooks that queue a build when public content changes, the snapshot endpoint, and a first
 * build at start-up when nothing is live yet.
 */
import type { CollectionConfig, Config, Payload, Plugin } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { jobsAutoRun } from '../plugins/jobs'
import { tryBuildLock, withBuildLock } from './buildLock'
import { snapshotEndpoint } from './endpoints'
import { publicLiveBuildId } from './liveLink'
import {
  afterChangeQueueBuild,
  afterDeleteQueueBuild,
  BUILD_TASK,
  queueSiteBuild,
} from './queueSiteBuild'
import { runSiteBuild } from './runSiteBuild'
import { SiteBuilds } from './SiteBuilds'

/** Reviewed collections: only what is or was published changes the site. */
const reviewed = new Set<string>([...contentTypes, 'ppne-periods'])

const watched = new Set<string>([
  ...reviewed,
  'ppne-categories',
  'ppne-profiles',
  'themes',
  'audiences',
  'stages',
  'search-vocabulary',
  'media',
  'documents',
])

function withBuildHooks(collection: CollectionConfig): CollectionConfig {
  if (!watched.has(collection.slug)) return collection
  const publishedOnly = reviewed.has(collection.slug)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [
        ...(collection.hooks?.afterChange ?? []),
        afterChangeQueueBuild({ publishedOnly }),
      ],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDeleteQueueBuild],
    },
  }
}

/**
 * The id of a build that began after this job was queued (the job's ticket was among those
 * pending when it began, so its snapshot holds the job's change) and went live or found
 * nothing to change; null when there is none, or for a job without a ticket. A forced rebuild
 * is covered only by a build that really ran.
 */
async function buildCovering(
  payload: Payload,
  ticket: string | null | undefined,
  force: boolean | null | undefined,
): Promise<string | null> {
  if (!ticket) return null
  const { docs } = await payload.find({
    collection: 'site-builds',
    where: {
      and: [
        { coveredJobs: { contains: `,${ticket},` } },
        { status: { in: force ? ['succeeded'] : ['succeeded', 'unchanged'] } },
      ],
    },
    sort: 'startedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.buildId ?? null
}

/**
 * The tickets of the site-build jobs queued and not finished, as this process sees them now
 * (inside the build lock, before the snapshot): a job is queued in the same transaction as the
 * change it publishes, so every change behind these jobs is already visible to the snapshot.
 */
async function pendingBuildTickets(payload: Payload): Promise<string> {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: BUILD_TASK } }, { completedAt: { exists: false } }],
    },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { input: true },
    overrideAccess: true,
  })
  const tickets = docs
    .map((d) => (d.input as { ticket?: unknown } | null)?.ticket)
    .filter((t): t is string => typeof t === 'string' && /^[\w-]+$/.test(t))
  return tickets.length ? `,${tickets.join(',')},` : ''
}

/**
 * A build interrupted by a crash or a restart would hold the exclusive `site-build` key
 * forever: at start-up, before this process runs any job, such leftovers are released.
 */
async function releaseInterruptedBuilds(payload: Parameters<NonNullable<Config['onInit']>>[0]) {
  // With several workers, a build that runs in another process is no leftover: clean up only
  // while no process holds the build lock.
  const release = await tryBuildLock(payload)
  if (!release) return
  try {
    await releaseLeftovers(payload)
  } finally {
    await release()
  }
}

async function releaseLeftovers(payload: Payload) {
  await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: BUILD_TASK } }, { processing: { equals: true } }] },
    data: { processing: false, hasError: true, error: { message: 'interrupted by a restart' } },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'site-builds',
    where: { status: { equals: 'running' } },
    data: { status: 'failed', error: 'Interrompu par un redémarrage du CMS.' },
    overrideAccess: true,
  })
}

export const publishing =
  (): Plugin =>
  (config: Config): Config => {
    return {
      ...config,
      collections: [...(config.collections ?? []).map(withBuildHooks), SiteBuilds],
      endpoints: [...(config.endpoints ?? []), snapshotEndpoint],
      jobs: {
        ...config.jobs,
        enableConcurrencyControl: true,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          {
            slug: BUILD_TASK,
            label: 'Construire le site public',
            inputSchema: [
              { name: 'trigger', type: 'text', required: true },
              { name: 'force', type: 'checkbox' },
              { name: 'ticket', type: 'text' },
            ],
            retries: 0,
            concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
            handler: async ({ input, req }) => {
              const { payload } = req
              return withBuildLock(
                payload,
                async () => {
                  // Waiting for another process's build may have made this one needless.
                  const coveredBy = await buildCovering(payload, input.ticket, input.force)
                  if (coveredBy) {
                    payload.logger.info(
                      `[site-build] ${input.trigger}: already in build ${coveredBy}, which began after it was queued`,
                    )
                    return { output: { buildId: coveredBy, status: 'coalesced' } }
                  }
                  const build = await runSiteBuild(payload, {
                    trigger: input.trigger,
                    force: Boolean(input.force),
                    coveredJobs: await pendingBuildTickets(payload),
                  })
                  return { output: { buildId: build.buildId, status: build.status } }
                },
                {
                  onWait: () =>
                    payload.logger.info('[site-build] another process is building: waiting'),
                },
              )
            },
          },
        ],
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // Only a process that runs jobs (plugins/jobs.ts) cleans up and builds at start-up.
        if (!jobsAutoRun()) return
        await releaseInterruptedBuilds(payload)
        if (!(await publicLiveBuildId())) {
          payload.logger.info('[site-build] no live site yet: queueing a first build')
          await queueSiteBuild({ payload } as never, 'première construction au démarrage', true)
        }
      },
    }
  }
