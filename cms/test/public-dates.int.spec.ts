/**
 * Honest dates and the public change log (`src/workflow/changeLog/`, `@nlv/shared/dates`):
 * each kind of change moves the right date and only it, « Ce qui a changé » is required for a
 * change to a published item, the committee may reword it, it is bound to the approval and
 * published with the approved version, and all of it reaches the snapshot.
 */
import { REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { parseSnapshot } from '@nlv/shared/snapshot'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { transition, TransitionRefused } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { docIn, restCall, tokensFor } from './helpers/workflow'

const FS = 'fact-sheets' as const

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const handlers = { GET: REST_GET(config), POST: REST_POST(config), PATCH: REST_PATCH(config) }
const rest = (
  method: 'GET' | 'POST' | 'PATCH',
  path: string,
  role: string | null,
  body?: unknown,
) => restCall(handlers, method, path, { token: role ? tokens[role] : undefined, body })

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
})

type Role = 'admin' | 'editor' | 'reviewer'
const step = (id: number | string, action: string, role: Role | null) =>
  transition(payload, { collection: FS, id, action, user: role ? users[role] : null })

/** The stored public facts of a document (latest version). */
async function factsOf(id: number | string) {
  const doc = (await payload.findByID({
    collection: FS,
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as Record<string, any>
  return {
    first: doc.history?.firstPublishedAt as string | undefined,
    updated: doc.history?.contentUpdatedAt as string | undefined,
    changes: (doc.history?.changes ?? []) as { date: string; note: string; important: boolean }[],
    reviewed: doc.review?.lastReviewedAt as string | undefined,
    note: doc.changeNote as { text: string | null; important: boolean | null } | undefined,
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 15))

async function editSummary(id: number | string, summary: string) {
  await payload.update({
    collection: FS,
    id,
    data: { summary } as never,
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
}

async function snapshotItem(id: number | string) {
  const snapshot = parseSnapshot(JSON.parse(JSON.stringify(await buildSnapshot(payload))))
  return snapshot.items.find((item) => item.id === String(id))
}

describe('the public dates', () => {
  it('a first publication sets « Publié le » and « Mis à jour le » to the same moment, with no history entry', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    expect((await factsOf(id)).first).toBeFalsy()
    await step(id, 'publish', 'editor')
    const facts = await factsOf(id)
    expect(facts.first).toBeTruthy()
    expect(facts.updated).toBe(facts.first)
    expect(facts.changes).toEqual([])
    const item = await snapshotItem(id)
    expect(item?.publishedAt).toBe(facts.first!.slice(0, 10))
    expect(item?.updatedAt).toBe(item?.publishedAt)
    expect(item?.changes).toEqual([])
  })

  it('a content edit published with its note moves « Mis à jour le » only, and the note joins the history', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const before = await factsOf(id)
    await tick()
    await editSummary(id, 'Résumé revu : la dose quotidienne est précisée.')
    // Submitting without « Ce qui a changé » is refused, in French.
    const refused = await step(id, 'submit', 'editor').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(TransitionRefused)
    expect((refused as TransitionRefused).message).toMatch(/Écrivez « Ce qui a changé »/)
    const viaRest = await rest('POST', `${FS}/${id}/workflow/submit`, 'editor', {})
    expect(viaRest.status).toBe(409)
    expect(viaRest.json.errors[0].message).toMatch(/Ce qui a changé/)

    const status = await rest('GET', `${FS}/${id}/change-note`, 'editor')
    expect(status.json).toMatchObject({ required: true, everPublished: true, canEdit: true })
    const saved = await rest('POST', `${FS}/${id}/change-note`, 'editor', {
      text: 'La dose est précisée.',
      important: false,
    })
    expect(saved.status).toBe(200)
    await step(id, 'submit', 'editor')

    // The committee rewords it during the review and marks it important.
    const reworded = await rest('POST', `${FS}/${id}/change-note`, 'reviewer', {
      text: 'La dose quotidienne recommandée est précisée.',
      important: true,
    })
    expect(reworded.status).toBe(200)
    await step(id, 'approve', 'reviewer')

    // Bound to the approval: nobody changes it now, the content team included.
    const late = await rest('POST', `${FS}/${id}/change-note`, 'editor', { text: 'Autre chose.' })
    expect(late.status).toBe(409)
    expect(late.json.errors[0].message).toMatch(/approuvée avec sa note/)
    // Nor through the collection's own API.
    await payload.update({
      collection: FS,
      id,
      data: { changeNote: { text: 'Contournement' } } as never,
      draft: true,
      overrideAccess: true,
    })
    expect((await factsOf(id)).note?.text).toBe('La dose quotidienne recommandée est précisée.')

    await tick()
    await step(id, 'publish', 'editor')
    const after = await factsOf(id)
    expect(after.first).toBe(before.first)
    expect(after.updated! > before.updated!).toBe(true)
    expect(after.reviewed! > before.reviewed!).toBe(true)
    expect(after.changes).toHaveLength(1)
    expect(after.changes[0]).toMatchObject({
      note: 'La dose quotidienne recommandée est précisée.',
      important: true,
    })
    expect(after.changes[0]!.date).toBe(after.updated)
    // Emptied for the next change.
    expect(after.note?.text ?? null).toBeNull()

    const item = await snapshotItem(id)
    expect(item?.updatedAt).toBe(after.updated!.slice(0, 10))
    expect(item?.changes).toEqual([
      {
        date: after.updated!.slice(0, 10),
        note: { fr: 'La dose quotidienne recommandée est précisée.' },
        important: true,
      },
    ])
  })

  it('a re-review without edits moves the review date, not « Mis à jour le », and needs no note', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const before = await factsOf(id)
    await tick()
    expect((await rest('GET', `${FS}/${id}/change-note`, 'editor')).json.required).toBe(false)
    await step(id, 'submit', 'editor')
    await step(id, 'approve', 'reviewer')
    await step(id, 'publish', 'editor')
    const after = await factsOf(id)
    expect(after.reviewed! > before.reviewed!).toBe(true)
    expect(after.first).toBe(before.first)
    expect(after.updated).toBe(before.updated)
    expect(after.changes).toEqual([])
  })

  it('a state change (archive, then publish again unchanged) moves no publication date', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const before = await factsOf(id)
    await tick()
    await step(id, 'archive', 'editor')
    expect(await factsOf(id)).toMatchObject({ first: before.first, updated: before.updated })
    await step(id, 'reopen', 'editor')
    await step(id, 'submit', 'editor')
    await step(id, 'approve', 'reviewer')
    await step(id, 'publish', 'editor')
    expect(await factsOf(id)).toMatchObject({
      first: before.first,
      updated: before.updated,
      changes: [],
    })
  })

  it('a schedule change moves no date', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const before = await factsOf(id)
    const later = new Date(Date.now() + 30 * 86_400_000).toISOString()
    const res = await rest('PATCH', `${FS}/${id}?draft=true`, 'editor', {
      schedule: { unpublishAt: later },
    })
    expect(res.status).toBe(200)
    expect(await factsOf(id)).toMatchObject({ first: before.first, updated: before.updated })
  })

  it('nobody writes the dates or the history through the API, not even an administrator', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const before = await factsOf(id)
    const res = await rest('PATCH', `${FS}/${id}?draft=true`, 'admin', {
      history: {
        firstPublishedAt: '2001-01-01T00:00:00.000Z',
        changes: [{ date: '2001-01-01T00:00:00.000Z', note: 'Faux' }],
      },
    })
    expect(res.status).toBe(200)
    expect(await factsOf(id)).toMatchObject({ first: before.first, changes: [] })
  })
})

describe('« Ce qui a changé »', () => {
  it('is not asked of an item never published', async () => {
    const id = await docIn(payload, 'draft', users.editor)
    expect((await rest('GET', `${FS}/${id}/change-note`, 'editor')).json.required).toBe(false)
    await step(id, 'submit', 'editor')
  })

  it('is refused when too long, and to the committee outside a review, and to the public', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const long = await rest('POST', `${FS}/${id}/change-note`, 'editor', { text: 'x'.repeat(301) })
    expect(long.status).toBe(400)
    expect(long.json.errors[0].message).toMatch(/une ou deux phrases/)
    const reviewer = await rest('POST', `${FS}/${id}/change-note`, 'reviewer', { text: 'Note' })
    expect(reviewer.status).toBe(409)
    expect((await rest('GET', `${FS}/${id}/change-note`, null)).status).toBe(401)
    expect((await rest('POST', `${FS}/${id}/change-note`, null, { text: 'x' })).status).toBe(401)
    // The public never reads a pending note.
    await rest('POST', `${FS}/${id}/change-note`, 'editor', { text: 'Note en attente' })
    const publicRead = await rest('GET', `${FS}/${id}`, null)
    expect(JSON.stringify(publicRead.json)).not.toContain('Note en attente')
  })
})
