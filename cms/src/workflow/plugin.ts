/**
 * The review workflow as a Payload plugin: it puts the given content collections under review
 * (fields, hooks, endpoints and admin controls), adds the comments and the audit trail, the
 * workflow's tasks and the re-review view. When the tasks run is decided in plugins/jobs.ts.
 */
import type { CollectionConfig, Plugin } from 'payload'
import { changeNoteEndpoints } from './changeLog/endpoint'
import { changeNoteField, historyField } from './changeLog/fields'
import { recordPublication } from './changeLog/publication'
import { ReviewComments } from './collections/ReviewComments'
import { ReviewEvents } from './collections/ReviewEvents'
import { workflowEndpoints } from './endpoints'
import { scheduleGroupField, workflowGroupField, workflowStateField } from './fields'
import { guardWorkflow, noteWriteMode, recordTransition } from './hooks'
import { assignedReviewersField } from './queues/assignment'
import { queueEndpoints } from './queues/endpoints'
import { readOnlyInReview } from './readOnlyInReview'
import { workflowTasks } from './tasks'

const noButton = '/workflow/admin/NoButton#NoButton'

/** Puts one content collection under review. */
function withReviewWorkflow(collection: CollectionConfig): CollectionConfig {
  const columns = collection.admin?.defaultColumns ?? ['title']
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    // Read-only while « En révision » (readOnlyInReview.ts).
    access: { ...collection.access, update: readOnlyInReview(collection.access?.update) },
    admin: {
      ...collection.admin,
      defaultColumns: [columns[0]!, 'workflowState', ...columns.slice(1)],
      components: {
        ...collection.admin?.components,
        edit: {
          ...collection.admin?.components?.edit,
          // Publishing and unpublishing go through the workflow panel, never the stock buttons.
          PublishButton: noButton,
          UnpublishButton: noButton,
          Status: '/workflow/admin/PublicationStatus#PublicationStatus',
        },
      },
    },
    fields: [
      workflowStateField(),
      ...collection.fields,
      workflowGroupField(),
      assignedReviewersField(),
      scheduleGroupField(),
      historyField(),
      changeNoteField(),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), noteWriteMode],
      beforeChange: [...(hooks.beforeChange ?? []), guardWorkflow, recordPublication],
      afterChange: [...(hooks.afterChange ?? []), recordTransition],
    },
    endpoints: [
      ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
      ...workflowEndpoints,
      ...changeNoteEndpoints,
    ],
  }
}

export const reviewWorkflow =
  ({ collections }: { collections: readonly string[] }): Plugin =>
  (config) => {
    const reviewed = new Set<string>(collections)
    const components = config.admin?.components
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((c) =>
          reviewed.has(c.slug) ? withReviewWorkflow(c) : c,
        ),
        ReviewComments,
        ReviewEvents,
      ],
      admin: {
        ...config.admin,
        components: {
          ...components,
          // `/admin/revisions`: the items due for periodic re-review, linked from the navigation.
          views: {
            ...components?.views,
            // The home page: each role's work queues (queues/WorkQueuesView.tsx).
            dashboard: { Component: '/workflow/queues/admin/WorkQueuesView#WorkQueuesView' },
            reviewDue: {
              Component: '/workflow/admin/ReviewDueView#ReviewDueView',
              path: '/revisions',
            },
          },
          afterNavLinks: [
            ...(components?.afterNavLinks ?? []),
            '/workflow/admin/ReviewDueNavLink#ReviewDueNavLink',
          ],
        },
      },
      endpoints: [...(config.endpoints ?? []), ...queueEndpoints],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...workflowTasks] },
    }
  }
