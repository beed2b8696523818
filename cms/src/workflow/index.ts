/**
 * Expert review workflow: nothing reaches practitioners without the committee's recorded
 * approval of that exact content. Added to the config as a plugin (plugin.ts), listed with the
 * others in plugins/index.ts.
 *
 * Read in this order:
 * 1. states.ts      the states, actions and the transition table (data);
 * 2. rules.ts       who may take which action, given the table and a document's facts (pure);
 * 3. transition.ts  `transition()`, the one function that moves a document;
 * 4. hooks.ts       what holds on every write, whatever API sent it (the publish gate);
 *    context.ts     what transition(), the hooks and the jobs tell each other (types);
 * 5. contentHash.ts what "the approved content" is, so an approval is bound to it;
 *    reviewFactsChange.ts  what a write does to the public review facts;
 * 6. collections/   ReviewComments (comments, change requests) and ReviewEvents (audit trail);
 * 7. endpoints.ts, admin/   the REST endpoints and the admin panel that calls them;
 * 8. queue.ts, tasks.ts, notifications.ts, reviewDue.ts   mail, scheduling, re-review
 *    (e-mail itself is ../email/; when jobs run, ../plugins/jobs.ts);
 * 9. plugin.ts      how the pieces are added to the config.
 *
 * Payload's own `_status` stays the truth about what is public: publishing is a Payload publish
 * of the approved version, archiving is `_status: 'draft'` again. `workflowState` describes
 * the working copy (the latest version).
 */
export { reviewWorkflow } from './plugin'
export { transition, TransitionRefused } from './transition'
