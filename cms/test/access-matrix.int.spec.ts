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
 * Then: nobody raises their own role, a reviewer reads no colleague's e-mail, and accounts
 * lock after repeated failed logins with a clear message in the admin's language.
 */
import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { loginLock } from '../src/collections/Users/loginLock'
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
 *   P  reads only what is public: published items, files that published items use
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
  media: row('--++', 'P+++', '--++', '--++', '----'),
  documents: row('--++', 'P+++', '--++', '--++', '----'),
  users: row('---+', '-SS+', '-SS+', '---+', '----'),
  'review-comments': row('-+++', '-+++', '-+-+', '---+', '----'),
  'review-events': row('----', '-+++', '----', '----', '----'),
  'site-builds': row('----', '--++', '----', '---+', '----'),
  'payload-jobs': row('----', '----', '----', '----', '----'),
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
          data: { kind: 'equivalents', terms: [`terme ${unique()}`, `autre ${unique()}`] },
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

/** Publishes a fact sheet using the given upload fields (so the file becomes public). */
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
          const list = await rest('GET', `${collection}?limit=1000&depth=0`, as(actor))
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
          const res = await rest('GET', `${collection}/versions?limit=1000`, as(actor))
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

describe('login lock', () => {
  const email = 'verrou@test.local'
  const login = (password: string, headers: Record<string, string> = {}) =>
    rest('POST', 'users/login', { body: { email, password }, headers })

  beforeAll(async () => {
    await payload.create({
      collection: 'users',
      data: { email, name: 'Verrou', role: 'editor', password: 'test-password-1' },
      overrideAccess: true,
    })
  })

  it(`locks after ${loginLock.maxLoginAttempts} failures, with a clear French message, even for the right password`, async () => {
    for (let n = 0; n < loginLock.maxLoginAttempts; n++) {
      const res = await login('mauvais-mot-de-passe')
      expect(res.status).toBe(401)
      expect(res.json.errors[0].message).toBe(
        'L’adresse e-mail ou le mot de passe fourni est incorrect.',
      )
    }
    const locked = await login('test-password-1')
    expect(locked.status).toBe(401)
    expect(locked.json.errors[0].message).toBe(
      'Compte verrouillé après 5 tentatives de connexion infructueuses. Réessayez dans 15 minutes, ou demandez à un·e administrateur·rice de le déverrouiller.',
    )
    expect(locked.json.token).toBeUndefined()
    const english = await login('test-password-1', { 'Accept-Language': 'en' })
    expect(english.json.errors[0].message).toMatch(/^Account locked after 5 failed login attempts/)
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

  it('the lock ends by itself after the lock time', async () => {
    for (let n = 0; n < loginLock.maxLoginAttempts; n++) await login('mauvais')
    expect((await login('test-password-1')).status).toBe(401)
    // Instead of waiting 15 minutes: the lock's end moved into the past.
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: email } },
    })
    await payload.db.updateOne({
      collection: 'users',
      id: docs[0]!.id,
      data: { lockUntil: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await login('test-password-1')).status).toBe(200)
  })
})
