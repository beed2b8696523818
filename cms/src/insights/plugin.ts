/**
 * « Ce que cherchent les intervenantes » and « Lecteurs par contenu » as a plugin: the two
 * counter collections, the public counting endpoints and the CSV exports, the retention job,
 * the admin view `/admin/statistiques` (linked from the navigation), the readers of each item
 * in its sidebar, and the vocabulary form prefilled from a query without results.
 */
import type { CollectionConfig, Field, Plugin } from 'payload'
import { contentTypes } from '@nlv/shared/content-types'
import { ItemReaders, SearchQueries } from './collections'
import { insightsEndpoints } from './endpoints'
import { retentionTask } from './retention'

const content = new Set<string>(contentTypes)

const readersField: Field = {
  name: 'readers',
  type: 'ui',
  label: { fr: 'Lecteurs', en: 'Readers' },
  admin: {
    position: 'sidebar',
    components: { Field: '/insights/admin/ReadersField#ReadersField' },
  },
}

const prefillField: Field = {
  name: 'prefillFromSearch',
  type: 'ui',
  admin: { components: { Field: '/insights/admin/PrefillFromSearch#PrefillFromSearch' } },
}

function withInsights(collection: CollectionConfig): CollectionConfig {
  if (content.has(collection.slug))
    return { ...collection, fields: [...collection.fields, readersField] }
  if (collection.slug === 'search-vocabulary')
    return { ...collection, fields: [prefillField, ...collection.fields] }
  return collection
}

export const insights = (): Plugin => (config) => {
  const components = config.admin?.components
  return {
    ...config,
    collections: [...(config.collections ?? []).map(withInsights), SearchQueries, ItemReaders],
    endpoints: [...(config.endpoints ?? []), ...insightsEndpoints],
    jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), retentionTask] },
    admin: {
      ...config.admin,
      components: {
        ...components,
        views: {
          ...components?.views,
          insights: {
            Component: '/insights/admin/InsightsView#InsightsView',
            path: '/statistiques',
          },
        },
        afterNavLinks: [
          ...(components?.afterNavLinks ?? []),
          '/insights/admin/InsightsNavLink#InsightsNavLink',
        ],
      },
    },
  }
}
