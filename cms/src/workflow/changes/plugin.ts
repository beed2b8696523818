/**
 * « What changed », as a plugin over the reviewed collections: the changes view
 * (`/admin/collections/<slug>/<id>/changes`, a document tab), the versions list labelled by
 * meaning (it replaces Payload's, which names versions by id) and the JSON endpoint.
 * Listed in plugins/index.ts after the review workflow.
 */
import type { CollectionConfig, DocumentViewConfig, EditConfig, Plugin } from 'payload'
import { changesEndpoint } from './endpoint'

export const changesPath = '/changes'

function withChanges(collection: CollectionConfig): CollectionConfig {
  const views = collection.admin?.components?.views
  // (Payload's type of `edit` forbids `root` beside the named views; none of ours sets it.)
  const edit = { ...views?.edit } as Record<string, DocumentViewConfig | undefined>
  return {
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...views,
          edit: {
            ...edit,
            changes: {
              Component: '/workflow/changes/admin/ChangesView#ChangesView',
              path: changesPath,
              // Between « Modifier » (100) and « Versions » (300).
              tab: { label: 'Changements', href: changesPath, order: 200 },
            },
            versions: {
              ...edit.versions,
              Component: '/workflow/changes/admin/VersionsList#VersionsList',
            },
          } as unknown as EditConfig,
        },
      },
    },
    endpoints: [
      ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
      changesEndpoint,
    ],
  }
}

export const changesView =
  ({ collections }: { collections: readonly string[] }): Plugin =>
  (config) => {
    const reviewed = new Set<string>(collections)
    return {
      ...config,
      collections: (config.collections ?? []).map((c) =>
        reviewed.has(c.slug) ? withChanges(c) : c,
      ),
    }
  }
