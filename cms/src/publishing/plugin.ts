/**
 * The publishing pipeline as a Payload plugin: the `site-builds` history, the `buildSite`
 * task on the `site` queue (exclusive and superseding: builds never overlap, bursts coalesce),
 * hooks that queue a build when public content changes, the snapshot endpoint, and a first
 * build at start-up when nothing is live yet.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { env } from '../env'
import { snapshotEndpoint } from './endpoints'
import { liveBuildId } from './liveLink'
import {
  afterChangeQueueBuild,
  afterDeleteQueueBuild,
  BUILD_QUEUE,
  BUILD_TASK,
  queueSiteBuild,
} from './queueSiteBuild'
import { runSiteBuild } from './runSiteBuild'
import { SiteBuilds } from './SiteBuilds'

const watched = new Set<string>([
  ...contentTypes,
  'themes',
  'audiences',
  'stages',
  'search-vocabulary',
  'media',
  'documents',
])

function withBuildHooks(collection: CollectionConfig): CollectionConfig {
  if (!watched.has(collection.slug)) return collection
  const publishedOnly = (contentTypes as readonly string[]).includes(collection.slug)
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
 * Queued jobs run inside the long-running Next server (never in scripts such as the seed,
 * which would exit mid-build, nor in tests, which run them explicitly).
 */
export const jobsAutoRun = () =>
  env.NLV_JOBS_AUTORUN ?? (env.NODE_ENV !== 'test' && Boolean(env.NEXT_RUNTIME))

/**
 * A build interrupted by a crash or a restart would hold the exclusive `site-build` key
 * forever: at start-up, before this process runs any job, such leftovers are released.
 */
async function releaseInterruptedBuilds(payload: Parameters<NonNullable<Config['onInit']>>[0]) {
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
    const autoRun = Array.isArray(config.jobs?.autoRun) ? config.jobs.autoRun : []
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
            ],
            retries: 0,
            concurrency: { key: () => 'site-build', exclusive: true, supersedes: true },
            handler: async ({ input, req }) => {
              const build = await runSiteBuild(req.payload, {
                trigger: input.trigger,
                force: Boolean(input.force),
              })
              return { output: { buildId: build.buildId, status: build.status } }
            },
          },
        ],
        autoRun: [...autoRun, { cron: '*/3 * * * * *', queue: BUILD_QUEUE, limit: 1 }],
        shouldAutoRun: async () => jobsAutoRun(),
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        if (!jobsAutoRun()) return
        await releaseInterruptedBuilds(payload)
        if (!(await liveBuildId())) {
          payload.logger.info('[site-build] no live site yet: queueing a first build')
          await queueSiteBuild({ payload } as never, 'première construction au démarrage', true)
        }
      },
    }
  }
