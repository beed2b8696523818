/**
 * Expert review workflow: nothing reaches practitioners without the committee's recorded
 * approval of that exact content.
 *
 * Read in this order:
 * 1. states.ts      the states, actions and the transition table (data);
 * 2. rules.ts       who may take which action, given the table and a document's facts;
 * 3. transition.ts  `transition()`, the one function that moves a document;
 * 4. hooks.ts       what holds on every write, whatever API sent it (the publish gate);
 * 5. contentHash.ts what "the approved content" is, so an approval is bound to it;
 * 6. collections/   ReviewComments (comments, change requests) and ReviewEvents (audit trail);
 * 7. endpoints.ts, admin/   the REST endpoints and the admin panel that calls them;
 * 8. jobs.ts, notifications.ts, email.ts, reviewDue.ts   mail, scheduling, re-review.
 *
 * Payload's own `_status` stays the truth about what is public: publishing is a Payload publish
 * of the approved version, archiving is `_status: 'draft'` again. `workflowState` describes
 * the working copy (the latest version).
 */
import type { CollectionConfig } from 'payload'
import { ReviewComments } from './collections/ReviewComments'
import { ReviewEvents } from './collections/ReviewEvents'
import { workflowEndpoints } from './endpoints'
import { scheduleGroupField, workflowGroupField, workflowStateField } from './fields'
import { guardWorkflow, noteWriteMode, recordTransition } from './hooks'

export { emailAdapter } from './email'
export { workflowJobs } from './jobs'
export { transition, TransitionRefused } from './transition'

export const workflowCollections: CollectionConfig[] = [ReviewComments, ReviewEvents]

/** The admin route of the re-review list (a custom view) and its link in the navigation. */
export const workflowAdmin = {
  views: {
    reviewDue: {
      Component: '/workflow/admin/ReviewDueView#ReviewDueView',
      path: '/revisions' as const,
    },
  },
  afterNavLinks: ['/workflow/admin/ReviewDueNavLink#ReviewDueNavLink'],
}

const noButton = '/workflow/admin/NoButton#NoButton'

/** Puts a content collection under review: fields, hooks, endpoints and admin controls. */
export function withReviewWorkflow(collection: CollectionConfig): CollectionConfig {
  const columns = collection.admin?.defaultColumns ?? ['title']
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
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
      scheduleGroupField(),
    ],
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), noteWriteMode],
      beforeChange: [...(hooks.beforeChange ?? []), guardWorkflow],
      afterChange: [...(hooks.afterChange ?? []), recordTransition],
    },
    endpoints: [
      ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
      ...workflowEndpoints,
    ],
  }
}
