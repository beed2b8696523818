/**
 * « Santé du contenu » as a plugin: the translation bookkeeping on each content type (a
 * sidebar group and the hook that dates each language's content changes), the `link-checks`
 * collection, the nightly link-check task (queue "health", run where plugins/jobs.ts says),
 * the `/admin/sante` view and its navigation link.
 */
import { contentTypes } from '@nlv/shared/content-types'
import type { CollectionConfig, Plugin } from 'payload'
import { trackContentChanges } from './changeDates'
import { runLinkCheckEndpoint } from './endpoints'
import { translationGroupField } from './fields'
import { LinkChecks } from './LinkChecks'
import { linkCheckTask } from './linkCheck'

function withTranslationTracking(collection: CollectionConfig): CollectionConfig {
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    fields: [...collection.fields, translationGroupField()],
    hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), trackContentChanges] },
  }
}

export const contentHealth =
  ({ collections = contentTypes }: { collections?: readonly string[] } = {}): Plugin =>
  (config) => {
    const tracked = new Set<string>(collections)
    const components = config.admin?.components
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((c) =>
          tracked.has(c.slug) ? withTranslationTracking(c) : c,
        ),
        { ...LinkChecks, endpoints: [runLinkCheckEndpoint] },
      ],
      admin: {
        ...config.admin,
        components: {
          ...components,
          views: {
            ...components?.views,
            contentHealth: { Component: '/health/admin/HealthView#HealthView', path: '/sante' },
          },
          afterNavLinks: [
            ...(components?.afterNavLinks ?? []),
            '/health/admin/HealthNavLink#HealthNavLink',
          ],
        },
      },
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), linkCheckTask] },
    }
  }
