/**
 * Who may take which action, from the transition table plus the facts of one document.
 * Pure: no database, so the admin buttons, the REST endpoint and the tests share one answer.
 */
import { type Role, roleLabels } from '../access/roles'
import type { User } from '../payload-types'
import {
  type Bilingual,
  type Guard,
  stateLabels,
  type Transition,
  transitionFor,
  transitions,
  type WorkflowState,
} from './states'

/** The person taking an action; null is the system itself (a scheduled job acting for nobody). */
export type Actor = { id: User['id']; role?: string | null; name?: string | null } | null

export interface Facts {
  unresolvedChangeRequests: number
  /** Id of the user whose write last changed the content. */
  lastContentEditor: string | null
  /** Ids of everyone who changed the content since its last approval (the last editor included). */
  contentEditors: readonly string[]
  /** The stored content is the one the committee approved (hash equal). */
  contentApproved: boolean
  /** Payload's published version is public. */
  online: boolean
  /** The action comes with a message. */
  hasMessage: boolean
  /** Id of the user who created the item (a contributor acts on their own items only). */
  createdBy?: string | null
}

export type Decision =
  | { allowed: true; override: boolean; transition: Transition }
  | { allowed: false; status: 403 | 404 | 409; reason: Bilingual; overridable: boolean }

/** Guards an admin may pass over (recorded as an override); the others are facts, not policy. */
const overridableGuards: readonly Guard[] = [
  'changeRequestsResolved',
  'notContentEditor',
  'contentApproved',
]

function guardFailure(guard: Guard, actor: Actor, facts: Facts): Bilingual | null {
  switch (guard) {
    case 'changeRequestsResolved': {
      const n = facts.unresolvedChangeRequests
      if (n === 0) return null
      return {
        fr: `Impossible d'approuver : ${n} demande${n > 1 ? 's' : ''} de modification non résolue${n > 1 ? 's' : ''}.`,
        en: `Cannot approve: ${n} unresolved change request${n > 1 ? 's' : ''}.`,
      }
    }
    case 'notContentEditor':
      if (!actor || !facts.contentEditors.includes(String(actor.id))) return null
      return {
        fr: "Vous avez modifié ce contenu depuis sa dernière approbation : une autre personne doit l'approuver (principe des quatre yeux).",
        en: 'You changed this content since its last approval: someone else must approve it (four-eyes principle).',
      }
    case 'explained':
      if (facts.hasMessage || facts.unresolvedChangeRequests > 0) return null
      return {
        fr: 'Précisez les modifications demandées : écrivez un message ou un commentaire « demande de modification ».',
        en: 'Say what to change: write a message or a change-request comment.',
      }
    case 'contentApproved':
      if (facts.contentApproved) return null
      return {
        fr: "Cette version n'a pas été approuvée par le comité",
        en: 'This version has not been approved by the committee',
      }
    case 'online':
      if (facts.online) return null
      return {
        fr: "Ce contenu n'est pas en ligne : il n'y a rien à retirer du site.",
        en: 'This item is not online: there is nothing to unpublish.',
      }
  }
}

const overrideHint: Bilingual = {
  fr: ' Un·e administrateur·rice peut passer outre par une dérogation, qui sera consignée.',
  en: ' An administrator may override; the override is recorded.',
}

/**
 * Decides one action. `override` is an admin's explicit request to pass over a failed check;
 * without it, an admin meets the same refusals as everyone (with a hint that they may override).
 */
export function decide(
  actor: Actor,
  state: WorkflowState,
  action: string,
  facts: Facts,
  { override = false }: { override?: boolean } = {},
): Decision {
  const transition = transitionFor(action)
  if (!transition) {
    return {
      allowed: false,
      status: 404,
      reason: { fr: `Action inconnue : « ${action} ».`, en: `Unknown action "${action}".` },
      overridable: false,
    }
  }
  const isAdmin = actor?.role === 'admin'
  if (actor && !isAdmin && !(transition.roles as readonly string[]).includes(actor.role ?? '')) {
    const role = roleLabels[actor.role as Role] ?? { fr: 'inconnu', en: 'unknown' }
    return {
      allowed: false,
      status: 403,
      reason: {
        fr: `Votre rôle (${role.fr}) ne permet pas l'action « ${transition.label.fr} ».`,
        en: `Your role (${role.en}) does not allow "${transition.label.en}".`,
      },
      overridable: false,
    }
  }
  if (actor?.role === 'contributor' && facts.createdBy !== String(actor.id)) {
    return {
      allowed: false,
      status: 403,
      reason: {
        fr: 'Vous ne pouvez agir que sur vos propres contributions.',
        en: 'You may act on your own contributions only.',
      },
      overridable: false,
    }
  }
  let needsOverride = false
  const reasons: Bilingual[] = []
  if (!transition.from.includes(state)) {
    const reason = {
      fr: `Action « ${transition.label.fr} » impossible : le document est « ${stateLabels[state].fr} ».`,
      en: `"${transition.label.en}" is not possible: the item is "${stateLabels[state].en}".`,
    }
    if (!(isAdmin && transition.adminOverrideFrom?.includes(state))) {
      return { allowed: false, status: 409, reason, overridable: false }
    }
    needsOverride = true
    reasons.push(reason)
  }
  for (const guard of transition.guards) {
    // Publishing from another state by override is already an override of the approval itself.
    if (guard === 'contentApproved' && needsOverride) continue
    const failure = guardFailure(guard, actor, facts)
    if (!failure) continue
    if (!(isAdmin && overridableGuards.includes(guard))) {
      return { allowed: false, status: 409, reason: failure, overridable: false }
    }
    needsOverride = true
    reasons.push(failure)
  }
  if (needsOverride && !override) {
    return {
      allowed: false,
      status: 409,
      reason: {
        fr: reasons.map((r) => r.fr).join(' ') + overrideHint.fr,
        en: reasons.map((r) => r.en).join(' ') + overrideHint.en,
      },
      overridable: true,
    }
  }
  return { allowed: true, override: needsOverride, transition }
}

export interface OfferedAction {
  action: Transition['action']
  label: Bilingual
  /** Enabled, or disabled with the reason shown beside it. */
  enabled: boolean
  reason?: Bilingual
  /** Only as an admin override (the button says so). */
  override: boolean
  /** A message is required (request changes with no open change request). */
  needsMessage: boolean
  asksMessage: boolean
}

/**
 * The actions to show one user on one document: those their role may take from this state.
 * One that a check blocks (unresolved change requests, four eyes) is shown disabled with why;
 * an admin also sees the overrides they may take.
 */
export function offeredActions(
  actor: Actor,
  state: WorkflowState,
  facts: Omit<Facts, 'hasMessage'>,
): OfferedAction[] {
  const offered: OfferedAction[] = []
  for (const t of transitions) {
    const withMessage = decide(actor, state, t.action, { ...facts, hasMessage: true })
    const needsMessage = t.guards.includes('explained') && facts.unresolvedChangeRequests === 0
    const base = {
      action: t.action,
      label: t.label,
      needsMessage,
      asksMessage: Boolean(t.asksMessage || needsMessage),
    }
    if (withMessage.allowed) {
      offered.push({ ...base, enabled: true, override: false })
    } else if (withMessage.overridable) {
      offered.push({ ...base, enabled: true, override: true, reason: withMessage.reason })
    } else if (
      withMessage.status === 409 &&
      t.from.includes(state) &&
      !t.guards.includes('online')
    ) {
      // Role and state allow it; a check blocks it for now.
      offered.push({ ...base, enabled: false, override: false, reason: withMessage.reason })
    }
  }
  return offered
}
