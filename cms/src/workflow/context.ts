/**
 * What the workflow's parts tell each other about one write: who acts (`actorOf`), what
 * `transition()` announces to the hooks (`TransitionContext`), the audit-trail rows the
 * hooks note before the write and record after it (`PendingEvent`), and the approval fields
 * a change or a withdrawal clears (`clearedApproval`). Types and tiny values only, so that
 * transition.ts, hooks.ts and the jobs import this module and never each other in a circle.
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { RequestContext } from 'payload'
import type { User } from '../payload-types'
import type { Actor } from './rules'
import type { EventAction, WorkflowAction, WorkflowState } from './states'

export type { Actor } from './rules'

/** What `transition()` tells the hooks about the write it makes. */
export interface TransitionContext {
  collection: ContentType
  id: string
  action: WorkflowAction
  from: WorkflowState
  to: WorkflowState
  actor: Actor
  message?: string
  override: boolean
}

/** An audit-trail row noted in beforeChange, written in afterChange once the write is stored. */
export interface PendingEvent {
  action: EventAction
  from: WorkflowState
  to: WorkflowState
  actor: Actor
  message?: string
  override: boolean
}

/** The request context keys the workflow reads and writes (and the seed's flag). */
export type WorkflowContext = RequestContext & {
  seeding?: boolean
  isRestoringVersion?: boolean
  workflowTransition?: TransitionContext
  workflowDraftWrite?: boolean
  workflowPending?: Record<string, PendingEvent[]>
}

/** The key of a write's pending events: a document, or the one being created. */
export const pendingKey = (collection: string, id: unknown) => `${collection}:${id ?? 'new'}`

/** A users document, or the request's user (which says its collection). */
export type UserLike = Partial<Pick<User, 'id' | 'role' | 'name'>> & { collection?: string }

/** A logged-in user as they act in the workflow; anything else (no user, an API key) is null. */ export function actorOf(
  user: UserLike | null | undefined,
): Actor {
  if (!user || user.id === undefined || (user.collection && user.collection !== 'users'))
    return null
  return { id: user.id, role: user.role ?? null, name: user.name ?? null }
}

/** The approval fields of the `workflow` group, emptied: no approval in force. */
export const clearedApproval = {
  approvedBy: null,
  approvedAt: null,
  approvedVersion: null,
  approvedHash: null,
} as const
