/**
 * The workflow's pure decisions, without a database: `decide()` and `offeredActions()` from
 * rules.ts (who may take which action, given the transition table and a document's facts),
 * and `reviewFactsChange()` (what a write does to the public review facts). The integration
 * tests (workflow*.int.spec.ts) check the same answers through the APIs.
 */
import { describe, expect, it } from 'vitest'
import { reviewFactsChange } from '../src/workflow/reviewFactsChange'
import { type Actor, decide, type Facts, offeredActions } from '../src/workflow/rules'

const admin: Actor = { id: 1, role: 'admin', name: 'Admin' }
const editor: Actor = { id: 2, role: 'editor', name: 'Éditrice' }
const reviewer: Actor = { id: 3, role: 'reviewer', name: 'Réviseure' }

/** A document with no open issue: nothing unresolved, approved content, online. */
const clean: Facts = {
  unresolvedChangeRequests: 0,
  lastContentEditor: '2',
  contentEditors: ['2'],
  contentApproved: true,
  online: true,
  hasMessage: false,
}
const facts = (changes: Partial<Facts> = {}): Facts => ({ ...clean, ...changes })

describe('decide()', () => {
  it('an unknown action is a 404', () => {
    expect(decide(editor, 'draft', 'teleport', clean)).toMatchObject({
      allowed: false,
      status: 404,
      reason: { fr: 'Action inconnue : « teleport ».' },
    })
  })

  it('a role that may not take the action is a 403 naming the role, even where the state allows it', () => {
    const decision = decide(editor, 'in_review', 'approve', clean)
    expect(decision).toMatchObject({ allowed: false, status: 403, overridable: false })
    if (!decision.allowed)
      expect(decision.reason.fr).toBe(
        "Votre rôle (Équipe de contenu) ne permet pas l'action « Approuver cette version ».",
      )
    expect(decide(reviewer, 'approved', 'publish', clean)).toMatchObject({ status: 403 })
    expect(decide({ id: 9, role: 'stranger' }, 'draft', 'submit', clean)).toMatchObject({
      status: 403,
      reason: { fr: expect.stringContaining('(inconnu)') },
    })
  })

  it('a state the action does not leave from is a 409; an admin may override only where the table says', () => {
    expect(decide(editor, 'draft', 'publish', clean)).toMatchObject({
      allowed: false,
      status: 409,
      overridable: false,
    })
    const asked = decide(admin, 'draft', 'publish', clean)
    expect(asked).toMatchObject({ allowed: false, status: 409, overridable: true })
    if (!asked.allowed) expect(asked.reason.fr).toMatch(/dérogation, qui sera consignée\.$/)
    expect(decide(admin, 'draft', 'publish', clean, { override: true })).toMatchObject({
      allowed: true,
      override: true,
      transition: { to: 'published', status: 'published' },
    })
    // No override out of a state the table does not list (approving a draft).
    expect(decide(admin, 'draft', 'approve', clean, { override: true })).toMatchObject({
      allowed: false,
      overridable: false,
    })
  })

  it('open change requests block approval, counted in the reason', () => {
    for (const [n, text] of [
      [1, '1 demande de modification non résolue.'],
      [3, '3 demandes de modification non résolues.'],
    ] as const) {
      const decision = decide(
        reviewer,
        'in_review',
        'approve',
        facts({ unresolvedChangeRequests: n }),
      )
      expect(decision).toMatchObject({ allowed: false, status: 409, overridable: false })
      if (!decision.allowed) expect(decision.reason.fr).toBe(`Impossible d'approuver : ${text}`)
    }
    expect(
      decide(admin, 'in_review', 'approve', facts({ unresolvedChangeRequests: 1 }), {
        override: true,
      }),
    ).toMatchObject({ allowed: true, override: true })
  })

  it('four eyes: no one who changed the content since its last approval approves it', () => {
    const written = facts({ lastContentEditor: '2', contentEditors: ['1', '2'] })
    expect(decide(reviewer, 'in_review', 'approve', written)).toMatchObject({
      allowed: true,
      override: false,
    })
    const refused = decide(admin, 'in_review', 'approve', written)
    expect(refused).toMatchObject({ allowed: false, status: 409, overridable: true })
    if (!refused.allowed) expect(refused.reason.fr).toMatch(/principe des quatre yeux/)
    expect(decide({ id: 1, role: 'reviewer' }, 'in_review', 'approve', written)).toMatchObject({
      allowed: false,
      overridable: false,
    })
    // The system itself (a scheduled job) has no eyes to count.
    expect(decide(null, 'in_review', 'approve', written)).toMatchObject({ allowed: true })
  })

  it('requesting changes needs a message or an open change request; no one overrides that', () => {
    expect(decide(reviewer, 'in_review', 'request_changes', clean)).toMatchObject({
      allowed: false,
      reason: { fr: expect.stringMatching(/^Précisez/) },
    })
    expect(decide(admin, 'in_review', 'request_changes', clean, { override: true })).toMatchObject({
      allowed: false,
      overridable: false,
    })
    expect(
      decide(reviewer, 'in_review', 'request_changes', facts({ hasMessage: true })),
    ).toMatchObject({ allowed: true })
    expect(
      decide(reviewer, 'in_review', 'request_changes', facts({ unresolvedChangeRequests: 1 })),
    ).toMatchObject({ allowed: true })
  })

  it('only approved content is published; an admin may publish other content as an override', () => {
    const changed = facts({ contentApproved: false })
    expect(decide(editor, 'approved', 'publish', changed)).toMatchObject({
      allowed: false,
      reason: { fr: "Cette version n'a pas été approuvée par le comité" },
      overridable: false,
    })
    expect(decide(admin, 'approved', 'publish', changed, { override: true })).toMatchObject({
      allowed: true,
      override: true,
    })
    expect(decide(editor, 'approved', 'publish', clean)).toMatchObject({
      allowed: true,
      override: false,
    })
  })

  it('archiving needs the item online, whoever asks', () => {
    const offline = facts({ online: false })
    for (const actor of [editor, admin]) {
      expect(decide(actor, 'published', 'archive', offline, { override: true })).toMatchObject({
        allowed: false,
        status: 409,
        overridable: false,
      })
    }
    // A published item being revised is still online: it may be archived from its working state.
    expect(decide(editor, 'in_review', 'archive', clean)).toMatchObject({ allowed: true })
  })
})

describe('offeredActions()', () => {
  const names = (list: ReturnType<typeof offeredActions>) =>
    list.map((a) => `${a.action}${a.override ? '!' : ''}${a.enabled ? '' : '(off)'}`)

  it('offers each role what it may take from the state, and shows blocked ones disabled with why', () => {
    const base = facts({ online: false })
    expect(names(offeredActions(editor, 'in_review', base))).toEqual(['withdraw'])
    expect(names(offeredActions(reviewer, 'in_review', base))).toEqual([
      'request_changes',
      'approve',
    ])
    expect(names(offeredActions(admin, 'in_review', base))).toEqual([
      'withdraw',
      'request_changes',
      'approve',
      'publish!',
    ])
    const blocked = offeredActions(reviewer, 'in_review', { ...base, unresolvedChangeRequests: 1 })
    expect(names(blocked)).toEqual(['request_changes', 'approve(off)'])
    expect(blocked[1]!.reason?.fr).toMatch(/non résolue/)
  })

  it('asks for a message where a reason is needed', () => {
    const [request] = offeredActions(reviewer, 'in_review', facts())
    expect(request).toMatchObject({
      action: 'request_changes',
      needsMessage: true,
      asksMessage: true,
    })
    const [withComment] = offeredActions(
      reviewer,
      'in_review',
      facts({ unresolvedChangeRequests: 2 }),
    )
    expect(withComment).toMatchObject({ needsMessage: false, asksMessage: true })
  })

  it('never offers archiving an item that is not online', () => {
    expect(names(offeredActions(editor, 'published', facts({ online: false })))).toEqual(['submit'])
    expect(names(offeredActions(editor, 'published', facts()))).toEqual(['submit', 'archive'])
  })
})

describe('reviewFactsChange()', () => {
  const stored = {
    reviewers: [{ id: 'a1', name: 'Dre Tremblay' }],
    lastReviewedAt: '2025-06-01T00:00:00.000Z',
    nextReviewDue: '2027-06-01T00:00:00.000Z',
  }

  it('nothing sent, or the same facts in another spelling, is no change', () => {
    expect(reviewFactsChange(undefined, stored)).toBeNull()
    expect(
      reviewFactsChange(
        {
          reviewers: [{ name: 'Dre Tremblay' }],
          lastReviewedAt: new Date('2025-06-01T00:00:00Z'),
          nextReviewDue: '2027-06-01T00:00:00Z',
        },
        stored,
      ),
    ).toBeNull()
    expect(reviewFactsChange({}, stored)).toBeNull()
  })

  it('says what changed, key by key, in French', () => {
    expect(reviewFactsChange({ nextReviewDue: '2099-01-01T00:00:00.000Z' }, stored)).toBe(
      'Prochaine révision : 2027-06-01 → 2099-01-01',
    )
    expect(
      reviewFactsChange({ reviewers: [{ name: 'Pr Faux' }], lastReviewedAt: null }, stored),
    ).toBe('Dernière révision : 2025-06-01 → — · Réviseur·es : Dre Tremblay → Pr Faux')
    expect(reviewFactsChange(null, stored)).toBe(
      'Dernière révision : 2025-06-01 → — · Prochaine révision : 2027-06-01 → — · Réviseur·es : Dre Tremblay → —',
    )
    expect(reviewFactsChange({ reviewers: [{ name: 'Dre A' }] }, null)).toBe(
      'Réviseur·es : — → Dre A',
    )
  })

  it('a value that is not a group counts as a change', () => {
    expect(reviewFactsChange('Pr Faux', stored)).toBe('Informations de révision remplacées')
  })
})
