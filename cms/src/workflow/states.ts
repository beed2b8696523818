/**
 * The review workflow as data: its states, its actions and the one table that says which
 * action leads from which state to which, and who may take it. Everything else in
 * `workflow/` reads this table; nothing else decides what is allowed.
 */
import type { Role } from '../access/roles'

export type Bilingual = { fr: string; en: string }

export const workflowStates = [
  'draft',
  'in_review',
  'changes_requested',
  'approved',
  'published',
  'archived',
] as const
export type WorkflowState = (typeof workflowStates)[number]

export const stateLabels: Record<WorkflowState, Bilingual> = {
  draft: { fr: 'Brouillon', en: 'Draft' },
  in_review: { fr: 'En révision', en: 'In review' },
  changes_requested: { fr: 'Modifications demandées', en: 'Changes requested' },
  approved: { fr: 'Approuvé', en: 'Approved' },
  published: { fr: 'Publié', en: 'Published' },
  archived: { fr: 'Archivé', en: 'Archived' },
}

export const workflowActions = [
  'submit',
  'withdraw',
  'request_changes',
  'approve',
  'publish',
  'archive',
  'reopen',
] as const
export type WorkflowAction = (typeof workflowActions)[number]

/** Checks a transition runs besides role and state (see rules.ts). */
export type Guard =
  /** No unresolved change-request comment remains. */
  | 'changeRequestsResolved'
  /** The person approving changed none of the content since its last approval (four eyes). */
  | 'notContentEditor'
  /** A message or an open change-request comment says what to change. */
  | 'explained'
  /** The content about to go public is the exact content the committee approved. */
  | 'contentApproved'
  /** The document is online (its published version is public). */
  | 'online'

export interface Transition {
  action: WorkflowAction
  from: readonly WorkflowState[]
  to: WorkflowState
  /** Roles that may take it; admins may take every action. */
  roles: readonly Exclude<Role, 'admin'>[]
  guards: readonly Guard[]
  /** States from which an admin may still take it, as a recorded override. */
  adminOverrideFrom?: readonly WorkflowState[]
  /** Payload's own `_status` that the write sets (absent: a draft save, nothing public changes). */
  status?: 'published' | 'draft'
  label: Bilingual
  /** Asks for a message in the admin (optional unless a guard needs it). */
  asksMessage?: boolean
}

export const transitions: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft', 'changes_requested', 'published'],
    to: 'in_review',
    // A contributor submits their own items only (rules.ts).
    roles: ['editor', 'contributor'],
    guards: [],
    label: { fr: 'Soumettre au comité', en: 'Submit for review' },
    asksMessage: true,
  },
  {
    action: 'withdraw',
    from: ['in_review', 'changes_requested', 'approved'],
    to: 'draft',
    roles: ['editor', 'contributor'],
    guards: [],
    label: { fr: 'Reprendre la rédaction', en: 'Back to draft' },
  },
  {
    action: 'request_changes',
    from: ['in_review'],
    to: 'changes_requested',
    roles: ['reviewer'],
    guards: ['explained'],
    label: { fr: 'Demander des modifications', en: 'Request changes' },
    asksMessage: true,
  },
  {
    action: 'approve',
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer'],
    guards: ['changeRequestsResolved', 'notContentEditor'],
    label: { fr: 'Approuver cette version', en: 'Approve this version' },
    asksMessage: true,
  },
  {
    action: 'publish',
    from: ['approved'],
    to: 'published',
    roles: ['editor'],
    guards: ['contentApproved'],
    adminOverrideFrom: ['draft', 'in_review', 'changes_requested', 'archived'],
    status: 'published',
    label: { fr: 'Publier', en: 'Publish' },
  },
  {
    action: 'archive',
    // A published item being revised has a working copy in another state but is still online.
    from: ['published', 'draft', 'in_review', 'changes_requested', 'approved'],
    to: 'archived',
    roles: ['editor'],
    guards: ['online'],
    status: 'draft',
    label: { fr: 'Archiver (retirer du site)', en: 'Archive (unpublish)' },
    asksMessage: true,
  },
  {
    action: 'reopen',
    from: ['archived'],
    to: 'draft',
    roles: ['editor'],
    guards: [],
    label: { fr: 'Remettre en brouillon', en: 'Reopen as draft' },
  },
]

export const transitionFor = (action: string): Transition | undefined =>
  transitions.find((t) => t.action === action)

/**
 * What the audit trail records: the actions, plus writes that are not buttons — content changed
 * after approval (`edit`), and the public review facts corrected by an administrator
 * (`review_facts`).
 */
export type EventAction = WorkflowAction | 'edit' | 'review_facts'

/** How each recorded event is named. */
export const eventLabels: Record<EventAction, Bilingual> = {
  submit: { fr: 'Soumis au comité', en: 'Submitted' },
  withdraw: { fr: 'Retour en brouillon', en: 'Back to draft' },
  request_changes: { fr: 'Modifications demandées', en: 'Changes requested' },
  approve: { fr: 'Approuvé', en: 'Approved' },
  publish: { fr: 'Publié', en: 'Published' },
  archive: { fr: 'Archivé', en: 'Archived' },
  reopen: { fr: 'Remis en brouillon', en: 'Reopened' },
  edit: { fr: 'Contenu modifié après approbation', en: 'Content changed after approval' },
  review_facts: {
    fr: 'Informations de révision corrigées',
    en: 'Review facts corrected',
  },
}

export const eventActions = Object.keys(eventLabels) as EventAction[]

/** Months between an approval and the next periodic re-review (an administrator may move it). */
export const REVIEW_INTERVAL_MONTHS = 24

/** The state of a document written before the workflow existed (or by the seed). */
export function stateOf(
  doc: { workflowState?: string | null; _status?: string | null } | null | undefined,
): WorkflowState {
  const value = doc?.workflowState
  if (value && (workflowStates as readonly string[]).includes(value)) return value as WorkflowState
  return doc?._status === 'published' ? 'published' : 'draft'
}
