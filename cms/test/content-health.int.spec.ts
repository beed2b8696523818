/**
 * « Santé du contenu » on a real Payload and database: the link checker against a server on
 * loopback (200, 301, 404, 500, HEAD refused, a flaky page, a timeout, a TLS failure), its
 * results kept one row per address; the translation-staleness rule; the completeness rules;
 * who may see it; the digest section.
 */
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { block, link, paragraph, root } from '@nlv/shared/test/lexical'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { validData } from './helpers/fixtures'
import { createUsers, testPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { tokensFor } from './helpers/workflow'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const { rest } = restClient(config)
let report: typeof import('../src/health/report').contentHealthReport
let runLinkCheck: typeof import('../src/health/linkCheck').runLinkCheck
let transition: typeof import('../src/workflow/transition').transition

// The loopback server: what each path answers, and how many requests each host had in flight.
let base = ''
let otherHost = ''
let flakyHits = 0
const inFlight = new Map<string, number>()
const maxInFlight = new Map<string, number>()
const methods: string[] = []
const server = http.createServer((req, res) => {
  const host = req.headers.host ?? ''
  inFlight.set(host, (inFlight.get(host) ?? 0) + 1)
  maxInFlight.set(host, Math.max(maxInFlight.get(host) ?? 0, inFlight.get(host)!))
  res.on('close', () => inFlight.set(host, inFlight.get(host)! - 1))
  methods.push(`${req.method} ${req.url}`)
  const answer = (status: number, headers: Record<string, string> = {}) => {
    // A little latency, so that two requests to one host would overlap if allowed to.
    setTimeout(() => res.writeHead(status, headers).end(req.method === 'HEAD' ? '' : 'ok'), 30)
  }
  switch (req.url) {
    case '/ok':
      return answer(200)
    case '/moved':
      return answer(301, { Location: '/ok' })
    case '/missing':
      return answer(404)
    case '/error':
      return answer(500)
    case '/no-head':
      return answer(req.method === 'HEAD' ? 405 : 200)
    case '/flaky':
      return answer(++flakyHits <= 2 ? 503 : 200)
    case '/slow':
      return // never answers: the checker's timeout
    default:
      return answer(404)
  }
})

// A generous timeout: this machine's two cores are shared, a 30 ms answer may take a while.
const fast = { timeoutMs: 2_000, retryDelayMs: 20, hostDelayMs: 0 }

// A TLS server whose certificate no one vouches for (self-signed): the TLS failure.
let tlsBase = ''
let tlsServer: https.Server
function selfSigned() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-tls-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  return {
    key: fs.readFileSync(path.join(dir, 'key.pem')),
    cert: fs.readFileSync(path.join(dir, 'cert.pem')),
  }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  base = `http://127.0.0.1:${port}`
  otherHost = `http://localhost:${port}`
  tlsServer = https.createServer(selfSigned(), (_req, res) => res.end('ok'))
  await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve))
  tlsBase = `https://127.0.0.1:${(tlsServer.address() as AddressInfo).port}`
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  ;({ contentHealthReport: report } = await import('../src/health/report'))
  ;({ runLinkCheck } = await import('../src/health/linkCheck'))
  ;({ transition } = await import('../src/workflow/transition'))
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await new Promise<void>((resolve) => tlsServer.close(() => resolve()))
})

let counter = 0
async function factSheet(
  extra: Record<string, unknown> = {},
  status: 'draft' | 'published' = 'draft',
) {
  return payload.create({
    collection: 'fact-sheets',
    data: {
      ...validData('fact-sheets', `Fiche santé ${++counter}`),
      _status: status,
      ...extra,
    } as never,
    draft: status === 'draft',
    overrideAccess: true,
    context: status === 'published' ? { seeding: true } : {},
  })
}

const rowsByUrl = async () => {
  const { docs } = await payload.find({
    collection: 'link-checks',
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [d.url, d]))
}

const groupOf = (r: Awaited<ReturnType<typeof report>>, id: string) =>
  r.groups.find((g) => g.id === id)!

describe('link checker', () => {
  let sheetId: number | string
  it('checks every external address of references and rich text, both languages', async () => {
    const sheet = await factSheet({
      references: [
        { authors: 'A', title: 'Page qui fonctionne', url: `${base}/ok` },
        { authors: 'B', title: 'Page déplacée', url: `${base}/moved` },
        { authors: 'C', title: 'Page disparue', url: `${base}/missing` },
        { authors: 'D', title: 'Erreur du serveur', url: `${base}/error` },
        { authors: 'E', title: 'HEAD refusé', url: `${base}/no-head` },
        { authors: 'F', title: 'Instable', url: `${otherHost}/flaky` },
        { authors: 'G', title: 'Trop lent', url: `${otherHost}/slow` },
      ],
      body: root(
        paragraph('Voir ', link(`${tlsBase}/ok`, 'la page sécurisée'), '.'),
        block('reference', { authors: 'H', title: 'Bloc', url: `${otherHost}/ok` }),
      ),
    })
    sheetId = sheet.id
    await payload.update({
      collection: 'fact-sheets',
      id: sheet.id,
      locale: 'en',
      draft: true,
      data: {
        title: 'Health sheet',
        summary: 'A summary in English.',
        body: root(paragraph(link(`${otherHost}/missing`, 'gone'))),
      } as never,
      overrideAccess: true,
    })

    const summary = await runLinkCheck(payload, { options: fast })
    expect(summary.checked).toBe(10)
    const rows = await rowsByUrl()
    const at = (url: string) => rows.get(url)!
    expect(at(`${base}/ok`)).toMatchObject({ outcome: 'ok', httpStatus: 200, method: 'HEAD' })
    expect(at(`${base}/moved`)).toMatchObject({
      outcome: 'ok',
      httpStatus: 200,
      finalUrl: `${base}/ok`,
    })
    expect(at(`${base}/missing`)).toMatchObject({ outcome: 'broken', httpStatus: 404, attempts: 2 })
    expect(at(`${base}/error`)).toMatchObject({ outcome: 'broken', httpStatus: 500, attempts: 2 })
    expect(at(`${base}/no-head`)).toMatchObject({ outcome: 'ok', httpStatus: 200, method: 'GET' })
    expect(at(`${otherHost}/flaky`)).toMatchObject({ outcome: 'ok', attempts: 2 })
    expect(at(`${otherHost}/slow`)).toMatchObject({
      outcome: 'unreachable',
      httpStatus: null,
      error: 'timeout',
    })
    const tls = at(`${tlsBase}/ok`)
    expect(tls).toMatchObject({ outcome: 'unreachable', httpStatus: null })
    expect(tls.error).toMatch(/^TLS/)
    expect(at(`${otherHost}/ok`).outcome).toBe('ok')
    expect(at(`${otherHost}/missing`)).toMatchObject({ outcome: 'broken', httpStatus: 404 })
    expect(at(`${base}/ok`).checkedAt).toBeTruthy()
    // HEAD first; GET only after a refused HEAD.
    expect(methods).toContain('HEAD /no-head')
    expect(methods).toContain('GET /no-head')
    expect(methods).not.toContain('GET /ok')
  })

  it('is polite: never two requests at once to one host', () => {
    expect(maxInFlight.size).toBe(2)
    for (const [, max] of maxInFlight) expect(max).toBe(1)
  })

  it('keeps one row per address, replaced by each check, and forgets unused ones', async () => {
    const before = await rowsByUrl()
    await payload.update({
      collection: 'fact-sheets',
      id: sheetId,
      locale: 'en',
      draft: true,
      data: { body: root(paragraph('Plus de lien.')) } as never,
      overrideAccess: true,
    })
    await runLinkCheck(payload, { options: fast })
    const after = await rowsByUrl()
    expect(after.size).toBe(9)
    expect(after.has(`${otherHost}/missing`)).toBe(false)
    const ok = after.get(`${base}/ok`)!
    expect(ok.id).toBe(before.get(`${base}/ok`)!.id)
    expect(new Date(ok.checkedAt).getTime()).toBeGreaterThan(
      new Date(before.get(`${base}/ok`)!.checkedAt).getTime(),
    )
  })

  it('the report tells a broken link (HTTP error) from an unreachable one (network)', async () => {
    const r = await report(payload)
    const broken = groupOf(r, 'liens-brises').entries
    const unreachable = groupOf(r, 'liens-injoignables').entries
    expect(broken.map((e) => e.url).sort()).toEqual([`${base}/error`, `${base}/missing`])
    expect(broken.find((e) => e.url === `${base}/missing`)).toMatchObject({
      problem: 'Page introuvable (HTTP 404)',
      path: `/collections/fact-sheets/${sheetId}`,
    })
    expect(unreachable.map((e) => e.problem).sort()).toEqual([
      'Connexion sécurisée (TLS) impossible',
      'Délai dépassé : le site ne répond pas',
    ])
    expect(r.links).toMatchObject({ inUse: 9, checked: 9, noAnswerAtAll: false })
  })

  it('runs as a scheduled job on the "health" queue', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'healthLinkCheck')
    expect(task?.schedule?.[0]).toMatchObject({ queue: 'health' })
    // Only fast answers left, so that the job's own (production) timeouts do not slow the test.
    await payload.update({
      collection: 'fact-sheets',
      id: sheetId,
      locale: 'fr',
      draft: true,
      data: {
        references: [{ authors: 'A', title: 'Page qui fonctionne', url: `${base}/ok` }],
        body: root(paragraph('Sans lien.')),
      } as never,
      overrideAccess: true,
    })
    await payload.jobs.queue({ task: 'healthLinkCheck', input: {}, queue: 'health' })
    await payload.jobs.run({ queue: 'health', limit: 10 })
    const rows = await rowsByUrl()
    expect([...rows.keys()]).toEqual([`${base}/ok`])
  })
})

describe('translation staleness', () => {
  const read = async (id: number | string) =>
    (
      await payload.findByID({
        collection: 'fact-sheets',
        id,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    ).translation
  const stale = async (id: number | string) =>
    groupOf(await report(payload), 'traductions-a-revoir').entries.some((e) =>
      e.path.startsWith(`/collections/fact-sheets/${id}?`),
    )
  const write = (id: number | string, locale: 'fr' | 'en', data: Record<string, unknown>) =>
    payload.update({
      collection: 'fact-sheets',
      id,
      locale,
      draft: true,
      data: data as never,
      user: users.editor,
      overrideAccess: false,
    })

  it('a French content change makes English stale; an English update clears it; a state change does not', async () => {
    const sheet = await payload.create({
      collection: 'fact-sheets',
      data: validData('fact-sheets', 'Fiche bilingue') as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    const created = await read(sheet.id)
    expect(created?.frChangedAt).toBeTruthy()
    expect(created?.enChangedAt ?? null).toBeNull()

    await write(sheet.id, 'en', { title: 'Bilingual sheet', summary: 'English summary.' })
    const translated = await read(sheet.id)
    expect(translated?.frChangedAt).toBe(created?.frChangedAt)
    expect(translated?.enChangedAt).toBeTruthy()
    expect(await stale(sheet.id)).toBe(false)

    // A shared field (no language) is no French change.
    const { id: theme } = await payload.create({
      collection: 'themes',
      data: { name: 'Thème test', slug: 'theme-test-sante' },
      overrideAccess: true,
    })
    await write(sheet.id, 'fr', { themes: [theme] })
    expect((await read(sheet.id))?.frChangedAt).toBe(created?.frChangedAt)

    await write(sheet.id, 'fr', { summary: 'Résumé français révisé : nouvelle recommandation.' })
    const changed = await read(sheet.id)
    expect(new Date(changed!.frChangedAt!).getTime()).toBeGreaterThan(
      new Date(translated!.enChangedAt!).getTime(),
    )
    expect(await stale(sheet.id)).toBe(true)
    const entry = groupOf(await report(payload), 'traductions-a-revoir').entries.find((e) =>
      e.path.startsWith(`/collections/fact-sheets/${sheet.id}?`),
    )!
    expect(entry.path).toBe(`/collections/fact-sheets/${sheet.id}?locale=en`)
    expect(entry.detail).toMatch(/^Français modifié le .+ · anglais modifié le /)
    expect(entry.note).toBeNull()

    // Workflow transitions change no content: the dates stay.
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'submit',
      user: users.editor,
    })
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'approve',
      user: users.reviewer,
    })
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'publish',
      user: users.editor,
    })
    const published = await read(sheet.id)
    expect(published?.frChangedAt).toBe(changed?.frChangedAt)
    expect(published?.enChangedAt).toBe(changed?.enChangedAt)
    expect(await stale(sheet.id)).toBe(true)

    await write(sheet.id, 'en', { summary: 'Revised English summary: new recommendation.' })
    expect(await stale(sheet.id)).toBe(false)
  })

  it('a client cannot set the dates', async () => {
    const sheet = await payload.create({
      collection: 'fact-sheets',
      data: validData('fact-sheets', 'Fiche aux dates imposées') as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    const before = await read(sheet.id)
    await write(sheet.id, 'fr', {
      translation: {
        frChangedAt: '2001-01-01T00:00:00.000Z',
        enChangedAt: '2030-01-01T00:00:00.000Z',
      },
    })
    const after = await read(sheet.id)
    expect(after?.frChangedAt).toBe(before?.frChangedAt)
    expect(after?.enChangedAt ?? null).toBeNull()
  })

  it('« À traduire »: published in French without English; marking it needs no new approval', async () => {
    const sheet = await payload.create({
      collection: 'fact-sheets',
      data: validData('fact-sheets', 'Fiche à traduire') as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'submit',
      user: users.editor,
    })
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'approve',
      user: users.reviewer,
    })
    const listed = async () =>
      groupOf(await report(payload), 'a-traduire').entries.some((e) =>
        e.path.startsWith(`/collections/fact-sheets/${sheet.id}?`),
      )
    await write(sheet.id, 'fr', { translation: { toTranslate: true } })
    const doc = await payload.findByID({
      collection: 'fact-sheets',
      id: sheet.id,
      draft: true,
      overrideAccess: true,
    })
    expect(doc.workflowState).toBe('approved')
    expect(await listed()).toBe(false) // not published yet
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'publish',
      user: users.editor,
    })
    expect(await listed()).toBe(true)
    await write(sheet.id, 'en', { title: 'Sheet translated', summary: 'Now in English.' })
    expect(await listed()).toBe(false)
  })
})

describe('completeness', () => {
  it('altTextProblem: empty, file name, generic words, too short; a description passes', async () => {
    const { altTextProblem } = await import('../src/health/completeness')
    expect(altTextProblem('', 'a.png')).toBe('Texte de remplacement vide')
    expect(altTextProblem('IMG_2041', 'IMG_2041.jpg')).toBe(
      'Le texte de remplacement est le nom du fichier',
    )
    expect(altTextProblem('panier-fruits.png', 'x.png')).toBe(
      'Le texte de remplacement est un nom de fichier',
    )
    expect(altTextProblem('Image', 'x.png')).toMatch(/^Texte de remplacement générique/)
    expect(altTextProblem('Capture d’écran', 'x.png')).toMatch(/générique/)
    expect(altTextProblem('bébé', 'x.png')).toBeNull()
    expect(altTextProblem('vu', 'x.png')).toMatch(/trop court/)
    expect(
      altTextProblem('Une mère qui allaite son bébé dans un fauteuil', 'allaitement.png'),
    ).toBeNull()
  })

  it('lists images, items without taxonomy, webinars without transcript, heavy files, tools without « Mode d’emploi »', async () => {
    const sharp = (await import('sharp')).default
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    const image = await payload.create({
      collection: 'media',
      data: { alt: 'photo-bebe' },
      file: { data: png, name: 'photo-bebe.png', mimetype: 'image/png', size: png.length },
      overrideAccess: true,
    })
    const good = await payload.create({
      collection: 'media',
      data: { alt: 'Un panier de légumes sur une table de cuisine' },
      file: { data: png, name: 'panier.png', mimetype: 'image/png', size: png.length },
      overrideAccess: true,
    })
    // A real PDF made heavy by an attachment of random (incompressible) bytes.
    const { PDFDocument } = await import('pdf-lib')
    const pdf = await PDFDocument.create()
    pdf.addPage([200, 200])
    // (No « / » byte: random bytes must not spell a PDF name such as /JavaScript.)
    const noise = crypto.randomBytes(11 * 1024 * 1024).map((b) => (b === 0x2f ? 0x30 : b))
    await pdf.attach(noise, 'annexe.bin', { mimeType: 'application/octet-stream' })
    const big = Buffer.from(await pdf.save())
    const heavy = await payload.create({
      collection: 'documents',
      data: { title: 'Rapport très lourd' },
      file: { data: big, name: 'lourd.pdf', mimetype: 'application/pdf', size: big.length },
      overrideAccess: true,
    })
    const webinar = await payload.create({
      collection: 'webinars',
      data: { ...validData('webinars', 'Webinaire sans transcription'), transcript: [] } as never,
      draft: true,
      overrideAccess: true,
    })
    const tool = await payload.create({
      collection: 'intervention-tools',
      data: validData('intervention-tools', 'Outil sans mode d’emploi') as never,
      draft: true,
      overrideAccess: true,
    })
    const withHowTo = await payload.create({
      collection: 'intervention-tools',
      data: {
        ...validData('intervention-tools', 'Outil complet'),
        howToUse: root(paragraph('Remplir avec la famille, une question à la fois.')),
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const r = await report(payload)
    const paths = (id: string) => groupOf(r, id).entries.map((e) => e.path)
    expect(paths('textes-de-remplacement')).toContain(`/collections/media/${image.id}`)
    expect(paths('textes-de-remplacement')).not.toContain(`/collections/media/${good.id}`)
    expect(paths('fichiers-lourds')).toEqual([`/collections/documents/${heavy.id}`])
    expect(groupOf(r, 'fichiers-lourds').entries[0]!.problem).toMatch(/^11 Mo/)
    expect(paths('transcriptions')).toContain(`/collections/webinars/${webinar.id}`)
    expect(paths('modes-d-emploi')).toContain(`/collections/intervention-tools/${tool.id}`)
    expect(paths('modes-d-emploi')).not.toContain(`/collections/intervention-tools/${withHowTo.id}`)
    const noTerms = groupOf(r, 'classement').entries.find(
      (e) => e.path === `/collections/webinars/${webinar.id}`,
    )
    expect(noTerms?.problem).toBe('Sans thème, ni public, ni période')
  })
})

describe('access', () => {
  it('link-check results: editors and admins read them, reviewers and the public do not', async () => {
    expect((await rest('GET', 'link-checks', { token: tokens.admin })).status).toBe(200)
    expect((await rest('GET', 'link-checks', { token: tokens.editor })).status).toBe(200)
    expect((await rest('GET', 'link-checks', { token: tokens.reviewer })).status).toBe(403)
    expect([401, 403]).toContain((await rest('GET', 'link-checks')).status)
  })

  it('« Vérifier les liens maintenant »: editors and admins, not reviewers', async () => {
    const queued = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: {
            and: [{ taskSlug: { equals: 'healthLinkCheck' } }, { completedAt: { exists: false } }],
          },
          overrideAccess: true,
        })
      ).totalDocs
    expect((await rest('POST', 'link-checks/run', { token: tokens.reviewer })).status).toBe(403)
    expect([401, 403]).toContain((await rest('POST', 'link-checks/run')).status)
    expect(await queued()).toBe(0)
    expect((await rest('POST', 'link-checks/run', { token: tokens.editor })).status).toBe(202)
    // A second request while one waits queues nothing more.
    expect((await rest('POST', 'link-checks/run', { token: tokens.admin })).status).toBe(202)
    expect(await queued()).toBe(1)
  })

  it('the nightly check that Payload queues ahead is not a check in progress: the button stays', async () => {
    const { linkCheckPending } = await import('../src/health/linkCheck')
    const jobs = { taskSlug: { equals: 'healthLinkCheck' } } as const
    await payload.delete({ collection: 'payload-jobs', where: jobs, overrideAccess: true })
    // What each tick of the job crons does, even in a web process that runs no jobs.
    await payload.jobs.handleSchedules({ queue: 'health' })
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: jobs,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    const night = new Date(docs[0]?.waitUntil as string)
    expect(night.getTime()).toBeGreaterThan(Date.now())
    expect(await linkCheckPending(payload)).toBe(false)
    // Once its night has come, it is due: then it counts.
    expect(await linkCheckPending(payload, new Date(night.getTime() + 1000))).toBe(true)
    // « Vérifier les liens maintenant » queues a check for now beside the nightly one.
    expect((await rest('POST', 'link-checks/run', { token: tokens.editor })).status).toBe(202)
    expect(await linkCheckPending(payload)).toBe(true)
    expect(
      (await payload.count({ collection: 'payload-jobs', where: jobs, overrideAccess: true }))
        .totalDocs,
    ).toBe(2)
  })

  it('the translation dates are not writable, « À traduire » is not the reviewers’', async () => {
    const sheet = await factSheet()
    const refused = await rest('PATCH', `fact-sheets/${sheet.id}?draft=true`, {
      token: tokens.reviewer,
      body: { translation: { toTranslate: true } },
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
  })

  it('the digest section goes to the content team only', async () => {
    const { healthDigestSection } = await import('../src/health/digest')
    const section = await healthDigestSection(payload)
    expect(section.forRole('editor')).toContain('Santé du contenu')
    expect(section.forRole('editor')).toContain('Fichiers de plus de 10 Mo (1)')
    expect(section.forRole('editor')).toContain('/admin/sante')
    expect(section.forRole('admin')).toBe(section.forRole('editor'))
    expect(section.forRole('reviewer')).toBe('')
    expect(section.forRole('contributor')).toBe('')
  })
})
