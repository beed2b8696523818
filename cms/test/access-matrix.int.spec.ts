/**
 * Who may do what, through the real REST route handlers, as real logged-in users: anonymous,
 * reviewer, editor and admin × every collection × create / read / update / delete / read
 * versions. The expected answers are written out by hand below, not computed from the access
 * functions, so that a wrong edit to an access rule fails here.
 *
 * Review-workflow transitions: `workflow-matrix.int.spec.ts` covers every state × role ×
 * action on fact sheets through REST (anonymous included). This file adds the REST cells it
 * leaves out: each action × role on the three other reviewed types, and the status endpoint.
 *
 * The committee's public review facts (reviewers, review dates) get their own cells: they come
 * from approvals, and only an administrator corrects them, recorded.
 *
 * Then: nobody raises their own role, a reviewer reads no colleague's e-mail, and accounts
 * lock after repeated failed logins with a clear message in the admin's language.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import config from '../src/payload.config'
import { loginLock } from '../src/collections/Users/loginLock'
import { buildSiteDir } from '../src/publishing/paths'
import { validData } from './helpers/fixtures'
import { createUsers, testPayload } from './helpers/payload'
import { restClient, uploadForm, type RestResponse } from './helpers/rest'
import { docIn, stateOfDoc, tokensFor } from './helpers/workflow'

const actors = ['anonymous', 'reviewer', 'editor', 'admin'] as const
type Actor = (typeof actors)[number]
const ops = ['create', 'read', 'update', 'delete', 'versions'] as const
type Op = (typeof ops)[number]

/**
 * One character per actor, in the order anonymous · reviewer · editor · admin:
 *   +  allowed (reads see everything, drafts and private files included)
 *   -  refused (401/403/404) and nothing changes
 *   P  reads only what is public: published items
 *   S  only their own account
 */
const expected: Record<string, Record<Op, string>> = {
  //                                create  read    update  delete  versions
  'fact-sheets': row('--++', 'P+++', '--++', '--++', '-+++'),
  'intervention-tools': row('--++', 'P+++', '--++', '--++', '-+++'),
  webinars: row('--++', 'P+++', '--++', '--++', '-+++'),
  publications: row('--++', 'P+++', '--++', '--++', '-+++'),
  themes: row('--++', '++++', '--++', '--++', '----'),
  audiences: row('--++', '++++', '--++', '--++', '----'),
  stages: row('--++', '++++', '--++', '--++', '----'),
  'search-vocabulary': row('--++', '++++', '--++', '--++', '----'),
  // Files are staff-only: the public gets the site's copies (`/fichiers/`), never the CMS's.
  media: row('--++', '-+++', '--++', '--++', '----'),
  documents: row('--++', '-+++', '--++', '--++', '----'),
  users: row('---+', '-SS+', '-SS+', '---+', '----'),
  'review-comments': row('-+++', '-+++', '-+-+', '---+', '----'),
  'review-events': row('----', '-+++', '----', '----', '----'),
  'site-builds': row('----', '--++', '----', '---+', '----'),
  'payload-jobs': row('----', '----', '----', '----', '----'),
  // Counters: written only by the public counting endpoints (insights/), read by the team.
  'search-queries': row('----', '--++', '----', '---+', '----'),
  'item-readers': row('----', '--++', '----', '---+', '----'),
  'link-checks': row('----', '--++', '----', '----', '----'),
}

function row(...cells: string[]): Record<Op, string> {
  return Object.fromEntries(ops.map((op, i) => [op, cells[i]!])) as Record<Op, string>
}

type Id = number | string
let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const { rest } = restClient(config)
let png: Buffer
let pdf: Buffer
let counter = 0
const unique = () => `${Date.now().toString(36)}${++counter}`

const as = (actor: Actor) => (actor === 'anonymous' ? {} : { token: tokens[actor] })
const idOfUser = (actor: Actor) => (actor === 'anonymous' ? undefined : users[actor].id)

/** How to make, change and recognise a document of each collection. */
interface Spec {
  /** Data for a create through REST (multipart for uploads). */
  createBody(): unknown
  /** A document made through the Local API: `public` is what the public may see. */
  fixture(kind: 'public' | 'private'): Promise<Id>
  /** A change, and the field that shows it took. */
  patch: Record<string, unknown>
  changedField: string
  /** Query string a write needs (drafts of reviewed content). */
  query?: string
}

let draftDoc: Id

const content = (slug: 'fact-sheets' | 'intervention-tools' | 'webinars' | 'publications') =>
  ({
    createBody: () => ({ ...validData(slug, `Créé ${unique()}`), _status: 'draft' }),
    fixture: async (kind) =>
      (
        await payload.create({
          collection: slug,
          data: {
            ...validData(slug, `Fixture ${kind} ${unique()}`),
            _status: kind === 'public' ? 'published' : 'draft',
          } as never,
          draft: kind === 'private',
          overrideAccess: true,
          context: { seeding: true },
        })
      ).id,
    patch: { title: 'Titre modifié' },
    changedField: 'title',
    query: '?draft=true',
  }) satisfies Spec

const term = (slug: 'themes' | 'audiences' | 'stages') =>
  ({
    createBody: () => ({ name: `Terme ${unique()}`, slug: `terme-${unique()}` }),
    fixture: async () =>
      (
        await payload.create({
          collection: slug,
          data: { name: `Terme ${unique()}`, slug: `terme-${unique()}` },
          overrideAccess: true,
        })
      ).id,
    patch: { name: 'Nom modifié' },
    changedField: 'name',
  }) satisfies Spec

const specs: Record<string, Spec> = {
  'fact-sheets': content('fact-sheets'),
  'intervention-tools': content('intervention-tools'),
  webinars: content('webinars'),
  publications: content('publications'),
  themes: term('themes'),
  audiences: term('audiences'),
  stages: term('stages'),
  'search-vocabulary': {
    createBody: () => ({ kind: 'equivalents', terms: [`terme ${unique()}`, `autre ${unique()}`] }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'search-vocabulary',
          data: {
            kind: 'equivalents',
            language: 'fr',
            terms: [`terme ${unique()}`, `autre ${unique()}`],
          },
          overrideAccess: true,
        })
      ).id,
    patch: { language: 'en' },
    changedField: 'language',
  },
  media: {
    createBody: () =>
      uploadForm(
        { data: png, name: `image-${unique()}.png`, type: 'image/png' },
        { alt: 'Une image' },
      ),
    fixture: async (kind) => {
      const media = await payload.create({
        collection: 'media',
        data: { alt: `Image ${kind}` },
        file: { data: png, name: `image-${unique()}.png`, mimetype: 'image/png', size: png.length },
        overrideAccess: true,
      })
      if (kind === 'public') await useInPublished({ image: media.id })
      return media.id
    },
    patch: { alt: 'Texte modifié' },
    changedField: 'alt',
  },
  documents: {
    createBody: () =>
      uploadForm(
        { data: pdf, name: `doc-${unique()}.pdf`, type: 'application/pdf' },
        { title: 'Un document' },
      ),
    fixture: async (kind) => {
      const doc = await payload.create({
        collection: 'documents',
        data: { title: `Document ${kind}` },
        file: {
          data: pdf,
          name: `doc-${unique()}.pdf`,
          mimetype: 'application/pdf',
          size: pdf.length,
        },
        overrideAccess: true,
      })
      if (kind === 'public') await useInPublished({ pdf: doc.id })
      return doc.id
    },
    patch: { title: 'Titre modifié' },
    changedField: 'title',
  },
  users: {
    createBody: () => ({
      email: `new-${unique()}@test.local`,
      name: 'Nouvelle personne',
      role: 'editor',
      password: 'test-password-1',
    }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'users',
          data: {
            email: `fixture-${unique()}@test.local`,
            name: 'Collègue',
            role: 'editor',
            password: 'test-password-1',
          },
          overrideAccess: true,
        })
      ).id,
    patch: { name: 'Nom modifié' },
    changedField: 'name',
  },
  'review-comments': {
    createBody: () => ({
      doc: { relationTo: 'fact-sheets', value: draftDoc },
      body: 'Un commentaire',
    }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'review-comments',
          data: {
            doc: { relationTo: 'fact-sheets', value: draftDoc },
            body: 'Commentaire',
          } as never,
          overrideAccess: true,
        })
      ).id,
    patch: { resolved: true },
    changedField: 'resolved',
  },
  'review-events': {
    createBody: () => ({
      doc: { relationTo: 'fact-sheets', value: draftDoc },
      action: 'submit',
      toState: 'in_review',
    }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'review-events',
          data: {
            doc: { relationTo: 'fact-sheets', value: draftDoc },
            action: 'submit',
            toState: 'in_review',
            message: 'Événement',
          } as never,
          overrideAccess: true,
        })
      ).id,
    patch: { message: 'Message modifié' },
    changedField: 'message',
  },
  'site-builds': {
    createBody: () => ({ buildId: `build-${unique()}`, status: 'succeeded', live: true }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'site-builds',
          data: { buildId: `build-${unique()}`, status: 'failed', trigger: 'fixture' },
          overrideAccess: true,
        })
      ).id,
    patch: { trigger: 'Modifié' },
    changedField: 'trigger',
  },
  'search-queries': {
    createBody: () => ({ day: '2026-12-01', language: 'fr', query: `q ${unique()}`, searches: 1 }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'search-queries',
          data: {
            day: '2026-12-01',
            language: 'fr',
            query: `q ${unique()}`,
            searches: 1,
            zeroResults: 0,
            corrected: 0,
          },
          overrideAccess: true,
        })
      ).id,
    patch: { query: 'modifiée' },
    changedField: 'query',
  },
  'item-readers': {
    createBody: () => ({ collection: 'fact-sheets', item: unique(), month: '2026-12', views: 1 }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'item-readers',
          data: {
            collection: 'fact-sheets',
            item: unique(),
            month: '2026-12',
            views: 1,
            downloads: 0,
          },
          overrideAccess: true,
        })
      ).id,
    patch: { views: 999 },
    changedField: 'views',
  },
  'link-checks': {
    createBody: () => ({
      url: `https://exemple.org/${unique()}`,
      outcome: 'ok',
      checkedAt: new Date().toISOString(),
    }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'link-checks',
          data: {
            url: `https://exemple.org/${unique()}`,
            outcome: 'broken',
            httpStatus: 404,
            checkedAt: new Date().toISOString(),
          },
          overrideAccess: true,
        })
      ).id,
    patch: { outcome: 'ok' },
    changedField: 'outcome',
  },
  'payload-jobs': {
    createBody: () => ({ taskSlug: 'buildSite', input: { trigger: 'api' }, queue: 'site' }),
    fixture: async () =>
      (
        await payload.create({
          collection: 'payload-jobs',
          data: { taskSlug: 'buildSite', input: { trigger: 'fixture' }, queue: 'fixture' } as never,
          overrideAccess: true,
        })
      ).id,
    patch: { queue: 'modifiee' },
    changedField: 'queue',
  },
}

/** Publishes a fact sheet using the given upload fields (the file is on the site then). */
async function useInPublished(fields: Record<string, Id>) {
  await payload.create({
    collection: 'fact-sheets',
    data: {
      ...validData('fact-sheets', `Utilise ${unique()}`),
      ...fields,
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: { seeding: true },
  })
}

const stored = (collection: string, id: Id) =>
  payload
    .findByID({
      collection: collection as 'users',
      id,
      draft: true,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null) as Promise<Record<string, unknown> | null>

const count = async (collection: string) =>
  (await payload.count({ collection: collection as 'users', overrideAccess: true })).totalDocs

/**
 * Documents shared by the cells that change nothing (reads, refusals): one per collection and
 * kind. A cell whose write succeeds gets a fresh document.
 */
const sharedFixtures = new Map<string, Promise<Id>>()
const shared = (collection: string, kind: 'public' | 'private') => {
  const key = `${collection}:${kind}`
  if (!sharedFixtures.has(key)) sharedFixtures.set(key, specs[collection]!.fixture(kind))
  return sharedFixtures.get(key)!
}

const refused = (res: RestResponse) => {
  expect([401, 403, 404], res.text.slice(0, 300)).toContain(res.status)
  expect(res.json?.errors?.[0]?.message, 'a refusal says why').toBeTypeOf('string')
}
const idsOf = (res: RestResponse): string[] =>
  (res.json?.docs ?? []).map((d: { id: Id }) => String(d.id))

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  png = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#6a9' } })
    .png()
    .toBuffer()
  const doc = await PDFDocument.create()
  doc.addPage().drawText('Document de test')
  pdf = Buffer.from(await doc.save())
  draftDoc = await specs['fact-sheets']!.fixture('private')
})

const cases = Object.entries(expected).flatMap(([collection, byOp]) =>
  ops.flatMap((op) =>
    actors.map((actor, i) => ({ collection, op, actor, outcome: byOp[op][i] as string })),
  ),
)

describe(`access matrix through REST (${cases.length} cells)`, () => {
  it.each(cases)(
    '$collection · $op · $actor → $outcome',
    async ({ collection, op, actor, outcome }) => {
      const spec = specs[collection]!
      const query = spec.query ?? ''
      switch (op) {
        case 'create': {
          const before = await count(collection)
          const res = await rest('POST', `${collection}${query}`, {
            ...as(actor),
            body: spec.createBody(),
          })
          if (outcome === '+') {
            expect(res.status, res.text.slice(0, 300)).toBe(201)
            expect(await stored(collection, res.json.doc.id)).not.toBeNull()
          } else {
            refused(res)
            expect(await count(collection)).toBe(before)
          }
          return
        }
        case 'read': {
          const [open, hidden] = await Promise.all([
            shared(collection, 'public'),
            shared(collection, 'private'),
          ])
          // Anonymous visitors get pages of at most 100 (hostile-input.int.spec.ts).
          const limit = actor === 'anonymous' ? 100 : 1000
          const list = await rest('GET', `${collection}?limit=${limit}&depth=0`, as(actor))
          const one = await rest('GET', `${collection}/${hidden}?depth=0`, as(actor))
          if (outcome === '-') {
            refused(list)
            refused(one)
          } else if (outcome === '+') {
            expect(list.status).toBe(200)
            expect(idsOf(list)).toEqual(expect.arrayContaining([String(open), String(hidden)]))
            expect(one.status).toBe(200)
          } else if (outcome === 'P') {
            expect(list.status).toBe(200)
            expect(idsOf(list)).toContain(String(open))
            expect(idsOf(list)).not.toContain(String(hidden))
            expect(one.status).toBe(404)
            expect(one.text).not.toContain(`"id":${hidden},`)
            expect((await rest('GET', `${collection}/${open}`, as(actor))).status).toBe(200)
          } else if (outcome === 'S') {
            expect(list.status).toBe(200)
            expect(idsOf(list)).toEqual([String(idOfUser(actor))])
            expect(one.status).toBe(404)
            expect((await rest('GET', `${collection}/${idOfUser(actor)}`, as(actor))).status).toBe(
              200,
            )
          }
          return
        }
        case 'update': {
          const own = outcome === 'S'
          const target = await (outcome === '+'
            ? spec.fixture('private')
            : shared(collection, 'private'))
          const before = await stored(collection, target)
          const res = await rest('PATCH', `${collection}/${target}${query}`, {
            ...as(actor),
            body: spec.patch,
          })
          if (outcome === '+') {
            expect(res.status, res.text.slice(0, 300)).toBe(200)
            expect((await stored(collection, target))?.[spec.changedField]).toEqual(
              spec.patch[spec.changedField],
            )
          } else {
            refused(res)
            expect((await stored(collection, target))?.[spec.changedField]).toEqual(
              before?.[spec.changedField],
            )
          }
          if (own) {
            const self = idOfUser(actor)!
            const mine = await rest('PATCH', `${collection}/${self}`, {
              ...as(actor),
              body: spec.patch,
            })
            expect(mine.status).toBe(200)
            expect((await stored(collection, self))?.[spec.changedField]).toEqual(
              spec.patch[spec.changedField],
            )
          }
          return
        }
        case 'delete': {
          const target = await (outcome === '+'
            ? spec.fixture('private')
            : shared(collection, 'private'))
          const res = await rest('DELETE', `${collection}/${target}`, as(actor))
          if (outcome === '+') {
            expect(res.status, res.text.slice(0, 300)).toBe(200)
            expect(await stored(collection, target)).toBeNull()
          } else {
            refused(res)
            expect(await stored(collection, target)).not.toBeNull()
          }
          return
        }
        case 'versions': {
          await shared(collection, 'private')
          const limit = actor === 'anonymous' ? 100 : 1000
          const res = await rest('GET', `${collection}/versions?limit=${limit}`, as(actor))
          if (outcome === '+') {
            expect(res.status).toBe(200)
            expect(res.json.totalDocs).toBeGreaterThan(0)
          } else {
            // Collections that keep no versions refuse too (Payload alone would answer 500).
            refused(res)
          }
          return
        }
      }
    },
  )
})

/**
 * The expert committee's public review facts, field by field, on a published item of each
 * reviewed type: written to the public row (no `draft`) or to the working copy (`?draft=true`).
 * One character per actor, in the order anonymous · reviewer · editor · admin:
 *   -  refused with a reason (they may not write the item at all); nothing changes
 *   D  the write goes through without the facts (field access drops them); they do not change
 *   R  allowed, and recorded in the audit trail (`review_facts`)
 */
const reviewFactsExpected: Record<ReviewFact, string> = {
  reviewers: '--DR',
  lastReviewedAt: '--DR',
  nextReviewDue: '--DR',
}
type ReviewFact = 'reviewers' | 'lastReviewedAt' | 'nextReviewDue'
const forgedFacts: Record<ReviewFact, unknown> = {
  reviewers: [{ name: 'Pr FAUX-REVISEUR' }],
  lastReviewedAt: '2026-01-01T00:00:00.000Z',
  nextReviewDue: '2099-01-01T00:00:00.000Z',
}
const reviewedTypes = ['fact-sheets', 'intervention-tools', 'webinars', 'publications'] as const
// The public row's cells first: once a draft is saved, a write without `draft` also publishes
// the draft's status (Payload; the workflow records it as an archive).
const reviewFactCases = reviewedTypes.flatMap((collection) =>
  (['', '?draft=true'] as const).flatMap((query) =>
    (Object.keys(reviewFactsExpected) as ReviewFact[]).flatMap((field) =>
      actors.map((actor, i) => ({
        collection,
        field,
        query,
        actor,
        outcome: reviewFactsExpected[field][i] as string,
      })),
    ),
  ),
)

/** A published item whose facts an approval wrote. */
const reviewedItem = async (collection: (typeof reviewedTypes)[number]) =>
  (
    await payload.create({
      collection,
      data: {
        ...validData(collection, `Révisé ${unique()}`),
        _status: 'published',
        review: {
          reviewers: [{ name: 'Dre Réelle' }],
          lastReviewedAt: '2025-06-01T00:00:00.000Z',
          nextReviewDue: '2027-06-01T00:00:00.000Z',
        },
      } as never,
      overrideAccess: true,
      context: { seeding: true },
    })
  ).id
const sharedReviewed = new Map<string, Promise<Id>>()

describe(`the committee's review facts through REST (${reviewFactCases.length} cells)`, () => {
  const factsIn = async (collection: string, id: Id, draft: boolean) => {
    const doc = (await payload.findByID({
      collection: collection as 'fact-sheets',
      id,
      draft,
      depth: 0,
      overrideAccess: true,
    })) as Record<string, any>
    const review = doc.review ?? {}
    return {
      reviewers: (review.reviewers ?? []).map((r: { name: string }) => ({ name: r.name })),
      lastReviewedAt: review.lastReviewedAt ?? null,
      nextReviewDue: review.nextReviewDue ?? null,
    }
  }
  const recordedCorrections = async (collection: string, id: Id) =>
    (
      await payload.count({
        collection: 'review-events',
        where: {
          and: [
            { 'doc.relationTo': { equals: collection } },
            { 'doc.value': { equals: id } },
            { action: { equals: 'review_facts' } },
          ],
        },
      })
    ).totalDocs

  it.each(reviewFactCases)(
    '$collection · review.$field $query · $actor → $outcome',
    async ({ collection, field, query, actor, outcome }) => {
      const shares = outcome !== 'R'
      if (shares && !sharedReviewed.has(collection))
        sharedReviewed.set(collection, reviewedItem(collection))
      const id = await (shares ? sharedReviewed.get(collection)! : reviewedItem(collection))
      const before = {
        online: await factsIn(collection, id, false),
        working: await factsIn(collection, id, true),
      }
      const res = await rest('PATCH', `${collection}/${id}${query}`, {
        ...as(actor),
        body: { review: { [field]: forgedFacts[field] } },
      })
      if (outcome === 'R') {
        expect(res.status, res.text.slice(0, 300)).toBe(200)
        const written = await factsIn(collection, id, query !== '')
        expect(written[field]).toEqual(forgedFacts[field])
        expect(await recordedCorrections(collection, id)).toBe(1)
      } else {
        if (outcome === 'D') expect(res.status, res.text.slice(0, 300)).toBe(200)
        else refused(res)
        expect(await factsIn(collection, id, false)).toEqual(before.online)
        expect(await factsIn(collection, id, true)).toEqual(before.working)
        expect(await recordedCorrections(collection, id)).toBe(0)
      }
    },
  )
})

describe('files: staff only, even those published content uses', () => {
  it.each(['media', 'documents'] as const)(
    '%s: the file of a published item is refused to the public and served to every staff role',
    async (collection) => {
      const id = await shared(collection, 'public')
      const doc = (await stored(collection, id)) as { filename: string; sizes?: object }
      const names = [
        doc.filename,
        ...Object.values(doc.sizes ?? {}).flatMap((s: { filename?: string | null }) =>
          s?.filename ? [s.filename] : [],
        ),
      ]
      expect(names.length).toBeGreaterThan(0)
      for (const name of names) {
        const path = `${collection}/file/${encodeURIComponent(name)}`
        const anonymous = await rest('GET', path)
        expect(anonymous.status, path).toBe(403)
        expect(anonymous.text).not.toContain('%PDF')
        for (const actor of ['reviewer', 'editor', 'admin'] as const) {
          const res = await rest('GET', path, as(actor))
          expect(res.status, `${actor} ${path}`).toBe(200)
          expect(res.text.length).toBeGreaterThan(50)
        }
      }
      // Nor by id, through a populated item, or GraphQL.
      refused(await rest('GET', `${collection}/${id}`))
    },
  )

  it('a published item read by the public names its image and PDF by id only', async () => {
    const image = await shared('media', 'public')
    const res = await rest('GET', `fact-sheets?depth=1&where[image][equals]=${image}`)
    expect(res.status).toBe(200)
    expect(res.json.docs).toHaveLength(1)
    expect(res.json.docs[0].image).toBe(image)
    expect(res.text).not.toContain('/api/media/file/')
  })
})

describe("Payload's internal collections and globals", () => {
  it.each(['payload-locked-documents', 'payload-preferences', 'payload-kv', 'payload-migrations'])(
    '%s: nothing for the public',
    async (collection) => {
      const res = await rest('GET', collection)
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.json?.docs).toBeUndefined()
    },
  )

  it.each(actors)(
    'global payload-jobs-stats (the scheduler’s bookkeeping) as %s',
    async (actor) => {
      const read = await rest('GET', 'globals/payload-jobs-stats', as(actor))
      if (actor === 'admin') expect(read.status).toBe(200)
      else refused(read)
      const before = await payload.db.findGlobal({ slug: 'payload-jobs-stats' })
      const write = await rest('POST', 'globals/payload-jobs-stats', {
        ...as(actor),
        body: { stats: { scheduledRuns: {} } },
      })
      refused(write)
      expect(await payload.db.findGlobal({ slug: 'payload-jobs-stats' })).toEqual(before)
    },
  )
})

/** The expected answer to each workflow action by role (from the workflow's own table). */
const transitionCases = (['intervention-tools', 'webinars', 'publications'] as const).flatMap(
  (collection) =>
    (
      [
        ['submit', 'draft', 'in_review', ['editor', 'admin']],
        ['withdraw', 'in_review', 'draft', ['editor', 'admin']],
        ['request_changes', 'in_review', 'changes_requested', ['reviewer', 'admin']],
        ['approve', 'in_review', 'approved', ['reviewer', 'admin']],
        ['publish', 'approved', 'published', ['editor', 'admin']],
        ['archive', 'published', 'archived', ['editor', 'admin']],
        ['reopen', 'archived', 'draft', ['editor', 'admin']],
      ] as const
    ).flatMap(([action, from, to, may]) =>
      actors.map((actor) => ({
        collection,
        action,
        from,
        to,
        actor,
        ok: (may as readonly string[]).includes(actor),
      })),
    ),
)

const sharedStates = new Map<string, Promise<Id>>()

describe(`workflow transitions through REST on the other reviewed types (${transitionCases.length} cells)`, () => {
  it.each(transitionCases)(
    '$collection · $actor · $action from $from → $ok',
    async ({ collection, action, from, to, actor, ok }) => {
      // A refusal changes nothing: refused cells share one document per type and state.
      const key = `${collection}:${from}`
      if (!ok && !sharedStates.has(key))
        sharedStates.set(key, docIn(payload, from, users.editor, collection))
      const id = await (ok
        ? docIn(payload, from, users.editor, collection)
        : sharedStates.get(key)!)
      const res = await rest('POST', `${collection}/${id}/workflow/${action}`, {
        ...as(actor),
        body: { message: 'Motif consigné' },
      })
      if (ok) {
        expect(res.status, res.text.slice(0, 300)).toBe(200)
        expect(await stateOfDoc(payload, collection, id)).toBe(to)
      } else {
        expect(res.status).toBe(actor === 'anonymous' ? 401 : 403)
        expect(res.json.errors[0].message).toBeTypeOf('string')
        expect(await stateOfDoc(payload, collection, id)).toBe(from)
      }
    },
  )

  it.each(actors)('GET …/:id/workflow as %s', async (actor) => {
    const res = await rest('GET', `fact-sheets/${draftDoc}/workflow`, as(actor))
    if (actor === 'anonymous') {
      expect(res.status).toBe(401)
      expect(res.json.errors[0].message).toBe('Connectez-vous pour continuer.')
    } else {
      expect(res.status).toBe(200)
      expect(res.json.state).toBe('draft')
    }
  })
  // « What changed »: whoever reads the drafts; anyone else (no account, or a role that reads
  // only published content) is refused.
  it.each(actors)('GET …/:id/changes as %s', async (actor) => {
    const res = await rest('GET', `fact-sheets/${draftDoc}/changes`, as(actor))
    if (actor === 'anonymous') expect(res.status).toBe(401)
    else if (['admin', 'editor', 'reviewer'].includes(actor)) {
      expect(res.status).toBe(200)
      expect(res.json.basis).toBe('none')
    } else expect(res.status).toBe(403)
  })
})

describe('roles', () => {
  it.each(['editor', 'reviewer'] as const)('a %s cannot raise their own role', async (role) => {
    const self = users[role].id
    const attempts = [
      () => rest('PATCH', `users/${self}`, { ...as(role), body: { role: 'admin' } }),
      () =>
        rest('PATCH', `users?where[id][equals]=${self}`, { ...as(role), body: { role: 'admin' } }),
      () =>
        rest('PATCH', `users/${self}`, {
          ...as(role),
          body: JSON.parse(
            '{"name":"Moi","__proto__":{"role":"admin"},"constructor":{"prototype":{"role":"admin"}}}',
          ),
        }),
    ]
    for (const attempt of attempts) {
      await attempt()
      expect((await stored('users', self))?.role).toBe(role)
    }
    expect(({} as { role?: string }).role).toBeUndefined() // no prototype pollution
    const me = await rest('GET', 'users/me', as(role))
    expect(me.json.user.role).toBe(role)
    // Nor make an admin account of their own.
    const create = await rest('POST', 'users', {
      ...as(role),
      body: {
        email: `sneaky-${role}@test.local`,
        name: 'x',
        role: 'admin',
        password: 'test-password-1',
      },
    })
    refused(create)
    expect(
      await payload.count({
        collection: 'users',
        where: { email: { equals: `sneaky-${role}@test.local` } },
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('an admin can change a role (the control)', async () => {
    const id = await specs.users!.fixture('private')
    const res = await rest('PATCH', `users/${id}`, { ...as('admin'), body: { role: 'reviewer' } })
    expect(res.status).toBe(200)
    expect((await stored('users', id))?.role).toBe('reviewer')
  })
})

describe("a reviewer never reads a colleague's e-mail", () => {
  const others = ['admin@test.local', 'editor@test.local']

  it.each([
    'users?limit=100',
    'users?where[email][like]=test.local',
    'users?where[role][equals]=editor',
    'review-comments?depth=2',
    'review-events?depth=2',
    'fact-sheets?depth=2&draft=true',
    'site-builds?depth=2',
  ])('GET /api/%s', async (path) => {
    // Something for the relations to point at: a comment and an event by the editor.
    await payload.create({
      collection: 'review-comments',
      data: { doc: { relationTo: 'fact-sheets', value: draftDoc }, body: 'Par l’équipe' } as never,
      user: users.editor,
      overrideAccess: true,
    })
    const res = await rest('GET', path, as('reviewer'))
    for (const email of others) expect(res.text).not.toContain(email)
  })

  it('by id, a colleague is not found', async () => {
    const res = await rest('GET', `users/${users.editor.id}`, as('reviewer'))
    expect(res.status).toBe(404)
    expect(res.text).not.toContain('editor@test.local')
  })
})

describe('document locks belong to whoever takes them', () => {
  const lockOf = async (actor: 'reviewer' | 'editor' | 'admin', claimed?: Actor) => {
    const res = await rest('POST', 'payload-locked-documents', {
      ...as(actor),
      body: {
        document: { relationTo: 'fact-sheets', value: draftDoc },
        user: {
          relationTo: 'users',
          value: users[claimed && claimed !== 'anonymous' ? claimed : actor].id,
        },
      },
    })
    expect(res.status, res.text.slice(0, 300)).toBe(201)
    return res.json.doc.id as Id
  }
  const ownerOf = async (id: Id) => {
    const lock = await stored('payload-locked-documents', id)
    return (lock?.user as { value?: Id } | undefined)?.value
  }

  it('a reviewer cannot lock a document in an editor’s name: the lock is theirs', async () => {
    const id = await lockOf('reviewer', 'editor')
    expect(await ownerOf(id)).toBe(users.reviewer.id)
  })

  it('nobody but the owner or an admin removes a lock', async () => {
    const editors = await lockOf('editor')
    refused(await rest('DELETE', `payload-locked-documents/${editors}`, as('reviewer')))
    expect(await ownerOf(editors)).toBe(users.editor.id)
    const reassigned = await rest('PATCH', `payload-locked-documents/${editors}`, {
      ...as('reviewer'),
      body: { user: { relationTo: 'users', value: users.reviewer.id } },
    })
    refused(reassigned)
    expect(await ownerOf(editors)).toBe(users.editor.id)
    expect((await rest('DELETE', `payload-locked-documents/${editors}`, as('editor'))).status).toBe(
      200,
    )
    expect(await stored('payload-locked-documents', editors)).toBeNull()
    const reviewers = await lockOf('reviewer')
    expect(
      (await rest('DELETE', `payload-locked-documents/${reviewers}`, as('admin'))).status,
    ).toBe(200)
    expect(await stored('payload-locked-documents', reviewers)).toBeNull()
  })

  it('an editor taking over someone’s editing holds the lock themselves, on the same document', async () => {
    const id = await lockOf('reviewer')
    const res = await rest('PATCH', `payload-locked-documents/${id}`, {
      ...as('editor'),
      body: {
        user: { relationTo: 'users', value: users.admin.id },
        document: { relationTo: 'fact-sheets', value: 999_999 },
      },
    })
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    const lock = await stored('payload-locked-documents', id)
    expect((lock?.user as { value: Id }).value).toBe(users.editor.id)
    expect((lock?.document as { value: Id }).value).toBe(draftDoc)
  })
})

describe('the site-build history names people, never their e-mail', () => {
  it('a rebuild and a rollback asked by the admin show their display name to editors', async () => {
    const rebuild = await rest('POST', 'site-builds/rebuild', as('admin'))
    expect(rebuild.status).toBe(202)
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'buildSite' } },
      overrideAccess: true,
    })
    const triggers = jobs.map((job) => (job.input as { trigger?: string }).trigger)
    expect(triggers).toContain('reconstruction demandée par Test admin')

    const kept = await payload.create({
      collection: 'site-builds',
      data: {
        buildId: `kept-${unique()}`,
        status: 'succeeded',
        trigger: 'fixture',
        startedAt: '2026-12-01T23:43:00.000Z',
      },
      overrideAccess: true,
    })
    fs.mkdirSync(buildSiteDir(kept.buildId), { recursive: true })
    fs.writeFileSync(path.join(buildSiteDir(kept.buildId), 'index.html'), '<h1>Accueil</h1>')
    const rollback = await rest('POST', `site-builds/${kept.id}/rollback`, as('admin'))
    expect(rollback.status, rollback.text).toBe(200)
    const history = await rest('GET', 'site-builds?limit=100', as('editor'))
    // The build log names the build by its date (Montréal time), as people read it.
    expect(history.text).toContain(
      'retour à la mise en ligne du 1 déc. 2026, 18 h 43, par Test admin',
    )
    expect(history.text).not.toContain('admin@test.local')
  })
})

describe('login lock', () => {
  const email = 'verrou@test.local'
  const unknown = 'personne@test.local'
  const login = (password: string, headers: Record<string, string> = {}, address = email) =>
    rest('POST', 'users/login', { body: { email: address, password }, headers })
  const wrong = 'L’adresse e-mail ou le mot de passe fourni est incorrect.'
  const blocked =
    'Connexion bloquée après trop de tentatives infructueuses. Réessayez dans 15 minutes, ou demandez à un·e administrateur·rice de débloquer le compte.'
  /** The answers to the lock's threshold of wrong passwords, then to the right one. */
  const answers = async (address: string, headers: Record<string, string> = {}) => {
    const seen: string[] = []
    for (let n = 0; n < loginLock.maxLoginAttempts; n++) {
      const res = await login('mauvais-mot-de-passe', headers, address)
      seen.push(`${res.status} ${res.json.errors[0].message}`)
    }
    const last = await login('test-password-1', headers, address)
    seen.push(`${last.status} ${last.json.errors?.[0]?.message ?? 'connecté'}`)
    return seen
  }

  beforeAll(async () => {
    await payload.create({
      collection: 'users',
      data: { email, name: 'Verrou', role: 'editor', password: 'test-password-1' },
      overrideAccess: true,
    })
  })

  it(`blocks after ${loginLock.maxLoginAttempts} failures from one address, with a clear French message, even for the right password`, async () => {
    const seen = await answers(email)
    expect(seen).toEqual([
      ...Array(loginLock.maxLoginAttempts).fill(`401 ${wrong}`),
      `401 ${blocked}`,
    ])
    const english = await login('test-password-1', { 'Accept-Language': 'en' })
    expect(english.json.errors[0].message).toMatch(/^Login blocked after too many failed attempts/)
    expect(english.json.token).toBeUndefined()
  })

  it('an unknown e-mail address gets exactly the same answers (no account enumeration)', async () => {
    expect(await answers(unknown)).toEqual([
      ...Array(loginLock.maxLoginAttempts).fill(`401 ${wrong}`),
      `401 ${blocked}`,
    ])
  })

  it('an unknown address costs the same password hash as a real one', async () => {
    const hashes = vi.spyOn(crypto, 'pbkdf2')
    const rounds = () => hashes.mock.calls.filter((call) => call[2] === 600_000).length
    const other = { 'X-Forwarded-For': '198.51.100.20' }
    await login('mauvais', other, 'admin@test.local')
    const real = rounds()
    hashes.mockClear()
    await login('mauvais', other, 'inconnu-2@test.local')
    const missing = rounds()
    hashes.mockClear()
    await login('mauvais', other, email) // blocked from another client address: one hash here too
    const locked = rounds()
    hashes.mockRestore()
    expect(real).toBe(1)
    expect([missing, locked]).toEqual([1, 1])
  })

  it('the owner, from another client address, still logs in: nobody locks an account out with a few requests', async () => {
    const res = await login('test-password-1', { 'X-Forwarded-For': '203.0.113.7' })
    expect(res.status, res.text.slice(0, 200)).toBe(200)
    expect(res.json.token).toBeTypeOf('string')
  })

  it(`${loginLock.maxAccountAttempts} failures from anywhere lock the account, known or not`, async () => {
    for (const address of ['compte-large@test.local', unknown.replace('personne', 'large')]) {
      if (address.startsWith('compte'))
        await payload.create({
          collection: 'users',
          data: { email: address, name: 'Large', role: 'editor', password: 'test-password-1' },
          overrideAccess: true,
        })
      for (let n = 0; n < loginLock.maxAccountAttempts; n++)
        await login('mauvais', { 'X-Forwarded-For': `192.0.2.${n}` }, address)
      const res = await login('test-password-1', { 'X-Forwarded-For': '192.0.2.250' }, address)
      expect(`${res.status} ${res.json.errors?.[0]?.message}`).toBe(`401 ${blocked}`)
    }
  })

  it('only an admin unlocks it; then the right password works again', async () => {
    refused(await rest('POST', 'users/unlock', { ...as('editor'), body: { email } }))
    expect((await login('test-password-1')).status).toBe(401)
    const unlock = await rest('POST', 'users/unlock', { ...as('admin'), body: { email } })
    expect(unlock.status).toBe(200)
    const res = await login('test-password-1')
    expect(res.status).toBe(200)
    expect(res.json.token).toBeTypeOf('string')
  })

  it('the block ends by itself after the lock time', async () => {
    for (let n = 0; n < loginLock.maxLoginAttempts; n++) await login('mauvais')
    expect((await login('test-password-1')).status).toBe(401)
    // Instead of waiting 15 minutes: the clock moves on.
    vi.useFakeTimers({ toFake: ['Date'] })
    try {
      vi.setSystemTime(Date.now() + (loginLock.lockMinutes * 60 + 1) * 1000)
      expect((await login('test-password-1')).status).toBe(200)
    } finally {
      vi.useRealTimers()
    }
  })
})

/**
 * The contributor (« Contributeur·rice »: a partner organisation's nutritionist, a
 * researcher), through REST. Not staff: they create items and read, edit and submit only their
 * own; they never see anyone else's drafts, comments or accounts, never delete, approve or
 * publish. One character per cell:
 *   +  allowed         -  refused (401/403/404) and nothing changes
 *   P  public only     S  only their own account
 *   O  their own items (what they created; for comments: those about their own items), plus
 *      what is public; a colleague's draft is refused
 * Every collection of the main table has a row here.
 */
const contributorExpected: Record<string, Record<Op, string>> = {
  //                         create read update delete versions
  'fact-sheets': row('+', 'O', 'O', '-', 'O'),
  'intervention-tools': row('+', 'O', 'O', '-', 'O'),
  webinars: row('+', 'O', 'O', '-', 'O'),
  publications: row('+', 'O', 'O', '-', 'O'),
  themes: row('-', '+', '-', '-', '-'),
  audiences: row('-', '+', '-', '-', '-'),
  stages: row('-', '+', '-', '-', '-'),
  'search-vocabulary': row('-', '+', '-', '-', '-'),
  // Files are read by staff and the site's build only (the public site has its own copies).
  media: row('-', '-', '-', '-', '-'),
  documents: row('-', '-', '-', '-', '-'),
  users: row('-', 'S', 'S', '-', '-'),
  'review-comments': row('O', 'O', '-', '-', '-'),
  'review-events': row('-', '-', '-', '-', '-'),
  'site-builds': row('-', '-', '-', '-', '-'),
  'payload-jobs': row('-', '-', '-', '-', '-'),
  'search-queries': row('-', '-', '-', '-', '-'),
  'item-readers': row('-', '-', '-', '-', '-'),
  'link-checks': row('-', '-', '-', '-', '-'),
}

describe('access matrix for the contributor role, through REST', () => {
  let contributor: Record<string, any>
  let token: string
  const mine = { token: '' }
  type Reviewed = 'fact-sheets' | 'intervention-tools' | 'webinars' | 'publications'
  const reviewed = new Set(['fact-sheets', 'intervention-tools', 'webinars', 'publications'])
  /** An item the contributor created (through the Local API, as them). */
  const ownItem = async (collection: Reviewed) =>
    (
      await payload.create({
        collection,
        data: validData(collection, `Contribution ${unique()}`) as never,
        draft: true,
        user: contributor,
        overrideAccess: false,
      })
    ).id
  const ownFixtures = new Map<string, Promise<Id>>()
  const own = (collection: Reviewed) => {
    if (!ownFixtures.has(collection)) ownFixtures.set(collection, ownItem(collection))
    return ownFixtures.get(collection)!
  }
  /** A comment (by a reviewer) about the contributor's own fact sheet. */
  const ownComment = async () =>
    (
      await payload.create({
        collection: 'review-comments',
        data: {
          doc: { relationTo: 'fact-sheets', value: await own('fact-sheets') },
          body: 'Commentaire du comité sur la contribution',
        } as never,
        overrideAccess: true,
      })
    ).id

  beforeAll(async () => {
    contributor = await payload.create({
      collection: 'users',
      data: {
        email: 'contributor@test.local',
        name: 'Test contributor',
        role: 'contributor',
        password: 'test-password-1',
      } as never,
      overrideAccess: true,
    })
    token = (await tokensFor(payload, { contributor })).contributor!
    mine.token = token
  })

  it('has a row for every collection of the main table', () => {
    expect(Object.keys(contributorExpected).sort()).toEqual(Object.keys(expected).sort())
  })

  const contributorCases = Object.entries(contributorExpected).flatMap(([collection, byOp]) =>
    ops.map((op) => ({ collection, op, outcome: byOp[op] as string })),
  )

  it.each(contributorCases)(
    '$collection · $op · contributor → $outcome',
    async ({ collection, op, outcome }) => {
      const spec = specs[collection]!
      const query = spec.query ?? ''
      switch (op) {
        case 'create': {
          const before = await count(collection)
          if (outcome === 'O') {
            // Comments: about their own item yes, about a colleague's no.
            const other = await rest('POST', collection, {
              ...mine,
              body: { doc: { relationTo: 'fact-sheets', value: draftDoc }, body: 'Intrusion' },
            })
            refused(other)
            expect(await count(collection)).toBe(before)
            const ok = await rest('POST', collection, {
              ...mine,
              body: {
                doc: { relationTo: 'fact-sheets', value: await own('fact-sheets') },
                body: 'Réponse',
              },
            })
            expect(ok.status, ok.text.slice(0, 300)).toBe(201)
            return
          }
          const res = await rest('POST', `${collection}${query}`, {
            ...mine,
            body: spec.createBody(),
          })
          if (outcome === '+') {
            expect(res.status, res.text.slice(0, 300)).toBe(201)
            const created = await stored(collection, res.json.doc.id)
            expect((created?.workflow as { createdBy?: Id } | undefined)?.createdBy).toBe(
              contributor.id,
            )
          } else {
            refused(res)
            expect(await count(collection)).toBe(before)
          }
          return
        }
        case 'read': {
          const [open, hidden] = await Promise.all([
            shared(collection, 'public'),
            shared(collection, 'private'),
          ])
          const mineId =
            outcome !== 'O'
              ? null
              : reviewed.has(collection)
                ? await own(collection as Reviewed)
                : await ownComment()
          const draft = reviewed.has(collection) ? '&draft=true' : ''
          const list = await rest('GET', `${collection}?limit=100&depth=0${draft}`, mine)
          const one = await rest('GET', `${collection}/${hidden}?depth=0${draft}`, mine)
          if (outcome === '-') {
            refused(list)
            refused(one)
          } else if (outcome === '+') {
            expect(list.status).toBe(200)
            expect(idsOf(list)).toEqual(expect.arrayContaining([String(open), String(hidden)]))
          } else if (outcome === 'P') {
            expect(idsOf(list)).toContain(String(open))
            expect(idsOf(list)).not.toContain(String(hidden))
            expect(one.status).toBe(404)
          } else if (outcome === 'S') {
            expect(idsOf(list)).toEqual([String(contributor.id)])
            expect(one.status).toBe(404)
          } else if (outcome === 'O') {
            expect(list.status).toBe(200)
            expect(idsOf(list)).toContain(String(mineId))
            expect(idsOf(list)).not.toContain(String(hidden))
            if (reviewed.has(collection)) expect(idsOf(list)).toContain(String(open))
            expect(one.status).toBe(404)
            expect(one.text).not.toContain(`"id":${hidden},`)
            const read = await rest('GET', `${collection}/${mineId}?depth=0${draft}`, mine)
            expect(read.status).toBe(200)
          }
          return
        }
        case 'update': {
          const target = await shared(collection, 'private')
          const before = await stored(collection, target)
          const res = await rest('PATCH', `${collection}/${target}${query}`, {
            ...mine,
            body: spec.patch,
          })
          refused(res)
          expect((await stored(collection, target))?.[spec.changedField]).toEqual(
            before?.[spec.changedField],
          )
          if (outcome === 'O' || outcome === 'S') {
            const self = outcome === 'S' ? contributor.id : await ownItem(collection as Reviewed)
            const ok = await rest('PATCH', `${collection}/${self}${query}`, {
              ...mine,
              body: spec.patch,
            })
            expect(ok.status, ok.text.slice(0, 300)).toBe(200)
            expect((await stored(collection, self))?.[spec.changedField]).toEqual(
              spec.patch[spec.changedField],
            )
          }
          return
        }
        case 'delete': {
          const targets = [await shared(collection, 'private')]
          if (reviewed.has(collection)) targets.push(await own(collection as Reviewed))
          for (const target of targets) {
            refused(await rest('DELETE', `${collection}/${target}`, mine))
            expect(await stored(collection, target)).not.toBeNull()
          }
          return
        }
        case 'versions': {
          await shared(collection, 'private')
          const res = await rest('GET', `${collection}/versions?limit=100&depth=0`, mine)
          if (outcome === 'O') {
            const mineId = await own(collection as Reviewed)
            expect(res.status).toBe(200)
            const parents = new Set(
              (res.json.docs as { parent: Id }[]).map((v) => String(v.parent)),
            )
            expect(parents.has(String(mineId))).toBe(true)
            for (const parent of parents) {
              const doc = await stored(collection, parent)
              expect((doc?.workflow as { createdBy?: Id } | undefined)?.createdBy).toBe(
                contributor.id,
              )
            }
          } else {
            refused(res)
          }
          return
        }
      }
    },
  )

  it('GET …/:id/workflow: their own item yes, a colleague’s no', async () => {
    const res = await rest('GET', `fact-sheets/${await own('fact-sheets')}/workflow`, mine)
    expect(res.status, res.text.slice(0, 300)).toBe(200)
    expect(res.json.actions.map((a: { action: string }) => a.action)).toEqual(['submit'])
    const other = await rest('GET', `fact-sheets/${draftDoc}/workflow`, mine)
    expect(other.status).toBe(404)
    expect(other.text).not.toContain('Commentaire')
  })

  it('the assignment picker’s reviewer names are for staff only', async () => {
    refused(await rest('GET', 'workflow/reviewers', mine))
    const staff = await rest('GET', 'workflow/reviewers', as('editor'))
    expect(staff.status).toBe(200)
    expect(staff.json.reviewers.map((r: { id: unknown }) => r.id)).toContain(users.reviewer.id)
    for (const r of staff.json.reviewers) expect(Object.keys(r).sort()).toEqual(['id', 'name'])
    expect(staff.text).not.toContain('@test.local')
  })

  it('cannot raise their own role', async () => {
    await rest('PATCH', `users/${contributor.id}`, { ...mine, body: { role: 'editor' } })
    expect((await stored('users', contributor.id))?.role).toBe('contributor')
  })
})
