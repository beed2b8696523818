/**
 * The admin home page's work queues (`workflow/queues/`), on a real Payload and database: what
 * each role sees, assignment, review due dates, and a contributor's isolation (their own items
 * and the committee's comments on them, nothing of anyone else's).
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { GET as previewRoute } from '../src/app/(preview)/preview/[collection]/[id]/route'
import { overdueSubmissionsSection } from '../src/workflow/queues/digest'
import { reviewDueAt } from '../src/workflow/queues/dueDate'
import { queuesFor } from '../src/workflow/queues/queries'
import { notifyForEvent } from '../src/workflow/notifications'
import { transition } from '../src/workflow/transition'
import { validData } from './helpers/fixtures'
import { createUsers, testPayload } from './helpers/payload'
import { writeChangeNote } from './helpers/workflow'

type User = Record<string, any>
let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let reviewer2: User
let contributor: User
let contributor2: User
const DAY = 24 * 60 * 60 * 1000

const account = (email: string, name: string, role: string) =>
  payload.create({
    collection: 'users',
    data: { email, name, role, password: 'test-password-1' } as never,
    overrideAccess: true,
  }) as Promise<User>

const draftBy = async (user: User, title: string, extra: Record<string, unknown> = {}) =>
  (
    await payload.create({
      collection: 'fact-sheets',
      data: { ...validData('fact-sheets', title), ...extra } as never,
      draft: true,
      user,
      overrideAccess: false,
    })
  ).id

const act = (id: number | string, action: string, user: User | null, message?: string) =>
  transition(payload, { collection: 'fact-sheets', id, action, user, message })

const titles = (items: { title: string }[] | undefined) => (items ?? []).map((i) => i.title)

let older: number | string
let newer: number | string
let revision: number | string
let contributed: number | string

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  reviewer2 = await account('reviewer2@test.local', 'Dre Deuxième', 'reviewer')
  contributor = await account('contrib@test.local', 'Nutritionniste partenaire', 'contributor')
  contributor2 = await account('contrib2@test.local', 'Chercheuse', 'contributor')

  older = await draftBy(users.editor, 'Soumise en premier')
  await act(older, 'submit', users.editor, 'Première soumission')
  newer = await draftBy(users.editor, 'Soumise ensuite', { assignedReviewers: [reviewer2.id] })
  await act(newer, 'submit', users.editor, 'Merci de vérifier les doses')

  // A published item, revised and submitted again.
  revision = await draftBy(users.editor, 'Révision d’un contenu en ligne')
  await act(revision, 'submit', null)
  await act(revision, 'approve', users.reviewer)
  await act(revision, 'publish', users.editor)
  await payload.update({
    collection: 'fact-sheets',
    id: revision,
    data: { summary: 'Résumé mis à jour après publication.' } as never,
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
  await writeChangeNote(payload, 'fact-sheets', revision)
  await act(revision, 'submit', users.editor, 'Mise à jour des références')

  contributed = await draftBy(contributor, 'Contribution d’une partenaire')
})

describe('reviewer', () => {
  it('« À réviser »: every submission, oldest first, with type, submitter, date, message and new/revision', async () => {
    const q = await queuesFor(payload, users.reviewer as never)
    expect(titles(q.toReview)).toEqual([
      'Soumise en premier',
      'Soumise ensuite',
      'Révision d’un contenu en ligne',
    ])
    const [first, second, third] = q.toReview!
    expect(first).toMatchObject({
      typeLabel: 'Fiche',
      submittedBy: 'Test editor',
      message: 'Première soumission',
      revision: false,
      overdue: false,
    })
    expect(first!.submittedAt).toBeTypeOf('string')
    expect(second!.message).toBe('Merci de vérifier les doses')
    expect(third!.revision).toBe(true)
    // Editors' drafts and the contributor's draft are not the committee's work.
    expect(titles(q.toReview)).not.toContain('Contribution d’une partenaire')
    expect(q.myDrafts).toBeUndefined()
  })

  it('« Assigné à moi »: only the submissions naming this reviewer', async () => {
    expect(titles((await queuesFor(payload, reviewer2 as never)).assignedToMe)).toEqual([
      'Soumise ensuite',
    ])
    expect((await queuesFor(payload, users.reviewer as never)).assignedToMe).toEqual([])
  })

  it('due date: overdue after the configured number of days, not before', async () => {
    const q = await queuesFor(payload, users.reviewer as never, {
      now: new Date(Date.now() + 15 * DAY),
    })
    expect(q.toReview!.every((i) => i.overdue)).toBe(true)
    expect(q.toReview![0]!.dueAt).toBe(reviewDueAt(q.toReview![0]!.submittedAt, 14))
    const longer = await queuesFor(payload, users.reviewer as never, {
      now: new Date(Date.now() + 15 * DAY),
      reviewDueDays: 30,
    })
    expect(longer.toReview!.some((i) => i.overdue)).toBe(false)
  })

  it('« Mes demandes de modification ouvertes »: their own unresolved change requests', async () => {
    const id = await draftBy(users.editor, 'Demande en cours')
    await act(id, 'submit', users.editor)
    await payload.create({
      collection: 'review-comments',
      data: {
        doc: { relationTo: 'fact-sheets', value: id },
        kind: 'change_request',
        body: 'Préciser la dose de fer.',
      } as never,
      user: users.reviewer,
      overrideAccess: false,
    })
    await act(id, 'request_changes', users.reviewer)
    const mine = await queuesFor(payload, users.reviewer as never)
    expect(mine.myChangeRequests!.map((c) => [c.title, c.body, c.state])).toEqual([
      ['Demande en cours', 'Préciser la dose de fer.', 'changes_requested'],
    ])
    expect((await queuesFor(payload, reviewer2 as never)).myChangeRequests).toEqual([])
    // The editor's side: « Modifications demandées », with the open requests count.
    const editor = await queuesFor(payload, users.editor as never)
    const item = editor.changesRequested!.find((i) => i.title === 'Demande en cours')
    expect(item?.openChangeRequests).toBe(1)
  })
})

describe('editor and admin', () => {
  it('« Mes brouillons », « Approuvés — à publier », « Planifiés », « Mises en ligne récentes »', async () => {
    const mine = await draftBy(users.editor, 'Mon brouillon')
    const approved = await draftBy(users.editor, 'Prêt à publier')
    await act(approved, 'submit', null)
    await act(approved, 'approve', users.reviewer)
    const at = new Date(Date.now() + 3 * DAY).toISOString()
    await payload.update({
      collection: 'fact-sheets',
      id: approved,
      data: { schedule: { publishAt: at } } as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    const q = await queuesFor(payload, users.editor as never)
    expect(titles(q.myDrafts)).toContain('Mon brouillon')
    expect(titles(q.myDrafts)).not.toContain('Contribution d’une partenaire')
    expect(titles(q.approved)).toContain('Prêt à publier')
    expect(q.scheduled!.find((i) => i.id === approved)?.publishAt).toBe(at)
    expect(q.recentlyPublished!.map((p) => p.title)).toContain('Révision d’un contenu en ligne')
    expect(q.toReview).toBeUndefined()
    // An admin's drafts are their own: the editor's draft is not in them.
    const admin = await queuesFor(payload, users.admin as never)
    expect(titles(admin.myDrafts)).not.toContain('Mon brouillon')
    expect(mine).toBeDefined()
  })

  it('admin: both sides, failed builds since the last success, overdue reviews', async () => {
    await payload.create({
      collection: 'site-builds',
      data: {
        buildId: 'build-ok',
        status: 'succeeded',
        startedAt: new Date(Date.now() - 2 * DAY).toISOString(),
      },
      overrideAccess: true,
    })
    await payload.create({
      collection: 'site-builds',
      data: {
        buildId: 'build-ko',
        status: 'failed',
        startedAt: new Date(Date.now() - DAY).toISOString(),
        error: 'Astro: échec',
      },
      overrideAccess: true,
    })
    const q = await queuesFor(payload, users.admin as never, {
      now: new Date(Date.now() + 15 * DAY),
    })
    expect(q.failedBuilds!.map((b) => b.buildId)).toEqual(['build-ko'])
    expect(titles(q.overdueReviews)).toEqual(
      expect.arrayContaining(['Soumise en premier', 'Soumise ensuite']),
    )
    expect(q.toReview).toBeDefined()
    expect(q.myDrafts).toBeDefined()
    expect((await queuesFor(payload, users.admin as never)).overdueReviews).toEqual([])
  })
})

describe('contributor', () => {
  it('« Mes contributions »: their own items only, with state and the committee’s comments', async () => {
    await payload.create({
      collection: 'review-comments',
      data: {
        doc: { relationTo: 'fact-sheets', value: contributed },
        body: 'Belle idée : ajoutez une référence.',
      } as never,
      user: users.reviewer,
      overrideAccess: false,
    })
    await payload.create({
      collection: 'review-comments',
      data: {
        doc: { relationTo: 'fact-sheets', value: older },
        body: 'Commentaire privé',
      } as never,
      user: users.reviewer,
      overrideAccess: false,
    })
    const q = await queuesFor(payload, contributor as never)
    expect(q.contributions!.map((i) => [i.title, i.state])).toEqual([
      ['Contribution d’une partenaire', 'draft'],
    ])
    expect(q.contributions![0]!.comments.map((c) => c.body)).toEqual([
      'Belle idée : ajoutez une référence.',
    ])
    expect(q.toReview).toBeUndefined()
    expect(q.myDrafts).toBeUndefined()
    expect(JSON.stringify(q)).not.toContain('Commentaire privé')
    expect(JSON.stringify(q)).not.toContain('Soumise en premier')
    // Another contributor sees nothing of it.
    const other = await queuesFor(payload, contributor2 as never)
    expect(other.contributions).toEqual([])
  })

  it('submits their own item; the committee then sees it', async () => {
    const id = await draftBy(contributor, 'Contribution soumise')
    await act(id, 'submit', contributor, 'Première contribution')
    const q = await queuesFor(payload, contributor as never)
    expect(q.contributions!.find((i) => i.id === id)?.state).toBe('in_review')
    const reviewer = await queuesFor(payload, users.reviewer as never)
    const item = reviewer.toReview!.find((i) => i.id === id)
    expect(item).toMatchObject({
      submittedBy: 'Nutritionniste partenaire',
      message: 'Première contribution',
    })
  })

  it('sees the committee’s decision and its message on their own items only', async () => {
    const mine = await draftBy(contributor, 'Contribution à revoir')
    await act(mine, 'submit', contributor, 'Pour relecture')
    await act(mine, 'request_changes', users.reviewer, 'Citez la source des apports en fer.')
    const theirs = await draftBy(contributor2, 'Contribution d’une autre partenaire')
    await act(theirs, 'submit', contributor2, 'Pour relecture')
    await act(theirs, 'request_changes', users.reviewer, 'Message pour l’autre partenaire')

    const q = await queuesFor(payload, contributor as never)
    expect(q.contributions!.find((i) => i.id === mine)).toMatchObject({
      state: 'changes_requested',
      decision: {
        action: 'request_changes',
        message: 'Citez la source des apports en fer.',
        actorName: 'Test reviewer',
      },
    })
    expect(JSON.stringify(q)).not.toContain('Message pour l’autre partenaire')
    // An item without a decision yet has none.
    expect(q.contributions!.find((i) => i.id === contributed)?.decision).toBeNull()
  })

  it('reads no one else’s drafts, comments or accounts through the Local API', async () => {
    const drafts = await payload.find({
      collection: 'fact-sheets',
      draft: true,
      depth: 0,
      limit: 500,
      user: contributor,
      overrideAccess: false,
    })
    const ids = drafts.docs.map((d) => d.id)
    expect(ids).toContain(contributed)
    expect(ids).not.toContain(older)
    expect(
      drafts.docs.every(
        (d) => d._status === 'published' || d.workflow?.createdBy === contributor.id,
      ),
    ).toBe(true)
    const comments = await payload.find({
      collection: 'review-comments',
      limit: 500,
      user: contributor,
      overrideAccess: false,
    })
    expect(comments.docs.map((c) => c.body)).toEqual(['Belle idée : ajoutez une référence.'])
    const accounts = await payload.find({
      collection: 'users',
      user: contributor,
      overrideAccess: false,
    })
    expect(accounts.docs.map((u) => u.id)).toEqual([contributor.id])
    await expect(
      payload.create({
        collection: 'review-comments',
        data: { doc: { relationTo: 'fact-sheets', value: older }, body: 'Intrusion' } as never,
        user: contributor,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Vous ne pouvez commenter que vos propres contributions.')
  })
})

describe('contributor preview', () => {
  it('previews their own draft, never a colleague’s', async () => {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: 'contrib@test.local', password: 'test-password-1' },
    })
    const call = async (id: number | string) => {
      const res = await previewRoute(
        new Request(`http://localhost:3000/preview/fact-sheets/${id}`, {
          headers: { Authorization: `JWT ${token}` },
        }),
        { params: Promise.resolve({ collection: 'fact-sheets', id: String(id) }) },
      )
      return { status: res.status, html: await res.text() }
    }
    const own = await call(contributed)
    expect(own.status).toBe(200)
    expect(own.html).toContain('Contribution d’une partenaire')
    const other = await call(older)
    expect(other.status).toBe(404)
    expect(other.html).not.toContain('Soumise en premier')
  })
})

describe('assignment', () => {
  it('only reviewers may be named, only by the content team', async () => {
    const id = await draftBy(users.editor, 'Assignation')
    await expect(
      payload.update({
        collection: 'fact-sheets',
        id,
        data: { assignedReviewers: [users.editor.id] } as never,
        draft: true,
        user: users.editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow("Seul·es les membres du comité d'experts peuvent être assigné·es")
    const own = await draftBy(contributor, 'Contribution sans assignation')
    await payload.update({
      collection: 'fact-sheets',
      id: own,
      data: { assignedReviewers: [reviewer2.id] } as never,
      draft: true,
      user: contributor,
      overrideAccess: false,
    })
    const stored = await payload.findByID({
      collection: 'fact-sheets',
      id: own,
      draft: true,
      depth: 0,
      overrideAccess: true,
    })
    expect((stored as { assignedReviewers?: unknown[] }).assignedReviewers ?? []).toEqual([])
  })

  it('the submission e-mail goes to the named reviewers only; unassigned, to the whole committee', async () => {
    const send = vi.spyOn(payload, 'sendEmail').mockResolvedValue(undefined as never)
    try {
      const eventFor = async (id: number | string) =>
        (
          await payload.find({
            collection: 'review-events',
            where: {
              and: [{ 'doc.value': { equals: id } }, { action: { equals: 'submit' } }],
            },
            overrideAccess: true,
          })
        ).docs[0]!.id
      expect(await notifyForEvent(payload, await eventFor(newer))).toEqual(['reviewer2@test.local'])
      expect((await notifyForEvent(payload, await eventFor(older))).sort()).toEqual([
        'reviewer2@test.local',
        'reviewer@test.local',
      ])
    } finally {
      send.mockRestore()
    }
  })
})

describe('weekly digest', () => {
  it('lists the submissions past their due date, oldest first', async () => {
    expect(await overdueSubmissionsSection(payload)).toBe('')
    const text = await overdueSubmissionsSection(payload, new Date(Date.now() + 15 * DAY))
    expect(text).toMatch(/^Soumissions en attente du comité au-delà du délai \(\d+\)/)
    expect(text.indexOf('Soumise en premier')).toBeLessThan(text.indexOf('Soumise ensuite'))
    expect(text).toContain('/admin/collections/fact-sheets/')
  })
})
