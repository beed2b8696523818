/**
 * Two CMS web instances on one PostgreSQL database, with shared object storage (uploads and
 * the published site in S3 buckets) and one job worker (tests/multi-instance/cluster.ts). Two
 * editors and two reviewers work on both instances at once, through REST (bounded, on
 * loopback): writes, concurrent edits of one draft, an upload, the whole review workflow, a
 * revision of published content. Then: nothing lost or partial, every published change live
 * in the site bucket, the upload readable everywhere and in the live site, sessions valid on
 * both instances, never two site builds at once, and a rollback from the other instance.
 *
 * Needs PostgreSQL: NLV_TEST_POSTGRES_URL (the PostgreSQL step of `npm test` sets it).
 */
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simplePdf } from '../hardening/files'
import { type Cluster, SITE_BUCKET, startCluster } from './cluster'

const postgresUrl = process.env.NLV_TEST_POSTGRES_URL
const PASSWORD = 'multi-instance-password-1'
let cluster: Cluster
let A: string
let B: string

type Json = any
async function api(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<{ status: number; json: Json; headers: Headers }> {
  const form = init.body instanceof FormData
  const res = await fetch(`${base}/api/${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(form || init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      ...init.headers,
    },
    body: form
      ? (init.body as FormData)
      : init.body === undefined
        ? undefined
        : JSON.stringify(init.body),
  })
  return { status: res.status, json: await res.json().catch(() => null), headers: res.headers }
}
/** The same, failing with the answer unless it is a success. */
async function ok(...args: Parameters<typeof api>) {
  const res = await api(...args)
  if (res.status >= 300)
    throw new Error(
      `${args[2]?.method ?? 'GET'} ${args[0]}/api/${args[1]}: ${res.status} ${JSON.stringify(res.json)}`,
    )
  return res.json
}

const tokens: Record<string, string> = {}
const login = async (base: string, email: string) => {
  const res = await api(base, 'users/login', {
    method: 'POST',
    body: { email, password: PASSWORD },
  })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return res
}

/** What each editor wrote: title → fields, to compare with what the database kept. */
const written = new Map<
  string,
  { id: number; messages: string[]; instance: string; editor: string }
>()
let publicationId: number
let pdf: Buffer
let pdfName: string
let sharedId: number
const sharedWrites: { title: string; messages: string[] }[] = []
let revised: { id: number; title: string }

const text = async (key: string) => (await cluster.s3.read(SITE_BUCKET, key))?.toString() ?? null
const livePointer = async () =>
  JSON.parse((await text('live.json')) ?? 'null')?.buildId as string | undefined
/** The live build's page of an item, found by its slug (French pages only). */
async function livePage(buildId: string, slug: string) {
  const keys = await cluster.s3.keys(SITE_BUCKET, `builds/${buildId}/`)
  const page = keys.find((k) => k.endsWith(`/${slug}/index.html`) && !k.includes('/en/'))
  return page ? text(page) : null
}

async function until<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  ms: number,
) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await check().catch(() => undefined)
    if (value) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${cluster.logs()}`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}

/** The build jobs still to finish (the worker's queue, read from the database). */
const pendingBuilds = async () =>
  Number(
    (
      await cluster.query<{ n: string }>(
        `select count(*) as n from payload_jobs where task_slug = 'buildSite' and completed_at is null and (has_error is null or has_error = false)`,
      )
    )[0]!.n,
  )

beforeAll(async () => {
  if (!postgresUrl) return
  cluster = await startCluster({ postgresUrl, instances: 2 })
  ;[A, B] = cluster.urls as [string, string]
  // The first account, on A; the others made by the admin, on B with A's token.
  const first = await ok(A, 'users/first-register', {
    method: 'POST',
    body: {
      email: 'admin@multi.local',
      password: PASSWORD,
      name: 'Administratrice',
      role: 'admin',
    },
  })
  tokens.admin = first.token
  for (const [key, role, name] of [
    ['editor1', 'editor', 'Éditrice Une'],
    ['editor2', 'editor', 'Éditeur Deux'],
    ['reviewer1', 'reviewer', 'Dre Comité Une'],
    ['reviewer2', 'reviewer', 'Dr Comité Deux'],
  ] as const)
    await ok(B, 'users', {
      method: 'POST',
      token: tokens.admin,
      body: { email: `${key}@multi.local`, password: PASSWORD, name, role },
    })
  // Each person logs in on one instance; the token serves on both.
  for (const [key, base] of [
    ['editor1', A],
    ['editor2', B],
    ['reviewer1', A],
    ['reviewer2', B],
  ] as const)
    tokens[key] = (await login(base, `${key}@multi.local`)).json.token
}, 900_000)

afterAll(async () => {
  await cluster?.stop()
}, 120_000)

describe.skipIf(!postgresUrl)('two CMS web instances, one PostgreSQL database, one worker', () => {
  it('a login on A is valid on B, by token and by cookie', async () => {
    const res = await login(A, 'editor1@multi.local')
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
    expect(cookie).toBeTruthy()
    const byToken = await ok(B, 'users/me', { token: res.json.token })
    expect(byToken.user?.email).toBe('editor1@multi.local')
    const byCookie = await ok(B, 'users/me', {
      headers: { Cookie: cookie!.split(';')[0]!, Origin: B },
    })
    expect(byCookie.user?.email).toBe('editor1@multi.local')
    // And the other way: a login on B serves on A.
    const other = await login(B, 'reviewer2@multi.local')
    expect((await ok(A, 'users/me', { token: other.json.token })).user?.email).toBe(
      'reviewer2@multi.local',
    )
  })

  it('editors write on both instances at once: every item kept once, whole', async () => {
    pdf = simplePdf('Guide multi-instance')
    pdfName = `guide-multi-${Date.now()}.pdf`
    const jobs: Promise<unknown>[] = []
    for (const [editor, base, label] of [
      ['editor1', A, 'A'],
      ['editor2', B, 'B'],
    ] as const) {
      for (let i = 1; i <= 5; i++) {
        const title = `Fiche ${label}${i} écrite en parallèle`
        const messages = [1, 2, 3].map((n) => `Message ${n} de ${label}${i}`)
        jobs.push(
          ok(base, 'fact-sheets?draft=true&depth=0', {
            method: 'POST',
            token: tokens[editor],
            body: {
              title,
              summary: `Résumé de ${label}${i}.`,
              keyMessages: messages.map((t) => ({ text: t })),
            },
          }).then((r) => written.set(title, { id: r.doc.id, messages, instance: base, editor })),
        )
      }
    }
    // The PDF uploaded on A, while the others write.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), pdfName)
    form.append('_payload', JSON.stringify({ title: 'Guide partagé entre instances' }))
    const uploaded = ok(A, 'documents', { method: 'POST', token: tokens.editor1, body: form })
    jobs.push(uploaded)
    const shared = ok(B, 'fact-sheets?draft=true&depth=0', {
      method: 'POST',
      token: tokens.editor2,
      body: {
        title: 'Fiche modifiée par deux',
        summary: 'Départ.',
        keyMessages: [{ text: 'Départ.' }],
      },
    })
    jobs.push(shared)
    await Promise.all(jobs)
    sharedId = (await shared).doc.id

    // The publication that uses the PDF, written on B.
    const documentId = (await uploaded).doc.id
    const publication = await ok(B, 'publications?draft=true&depth=0', {
      method: 'POST',
      token: tokens.editor2,
      body: {
        title: 'Rapport avec son guide en PDF',
        summary: 'Le guide est joint.',
        keyMessages: [{ text: 'Lire le guide.' }],
        publicationKind: 'report',
        year: 2026,
        authors: [{ name: 'Équipe d’Alima' }],
        file: documentId,
      },
    })
    publicationId = publication.doc.id

    // Read back on the other instance: each title once, with its three messages in order.
    for (const [title, item] of written) {
      const other = item.instance === A ? B : A
      const found = await ok(
        other,
        `fact-sheets?draft=true&depth=0&where[title][equals]=${encodeURIComponent(title)}`,
        {
          token: tokens.admin,
        },
      )
      expect(found.totalDocs, title).toBe(1)
      const doc = found.docs[0]
      expect(doc.id).toBe(item.id)
      expect(doc.summary).toMatch(/^Résumé de /)
      expect(doc.keyMessages.map((m: { text: string }) => m.text)).toEqual(item.messages)
    }
    const all = await ok(A, 'fact-sheets?draft=true&depth=0&limit=100', { token: tokens.admin })
    expect(all.totalDocs).toBe(written.size + 1)
  })

  it('an upload made on A is readable by staff on B, bytes intact', async () => {
    const doc = (
      await ok(B, `publications/${publicationId}?draft=true&depth=1`, { token: tokens.reviewer2 })
    ).file
    expect(doc?.filename).toBe(pdfName)
    const res = await fetch(`${B}/api/documents/file/${encodeURIComponent(pdfName)}`, {
      headers: { Authorization: `JWT ${tokens.reviewer2}` },
    })
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true)
  })

  it('concurrent edits of one draft on both instances end in one whole version, history intact', async () => {
    const edits = Array.from({ length: 6 }, (_, i) => ({
      title: `Fiche modifiée par deux, version ${i + 1}`,
      messages: [`Version ${i + 1}, premier message`, `Version ${i + 1}, second message`],
    }))
    sharedWrites.push(...edits)
    const results = await Promise.all(
      edits.map((edit, i) =>
        api(i % 2 ? B : A, `fact-sheets/${sharedId}?draft=true&depth=0`, {
          method: 'PATCH',
          token: i % 2 ? tokens.editor2 : tokens.editor1,
          body: { title: edit.title, keyMessages: edit.messages.map((text) => ({ text })) },
        }),
      ),
    )
    // Each write either succeeded whole or was refused whole (never a 500).
    for (const r of results) expect([200, 409], JSON.stringify(r.json)).toContain(r.status)
    const succeeded = edits.filter((_, i) => results[i]!.status === 200)
    expect(succeeded.length).toBeGreaterThan(0)
    const doc = await ok(B, `fact-sheets/${sharedId}?draft=true&depth=0`, { token: tokens.admin })
    const final = edits.find((e) => e.title === doc.title)
    expect(final, doc.title).toBeTruthy()
    expect(doc.keyMessages.map((m: { text: string }) => m.text)).toEqual(final!.messages)
    // Every saved write is one version, whole: its title and its messages from the same write.
    const versions = await ok(
      A,
      `fact-sheets/versions?where[parent][equals]=${sharedId}&limit=100&depth=0&sort=createdAt`,
      { token: tokens.admin },
    )
    const titles = versions.docs.map((v: Json) => v.version.title)
    for (const edit of succeeded) expect(titles).toContain(edit.title)
    for (const v of versions.docs) {
      const edit = edits.find((e) => e.title === v.version.title)
      if (!edit) continue
      expect(v.version.keyMessages.map((m: { text: string }) => m.text)).toEqual(edit.messages)
    }
    expect(versions.docs.at(-1).version.title).toBe(doc.title)
    const latest = versions.docs.filter((v: Json) => v.latest)
    expect(latest).toHaveLength(1)
  })

  it('submit, approve and publish on both instances at once; a revision with its change note', async () => {
    const items: { collection: string; id: number; editor: string; base: string }[] = [
      ...[...written.values()].map((w) => ({
        collection: 'fact-sheets',
        id: w.id,
        editor: w.editor,
        base: w.instance,
      })),
      { collection: 'fact-sheets', id: sharedId, editor: 'editor2', base: B },
      { collection: 'publications', id: publicationId, editor: 'editor2', base: B },
    ]
    const act = (base: string, who: string, item: (typeof items)[number], action: string) =>
      ok(base, `${item.collection}/${item.id}/workflow/${action}`, {
        method: 'POST',
        token: tokens[who],
        body: { message: `${action} pour le test multi-instance` },
      })
    await Promise.all(
      items.map(async (item, i) => {
        const other = item.base === A ? B : A
        expect((await act(item.base, item.editor, item, 'submit')).state).toBe('in_review')
        expect((await act(other, i % 2 ? 'reviewer1' : 'reviewer2', item, 'approve')).state).toBe(
          'approved',
        )
        expect(
          (await act(other, item.editor === 'editor1' ? 'editor2' : 'editor1', item, 'publish'))
            .state,
        ).toBe('published')
      }),
    )
    // A revision of a published item, on B: a new title, its change note, the workflow again.
    const first = [...written.entries()][0]!
    revised = { id: first[1].id, title: `${first[0]} (révisée)` }
    await ok(B, `fact-sheets/${revised.id}?draft=true&depth=0`, {
      method: 'PATCH',
      token: tokens.editor2,
      body: { title: revised.title },
    })
    const item = { collection: 'fact-sheets', id: revised.id, editor: 'editor2', base: B }
    const refused = await api(B, `fact-sheets/${revised.id}/workflow/submit`, {
      method: 'POST',
      token: tokens.editor2,
    })
    expect(refused.status, 'a change to published content needs its change note').toBe(409)
    await ok(A, `fact-sheets/${revised.id}/change-note`, {
      method: 'POST',
      token: tokens.editor1,
      body: { text: 'Titre précisé.' },
    })
    expect((await act(B, 'editor2', item, 'submit')).state).toBe('in_review')
    expect((await act(A, 'reviewer1', item, 'approve')).state).toBe('approved')
    expect((await act(A, 'editor1', item, 'publish')).state).toBe('published')
  })

  it('every published change is live in the site bucket after the builds', async () => {
    const expected = new Map<number, string>()
    for (const [title, w] of written) expected.set(w.id, title)
    expected.set(revised.id, revised.title)
    const sharedDoc = await ok(A, `fact-sheets/${sharedId}?depth=0`, {})
    expected.set(sharedId, sharedDoc.title)
    const slugs = new Map<number, string>()
    for (const id of expected.keys())
      slugs.set(id, (await ok(B, `fact-sheets/${id}?depth=0`, {})).slug)
    // The builds: every queued one finished, and the live one shows every title.
    const live = await until(
      'the builds to put every change online',
      async () => {
        if ((await pendingBuilds()) > 0) return undefined
        const id = await livePointer()
        if (!id) return undefined
        for (const [docId, title] of expected) {
          const page = await livePage(id, slugs.get(docId)!)
          if (!page?.includes(title)) return undefined
        }
        return id
      },
      480_000,
    )
    // The root copy (what a host serving the bucket as is shows) is the live build's.
    const home = await text('index.html')
    expect(home).toBe(await text(`builds/${live}/index.html`))
    // The publication's PDF, uploaded on A, is a file of the live site.
    const pdfKeys = (await cluster.s3.keys(SITE_BUCKET, `builds/${live}/fichiers/`)).filter((k) =>
      k.endsWith(pdfName),
    )
    expect(pdfKeys).toHaveLength(1)
    const inSite = await cluster.s3.read(SITE_BUCKET, pdfKeys[0]!)
    expect(createHash('sha256').update(inSite!).digest('hex')).toBe(
      createHash('sha256').update(pdf).digest('hex'),
    )
  })

  it('never two site builds at once; the live build is the newest success; a rollback from B moves the pointer', async () => {
    const { docs } = await ok(A, 'site-builds?sort=startedAt&limit=100&depth=0', {
      token: tokens.admin,
    })
    const builds = docs.filter((b: Json) => b.status !== 'rollback')
    expect(builds.length).toBeGreaterThan(1)
    builds.slice(1).forEach((build: Json, i: number) => {
      const previous = builds[i]
      expect(
        new Date(build.startedAt).getTime(),
        `build ${build.buildId} started before ${previous.buildId} finished`,
      ).toBeGreaterThanOrEqual(new Date(previous.finishedAt).getTime())
    })
    expect(builds.every((b: Json) => b.finishedAt)).toBe(true)
    const succeeded = builds.filter((b: Json) => b.status === 'succeeded')
    const live = await livePointer()
    expect(succeeded.at(-1).buildId).toBe(live)
    expect(docs.filter((b: Json) => b.live).map((b: Json) => b.buildId)).toEqual([live])

    // B keeps no build folder (the worker built them): the bucket alone decides.
    const previous = succeeded.at(-2)
    const res = await api(B, `site-builds/${previous.id}/rollback`, {
      method: 'POST',
      token: tokens.admin,
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    expect(await livePointer()).toBe(previous.buildId)
    expect(await text('index.html')).toBe(await text(`builds/${previous.buildId}/index.html`))
    // And back, from A.
    const back = await api(A, `site-builds/${succeeded.at(-1).id}/rollback`, {
      method: 'POST',
      token: tokens.admin,
    })
    expect(back.status).toBe(200)
    expect(await livePointer()).toBe(live)
  })
})
