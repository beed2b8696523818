/**
 * While an item is « En révision » its content is read-only: the committee reads one version,
 * and it does not change under them. To change it, the editor takes it back (« Reprendre la
 * rédaction »: the submission is withdrawn) and submits again.
 *
 * - `readOnlyInReviewCheck` (in guardWorkflow, every write path: admin, REST, GraphQL, Local
 *   API, a version restore) refuses a content change of an item in review, in French, with
 *   what to do. Workflow transitions, which change no content, pass.
 * - `readOnlyInReview` wraps the collection's `update` access so that the admin, which asks
 *   the document's permissions with its data, shows the form read-only in review. (A write
 *   that carries no state passes here and meets the hook.)
 */
import { APIError, type Access, type PayloadRequest } from 'payload'
import { say } from '../i18n/say'
import type { WorkflowState } from './states'

export const inReviewRefusal = {
  fr: 'Ce contenu est en révision par le comité : il ne peut pas être modifié pendant la révision. Pour le modifier, choisissez « Reprendre la rédaction » dans le panneau de révision (la soumission est retirée), puis soumettez-le de nouveau.',
  en: 'This item is in review by the committee: it cannot be changed during the review. To change it, choose « Back to draft » in the review panel (the submission is withdrawn), then submit it again.',
}

export function readOnlyInReviewCheck(
  req: PayloadRequest,
  from: WorkflowState,
  { changed, isTransition }: { changed: boolean; isTransition: boolean },
): void {
  if (changed && !isTransition && from === 'in_review') {
    throw new APIError(say(req, inReviewRefusal), 409, undefined, true)
  }
}

export const readOnlyInReview =
  (inner: Access | undefined): Access =>
  async (args) => {
    const allowed = inner ? await inner(args) : Boolean(args.req.user)
    if (!allowed) return allowed
    return (args.data as { workflowState?: unknown } | undefined)?.workflowState === 'in_review'
      ? false
      : allowed
  }
