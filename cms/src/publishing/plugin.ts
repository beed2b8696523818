/**
 * The publishing pipeline as a Payload plugin: the `site-builds` history, the `buildSite`
 * task on the `site` queue (exclusive and superseding: builds never overlap, bursts coalesce),
 * hooks that queue a build when public content changes, the snapshot endpoint, and a first
 * build at start-up when nothing is live yet.
 */
import type { CollectionConfig, Config, Plugin } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { jobsAutoRun } from '../plugins/jobs'
import { snapshotEndpoint } from './endpoints'
import { liveBuildId } from './liveLink'
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
      },
      onInit: async (payload) => {
        await config.onInit?.(payload)
        // Only a process that runs jobs (plugins/jobs.ts) cleans up and builds at start-up.
        if (!jobsAutoRun()) return
        await releaseInterruptedBuilds(payload)
        if (!(await liveBuildId())) {
          payload.logger.info('[site-build] no live site yet: queueing a first build')
          await queueSiteBuild({ payload } as never, 'première construction au démarrage', true)
        }
      },
    }
  }
