/**
 * What the review panel relies on, on a real Payload and database:
 * - read-only in review: every write path refuses a content change while « En révision »
 *   (French message, nothing lost), the admin's permissions say so, and taking the item back
 *   (« Reprendre la rédaction ») makes it editable again; transitions still pass;
 * - the honest publication status: « en cours » until a build that started after the publish
 *   is live, « échec » after a real failed build (the site project missing), « en ligne »
 *   with the public URL once the live build carries it;
 * - the build history's trigger names the item by type and title;
 * - the rollback preview lists, by title, what would reappear or disappear.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { env } from '../src/env'
import { swapLive } from '../src/publishing/liveLink'
import { buildSiteDir, buildSnapshotFile } from '../src/publishing/paths'
import { publicationStatus } from '../src/publishing/publicationStatus'
import { rollbackPreview } from '../src/publishing/rollbackPreview'
import { transition } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { docIn, stateOfDoc, tokensFor } from './helpers/workflow'

const FS = 'fact-sheets' as const
let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const rest = restClient(config)
const siteDir = env.NLV_SITE_DIR

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
})
afterAll(() => {
  env.NLV_SITE_DIR = siteDir
})

const latest = (id: number | string) =>
  payload.findByID({ collection: FS, id, draft: true, depth: 0 }) as Promise<Record<string, any>>

describe('content is read-only while « En révision »', () => {
  it('refuses a content change through REST and the Local API, in French, and keeps the text', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const before = await latest(id)
    for (const role of ['editor', 'admin'] as const) {
      const res = await rest.rest('PATCH', `${FS}/${id}?draft=true`, {
        token: tokens[role],
        body: { summary: 'Changé pendant la révision.' },
      })
      expect(res.status).toBe(409)
      expect(res.json.errors[0].message).toMatch(/^Ce contenu est en révision par le comité/)
      expect(res.json.errors[0].message).toMatch(/Reprendre la rédaction/)
    }
    await expect(
      payload.update({
        collection: FS,
        id,
        draft: true,
        data: { title: 'Titre changé en révision' } as never,
        user: users.admin,
        overrideAccess: false,
      }),
    ).rejects.toThrow(/en révision/)
    const after = await latest(id)
    expect(after.summary).toBe(before.summary)
    expect(after.title).toBe(before.title)
    expect(await stateOfDoc(payload, FS, id)).toBe('in_review')
  })

  it('the admin’s permissions for the document say read-only in review, editable once taken back', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    const access = async (workflowState: string) =>
      (
        await rest.rest('POST', `${FS}/access/${id}`, {
          token: tokens.editor,
          body: { ...(await latest(id)), workflowState, _status: 'draft' },
        })
      ).json
    expect((await access('in_review')).update).toBeFalsy()
    await transition(payload, { collection: FS, id, action: 'withdraw', user: users.editor })
    expect(await stateOfDoc(payload, FS, id)).toBe('draft')
    expect((await access('draft')).update).toBeTruthy()
    const edit = await rest.rest('PATCH', `${FS}/${id}?draft=true`, {
      token: tokens.editor,
      body: { summary: 'Corrigé après avoir repris la rédaction.' },
    })
    expect(edit.status).toBe(200)
    expect((await latest(id)).summary).toBe('Corrigé après avoir repris la rédaction.')
  })

  it('the committee’s actions still pass in review (they change no content)', async () => {
    const id = await docIn(payload, 'in_review', users.editor)
    await transition(payload, { collection: FS, id, action: 'approve', user: users.reviewer })
    expect(await stateOfDoc(payload, FS, id)).toBe('approved')
  })
})

describe('honest publication status', () => {
  it('« en cours » after publishing, « échec » after a failed build, « en ligne » with its URL once live', async () => {
    const id = await docIn(payload, 'published', users.editor)
    const req = { payload } as never
    // The publish queued a build that has not run: pending, never « live ».
    let status = await publicationStatus(req, FS, id)
    expect(status.state).toBe('pending')
    expect(status.urls).toEqual([])
    const jobs = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      sort: '-createdAt',
      limit: 1,
    })
    const title = (await latest(id)).title as string
    // The build history names the item by type and title.
    expect((jobs.docs[0] as { input?: { trigger?: string } }).input?.trigger).toBe(
      `Fiche « ${title} » : publication`,
    )

    // A real failure: the site project is missing.
    env.NLV_SITE_DIR = '/nonexistent/site'
    await payload.jobs.run({ queue: 'site', limit: 10 })
    env.NLV_SITE_DIR = siteDir
    status = await publicationStatus(req, FS, id)
    expect(status.state).toBe('failed')
    expect(status.failure?.buildRecordId).toBeTruthy()

    // Through the panel's endpoint too, for the editor.
    const panel = await rest.rest('GET', `${FS}/${id}/workflow/publication`, {
      token: tokens.editor,
    })
    expect(panel.status).toBe(200)
    expect(panel.json.state).toBe('failed')

    // A build that started after the publish goes live (recorded as the pipeline does).
    const buildId = `20991231T000000Z-${String(id).padStart(4, '0')}`
    await fs.mkdir(buildSiteDir(buildId), { recursive: true })
    await fs.writeFile(path.join(buildSiteDir(buildId), 'index.html'), '<!doctype html>')
    await swapLive(buildId)
    const now = new Date().toISOString()
    await payload.create({
      collection: 'site-builds',
      data: { buildId, status: 'succeeded', live: true, startedAt: now, finishedAt: now },
      overrideAccess: true,
    })
    status = await publicationStatus(req, FS, id)
    expect(status.state).toBe('live')
    expect(status.liveSince).toBe(now)
    const slug = (await latest(id)).slug as string
    expect(status.urls).toEqual([
      { locale: 'fr', url: `${env.SITE_URL.replace(/\/$/, '')}/fiches/${slug}/` },
    ])
  })

  it('a document never published is « hors ligne »', async () => {
    const id = await docIn(payload, 'approved', users.editor)
    expect((await publicationStatus({ payload } as never, FS, id)).state).toBe('offline')
  })
})

describe('rollback preview', () => {
  it('lists by title what would reappear, disappear or go back to an earlier text', async () => {
    const item = (id: string, title: string, summary = 'Résumé.') => ({
      type: 'fact-sheets',
      id,
      locales: { fr: { title, summary } },
    })
    const write = async (buildId: string, items: unknown[]) => {
      await fs.mkdir(path.dirname(buildSnapshotFile(buildId)), { recursive: true })
      await fs.writeFile(buildSnapshotFile(buildId), JSON.stringify({ items }))
    }
    await write('20990101T000000Z-0old', [
      item('1', 'Acide folique'),
      item('2', 'Fer et grossesse', 'Ancien résumé.'),
      item('3', 'Iode'),
    ])
    await write('20990102T000000Z-0new', [
      item('2', 'Fer et grossesse', 'Nouveau résumé.'),
      item('3', 'Iode'),
      item('4', 'Vitamine D'),
    ])
    expect(await rollbackPreview('20990101T000000Z-0old', '20990102T000000Z-0new')).toEqual({
      reappear: [{ type: 'Fiche', title: 'Acide folique' }],
      disappear: [{ type: 'Fiche', title: 'Vitamine D' }],
      revert: [{ type: 'Fiche', title: 'Fer et grossesse' }],
    })
    expect(await rollbackPreview('20990101T000000Z-gone', '20990102T000000Z-0new')).toBeNull()
  })

  it('is for admins only (REST)', async () => {
    const res = await rest.rest('GET', 'site-builds/1/rollback-preview', { token: tokens.editor })
    expect(res.status).toBe(403)
  })
})
