/**
 * Files are the team's, and the site build's: the public never reads one from the CMS (the
 * site serves its own copies, `/fichiers/`). Here: the published snapshot still holds the
 * files published content attaches (and no other), the build token reads files and the
 * snapshot but opens nothing else, the preview still shows a draft's images to the team, and
 * a local build copies the files once into a store that the kept builds hard-link to.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { figure, paragraph, root } from '@nlv/shared/test/lexical'
import { validData } from './helpers/fixtures'

const token = 'jeton-de-construction-de-test-0123456789'
process.env.NLV_BUILD_TOKEN = token

const { default: config } = await import('../src/payload.config')
const { testPayload, createUsers } = await import('./helpers/payload')
const { restClient } = await import('./helpers/rest')
const { buildSnapshot } = await import('../src/snapshot/buildSnapshot')
const { runSiteBuild } = await import('../src/publishing/runSiteBuild')
const { buildSiteDir, filesStoreDir } = await import('../src/publishing/paths')
const { GET: preview } = await import('../src/app/(preview)/preview/[collection]/[id]/route')
const { uploadDir } = await import('../src/env')

type Doc = Record<string, any>
const { rest } = restClient(config)
let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let jwt: string
const files = {} as Record<'cover' | 'figure' | 'pdf' | 'draftImage' | 'draftPdf', Doc>
let draftId: string | number

const bearer = (value: string) => ({ headers: { Authorization: `Bearer ${value}` } })

async function pdfOf(line: string): Promise<Buffer> {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(line)
  return Buffer.from(await doc.save())
}

async function upload(collection: 'media' | 'documents', name: string, data: Doc) {
  const bytes =
    collection === 'media'
      ? await sharp({
          create: {
            width: 900,
            height: 600,
            channels: 3,
            background: { r: name.length * 9, g: 90, b: 60 },
          },
        })
          .png()
          .toBuffer()
      : await pdfOf(name)
  return (await payload.create({
    collection,
    data: data as never,
    file: {
      data: bytes,
      name,
      mimetype: collection === 'media' ? 'image/png' : 'application/pdf',
      size: bytes.length,
    },
    overrideAccess: true,
  })) as Doc
}

/** Every file name of an upload: the original and each image size. */
const namesOf = (doc: Doc): string[] => [
  doc.filename,
  ...Object.values(doc.sizes ?? {}).flatMap((s: any) => (s?.filename ? [s.filename] : [])),
]

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  jwt = (
    await payload.login({
      collection: 'users',
      data: { email: users.editor.email, password: 'test-password-1' },
    })
  ).token!
  files.cover = await upload('media', 'couverture.png', { alt: 'Couverture' })
  files.figure = await upload('media', 'figure.png', { alt: 'Figure' })
  files.pdf = await upload('documents', 'fiche.pdf', { title: 'Fiche' })
  files.draftImage = await upload('media', 'brouillon.png', { alt: 'Brouillon' })
  files.draftPdf = await upload('documents', 'brouillon.pdf', { title: 'Brouillon' })
  await payload.create({
    collection: 'fact-sheets',
    data: {
      ...validData('fact-sheets', 'Fiche publiée avec fichiers'),
      image: files.cover.id,
      pdf: files.pdf.id,
      body: root(paragraph('Avant la figure.'), figure(files.figure.id, 'Une figure')),
      _status: 'published',
    } as never,
    overrideAccess: true,
    context: { seeding: true },
  })
  draftId = (
    await payload.create({
      collection: 'fact-sheets',
      data: {
        ...validData('fact-sheets', 'Brouillon avec fichiers'),
        image: files.draftImage.id,
        pdf: files.draftPdf.id,
      } as never,
      draft: true,
      overrideAccess: true,
    })
  ).id
})

describe('the published snapshot', () => {
  it('holds every file published content attaches, in every size, and no draft’s file', async () => {
    const text = JSON.stringify(await buildSnapshot(payload))
    for (const doc of [files.cover, files.figure, files.pdf])
      for (const name of namesOf(doc)) expect(text, name).toContain(`/file/${name}`)
    expect(text).not.toContain('brouillon')
  })

  it('GET /api/snapshot: the same with the build token, 401 without or with another', async () => {
    const ok = await rest('GET', 'snapshot', bearer(token))
    expect(ok.status).toBe(200)
    expect(ok.text).toContain(`/file/${files.cover.filename}`)
    expect(ok.text).not.toContain('brouillon')
    expect((await rest('GET', 'snapshot')).status).toBe(401)
    expect((await rest('GET', 'snapshot', bearer(`${token.slice(0, -1)}x`))).status).toBe(401)
  })
})

describe('the build token', () => {
  it('reads the files (what a remote build fetches); a wrong token or none is refused', async () => {
    for (const [collection, doc] of [
      ['media', files.cover],
      ['media', files.figure],
      ['documents', files.pdf],
    ] as const) {
      for (const name of namesOf(doc)) {
        const path = `${collection}/file/${encodeURIComponent(name)}`
        const res = await rest('GET', path, bearer(token))
        expect(res.status, path).toBe(200)
        const onDisk = await fs.readFile(`${uploadDir(collection)}/${name}`)
        expect(Buffer.from(res.text, 'latin1').length).toBeGreaterThan(0)
        expect(Number(res.headers.get('content-length') ?? onDisk.length)).toBe(onDisk.length)
        expect((await rest('GET', path)).status).toBe(403)
        expect((await rest('GET', path, bearer('pas-le-bon-jeton-pas-le-bon-jeton'))).status).toBe(
          403,
        )
      }
    }
  })

  it('opens nothing else: no draft, no account, no build history, no write', async () => {
    const drafts = await rest('GET', 'fact-sheets?draft=true&limit=100', bearer(token))
    expect(drafts.status).toBe(200)
    expect(drafts.text).not.toContain('Brouillon avec fichiers')
    expect((await rest('GET', `fact-sheets/${draftId}?draft=true`, bearer(token))).status).toBe(404)
    for (const collection of ['users', 'site-builds', 'review-events', 'fact-sheets/versions'])
      expect([401, 403], collection).toContain(
        (await rest('GET', collection, bearer(token))).status,
      )
    const write = await rest('PATCH', `media/${files.cover.id}`, {
      ...bearer(token),
      body: { alt: 'Changé' },
    })
    expect([401, 403]).toContain(write.status)
  })
})

describe('the CMS preview', () => {
  it('shows a draft’s image to the team: the page names the CMS file, which the team may read', async () => {
    const res = await preview(
      new Request(`http://localhost:3000/preview/fact-sheets/${draftId}?locale=fr`, {
        headers: { Authorization: `JWT ${jwt}` },
      }),
      { params: Promise.resolve({ collection: 'fact-sheets', id: String(draftId) }) },
    )
    expect(res.status).toBe(200)
    const html = await res.text()
    const src = /<img src="([^"]+)"/.exec(html)?.[1]
    expect(src).toMatch(/\/api\/media\/file\/brouillon/)
    const file = src!.replace(/^https?:\/\/[^/]+\/api\//, '')
    expect((await rest('GET', file, { token: jwt })).status).toBe(200)
    expect((await rest('GET', file)).status).toBe(403)
  })
})

describe('a local build', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
  const builds: string[] = []

  beforeAll(async () => {
    for (const trigger of ['first', 'second']) {
      const build = await runSiteBuild(payload, { trigger, force: true })
      expect(build.status, build.error ?? '').toBe('succeeded')
      builds.push(build.buildId)
    }
  }, 600_000)

  /** `fichiers/<hash>/<name>` of a build, with each file's bytes and inode. */
  async function siteFiles(buildId: string) {
    const root = path.join(buildSiteDir(buildId), 'fichiers')
    const out: { path: string; bytes: Buffer; ino: number }[] = []
    for (const hash of await fs.readdir(root)) {
      for (const name of await fs.readdir(path.join(root, hash))) {
        const file = path.join(root, hash, name)
        out.push({
          path: `${hash}/${name}`,
          bytes: await fs.readFile(file),
          ino: (await fs.stat(file)).ino,
        })
      }
    }
    return out
  }

  it('copies exactly the published files, named by the hash of their bytes', async () => {
    const copies = await siteFiles(builds[1]!)
    const expected = new Map<string, Buffer>()
    for (const [collection, doc] of [
      ['media', files.cover],
      ['media', files.figure],
      ['documents', files.pdf],
    ] as const)
      for (const name of namesOf(doc))
        expected.set(name, await fs.readFile(path.join(uploadDir(collection), name)))
    expect(copies).toHaveLength(expected.size)
    for (const copy of copies) expect(copy.path.split('/')[0]).toBe(sha(copy.bytes).slice(0, 16))
    expect(copies.map((c) => sha(c.bytes)).sort()).toEqual([...expected.values()].map(sha).sort())
    const drafts = [...namesOf(files.draftImage), ...namesOf(files.draftPdf)]
    for (const name of drafts) {
      const collection = name.endsWith('.pdf') ? 'documents' : 'media'
      const bytes = await fs.readFile(path.join(uploadDir(collection), name))
      expect(
        copies.some((c) => c.bytes.equals(bytes)),
        name,
      ).toBe(false)
    }
  })

  it('the pages point at the copies, never at the CMS', async () => {
    const site = buildSiteDir(builds[1]!)
    const html = await fs.readFile(
      path.join(site, 'fiches/fiche-publiee-avec-fichiers/index.html'),
      'utf8',
    )
    const copies = (await siteFiles(builds[1]!)).map((c) => `/fichiers/${c.path}`)
    const linked = [...html.matchAll(/(?:src|href)="(\/fichiers\/[^"]+)"/g)].map((m) => m[1])
    expect(linked.length).toBeGreaterThanOrEqual(3)
    for (const url of linked) expect(copies).toContain(url)
    expect(html).not.toContain('/api/media/')
    expect(html).not.toContain('/api/documents/')
  })

  it('kept builds share each file: one inode in the store, linked from both', async () => {
    const [first, second] = await Promise.all(builds.map(siteFiles))
    expect(first!.map((f) => f.path).sort()).toEqual(second!.map((f) => f.path).sort())
    const store = await fs.readdir(filesStoreDir())
    for (const copy of second!) {
      const twin = first!.find((f) => f.path === copy.path)!
      expect(twin.ino).toBe(copy.ino)
      const stored = await fs.stat(path.join(filesStoreDir(), sha(copy.bytes)))
      expect(stored.ino).toBe(copy.ino)
      expect(stored.nlink).toBeGreaterThanOrEqual(3)
    }
    expect(store.filter((n) => /^[0-9a-f]{64}$/.test(n))).toHaveLength(second!.length)
  })
})
