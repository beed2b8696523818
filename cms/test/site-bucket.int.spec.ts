/**
 * The site published to a bucket (`NLV_SITE_BUCKET`) on a real S3-protocol server (s3rver on
 * loopback), through the same calls as the pipeline and the rollback endpoint (`swapLive`,
 * the pruning and the clean-up of a failed build in `runSiteBuild`). Build outputs are real
 * folders in `var/builds/<id>/site/`, written here rather than by Astro (the pipeline's own
 * test builds with Astro): pages, a hashed asset, a search fragment, a file shared by a link.
 * Last, the rollback endpoint (a real Payload on this file's database): it moves the bucket's
 * pointer to a build kept there, even from a machine that does not keep the build's folder.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUsers, testPayload } from './helpers/payload'
import { startS3Server, type TestS3Server } from './helpers/s3Server'

const BUCKET = 'nlv-site-test'
let s3: TestS3Server
let swapLive: typeof import('../src/publishing/liveLink').swapLive
let liveBuildId: typeof import('../src/publishing/liveLink').liveBuildId
let bucketModule: typeof import('../src/publishing/siteBucket')
let buildSiteDir: (id: string) => string
let dataDir: string

/** A build's output: its home page names the build; `extra` adds or replaces files. */
function writeBuild(id: string, extra: Record<string, string> = {}) {
  const root = buildSiteDir(id)
  const files: Record<string, string> = {
    'index.html': `<h1>Accueil ${id}</h1><link rel="stylesheet" href="/_astro/site.${id}.css">`,
    'fiches/lentilles/index.html': `<h1>Lentilles ${id}</h1>`,
    '404.html': '<h1>Page introuvable</h1>',
    [`_astro/site.${id}.css`]: `body{--build:"${id}"}`,
    'pagefind/pagefind-entry.json': `{"build":"${id}"}`,
    [`pagefind/fragment/fr_${id}.pf_fragment`]: id,
    ...extra,
  }
  for (const [file, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), body)
  }
  // A file shared between kept builds by a link (as the site's copied files may be).
  const shared = path.join(dataDir, 'shared-files', 'guide.pdf')
  fs.mkdirSync(path.dirname(shared), { recursive: true })
  fs.writeFileSync(shared, '%PDF-1.4 guide partagé')
  fs.mkdirSync(path.join(root, 'fichiers'), { recursive: true })
  fs.symlinkSync(shared, path.join(root, 'fichiers', 'guide.pdf'))
  return root
}

const text = async (key: string) => (await s3.read(BUCKET, key))?.toString() ?? null
const pointer = async () => JSON.parse((await text('live.json')) ?? 'null')?.buildId ?? null
const rootKeys = async () =>
  (await s3.keys(BUCKET)).filter((k) => !k.startsWith('builds/') && k !== 'live.json')
const builds = async () => [
  ...new Set((await s3.keys(BUCKET, 'builds/')).map((k) => k.split('/')[1])),
]

beforeAll(async () => {
  s3 = await startS3Server([BUCKET])
  Object.assign(process.env, s3.env, { NLV_SITE_BUCKET: BUCKET })
  ;({ swapLive, liveBuildId } = await import('../src/publishing/liveLink'))
  bucketModule = await import('../src/publishing/siteBucket')
  ;({ buildSiteDir } = await import('../src/publishing/paths'))
  ;({ dataDir } = await import('../src/env'))
})

let payload: Payload | undefined
afterAll(async () => {
  await payload?.destroy()
  await s3?.stop()
})

const A = '20261202T010000Z-aaaa'
const B = '20261202T020000Z-bbbb'
const C = '20261202T030000Z-cccc'

describe('site published to a bucket', () => {
  it('goes live: the whole build under builds/<id>/, the root copy, then the pointer', async () => {
    writeBuild(A)
    await swapLive(A)
    expect(await pointer()).toBe(A)
    expect(await liveBuildId()).toBe(A) // the local folder too
    expect(await text('index.html')).toBe(
      `<h1>Accueil ${A}</h1><link rel="stylesheet" href="/_astro/site.${A}.css">`,
    )
    expect(await text(`builds/${A}/fiches/lentilles/index.html`)).toBe(`<h1>Lentilles ${A}</h1>`)
    expect(await text('fichiers/guide.pdf')).toBe('%PDF-1.4 guide partagé')
    expect(await s3.keys(BUCKET, `builds/${A}/.nlv-build.json`)).toHaveLength(1)
    // What a CDN needs to cache well: pages revalidated, hashed assets kept a year.
    const page = await s3.client.headObject({ Bucket: BUCKET, Key: 'index.html' })
    expect(page.ContentType).toBe('text/html; charset=utf-8')
    expect(page.CacheControl).toBe('no-cache')
    const css = await s3.client.headObject({ Bucket: BUCKET, Key: `_astro/site.${A}.css` })
    expect(css.ContentType).toBe('text/css; charset=utf-8')
    expect(css.CacheControl).toBe('public, max-age=31536000, immutable')
  })

  it('a new build replaces every page; a removed page leaves the root; old hashed assets stay', async () => {
    writeBuild(B, { 'fiches/nouvelle/index.html': '<h1>Nouvelle</h1>' })
    fs.rmSync(path.join(buildSiteDir(B), 'fiches', 'lentilles'), { recursive: true })
    await swapLive(B)
    expect(await pointer()).toBe(B)
    expect(await text('index.html')).toContain(`Accueil ${B}`)
    expect(await text('fiches/nouvelle/index.html')).toBe('<h1>Nouvelle</h1>')
    expect(await text('fiches/lentilles/index.html')).toBeNull()
    expect(await text('pagefind/pagefind-entry.json')).toBe(`{"build":"${B}"}`)
    // A page of build A still open in a browser finds its stylesheet.
    expect(await text(`_astro/site.${A}.css`)).not.toBeNull()
    expect(await builds()).toEqual([A, B])
  })

  it('rolls back to a kept build: its pages at the root, the pointer on it', async () => {
    await swapLive(A)
    expect(await pointer()).toBe(A)
    expect(await text('index.html')).toContain(`Accueil ${A}`)
    expect(await text('fiches/lentilles/index.html')).toBe(`<h1>Lentilles ${A}</h1>`)
    expect(await text('fiches/nouvelle/index.html')).toBeNull()
    await swapLive(B)
    expect(await text('index.html')).toContain(`Accueil ${B}`)
  })

  it('keeps the newest builds and the live one; a pruned build leaves no file behind', async () => {
    writeBuild(C)
    await swapLive(C)
    await bucketModule.pruneSiteBucket(2)
    expect(await builds()).toEqual([B, C])
    expect(await text(`_astro/site.${A}.css`)).toBeNull()
    expect(await text(`_astro/site.${B}.css`)).not.toBeNull()
    const expected = new Set([
      ...(await s3.keys(BUCKET, `builds/${C}/`))
        .map((k) => k.slice(`builds/${C}/`.length))
        .filter((k) => k !== '.nlv-build.json'),
      `_astro/site.${B}.css`,
      `pagefind/fragment/fr_${B}.pf_fragment`,
    ])
    expect(new Set(await rootKeys())).toEqual(expected)
  })

  it('a build whose upload fails never goes live, and leaves nothing in the bucket', async () => {
    const failed = '20261202T040000Z-dddd'
    // The service fails on the build's last file, once its pages were sent.
    writeBuild(failed, { 'zz/dernier.txt': 'dernier fichier' })
    const before = { root: await text('index.html'), keys: await rootKeys() }
    s3.failRequests(/zz\/dernier\.txt/)
    try {
      await expect(swapLive(failed)).rejects.toThrow()
    } finally {
      s3.failRequests(null)
    }
    expect(await pointer()).toBe(C)
    expect(await liveBuildId()).toBe(C)
    expect(await text('index.html')).toBe(before.root)
    expect(await rootKeys()).toEqual(before.keys)
    expect(await s3.keys(BUCKET, `builds/${failed}/.nlv-build.json`)).toEqual([])
    // An incomplete upload can never be put online, even by a rollback.
    await expect(bucketModule.goLiveInBucket(bucketModule.siteBucket()!, failed)).rejects.toThrow(
      /not complete/,
    )
    await bucketModule.discardSiteBucketBuild(failed)
    expect(await s3.keys(BUCKET, `builds/${failed}/`)).toEqual([])
  })

  it('a failure while the pages are switched puts the previous pages back; the pointer stays', async () => {
    const failed = '20261202T050000Z-eeee'
    writeBuild(failed)
    const pages = async () =>
      Object.fromEntries(
        await Promise.all(
          (await rootKeys())
            .filter((k) => k.endsWith('.html'))
            .map(async (k) => [k, await text(k)]),
        ),
      )
    const before = await pages()
    // Pages are copied in name order: the fact sheet is new, then the home page fails.
    s3.failRequests(new RegExp(`^/${BUCKET}/index\\.html`))
    try {
      await expect(swapLive(failed)).rejects.toThrow()
    } finally {
      s3.failRequests(null)
    }
    expect(await pages()).toEqual(before)
    expect(await pointer()).toBe(C)
    expect(await liveBuildId()).toBe(C)
  })
})

describe('the rollback endpoint with a site bucket', () => {
  // Imported once the bucket's variables are set (the CMS reads its environment on import).
  let rest: ReturnType<(typeof import('./helpers/rest'))['restClient']>['rest']
  let admin: string
  let editor: string
  const record = async (buildId: string, live = false) =>
    (
      await payload!.create({
        collection: 'site-builds',
        data: {
          buildId,
          status: 'succeeded',
          trigger: 'fixture',
          startedAt: new Date().toISOString(),
          live,
        },
        overrideAccess: true,
      })
    ).id
  const liveRecords = async () =>
    (
      await payload!.find({
        collection: 'site-builds',
        where: { live: { equals: true } },
        overrideAccess: true,
      })
    ).docs.map((d) => d.buildId)
  const ids: Record<string, number | string> = {}

  beforeAll(async () => {
    payload = await testPayload()
    rest = (await import('./helpers/rest')).restClient(payload.config).rest
    const { tokensFor } = await import('./helpers/workflow')
    ;({ admin, editor } = (await tokensFor(payload, await createUsers(payload))) as {
      admin: string
      editor: string
    })
    ids.A = await record(A)
    ids.B = await record(B)
    ids.C = await record(C, true)
    expect(await pointer()).toBe(C)
  })

  it('to a build kept here and in the bucket: the pointer, the root copy and the local link move', async () => {
    const res = await rest('POST', `site-builds/${ids.B}/rollback`, { token: admin })
    expect(res.status, res.text).toBe(200)
    expect(await pointer()).toBe(B)
    expect(await text('index.html')).toContain(`Accueil ${B}`)
    expect(await liveBuildId()).toBe(B)
    expect(await liveRecords()).toEqual([B])
  })

  it('to a build kept only in the bucket (a web instance on another machine): the bucket decides', async () => {
    // This machine no longer keeps build C's folder, as a web instance apart from the worker.
    fs.rmSync(path.dirname(buildSiteDir(C)), { recursive: true, force: true })
    const res = await rest('POST', `site-builds/${ids.C}/rollback`, { token: admin })
    expect(res.status, res.text).toBe(200)
    expect(await pointer()).toBe(C)
    expect(await text('index.html')).toContain(`Accueil ${C}`)
    expect(await liveRecords()).toEqual([C])
    const { publicLiveBuildId } = await import('../src/publishing/liveLink')
    expect(await publicLiveBuildId()).toBe(C)
  })

  it('to a build kept neither here nor in the bucket: 410, nothing moves', async () => {
    // A was pruned from the bucket above; its folder here goes too.
    fs.rmSync(path.dirname(buildSiteDir(A)), { recursive: true, force: true })
    const res = await rest('POST', `site-builds/${ids.A}/rollback`, { token: admin })
    expect(res.status).toBe(410)
    expect(res.json.error).toBe('Cette version du site n’est plus conservée.')
    expect(await pointer()).toBe(C)
    expect(await liveRecords()).toEqual([C])
  })

  it('when the bucket fails: a clear error, the pointer, the local link and the history unchanged', async () => {
    const local = await liveBuildId()
    s3.failRequests(/live\.json/)
    try {
      const res = await rest('POST', `site-builds/${ids.B}/rollback`, { token: admin })
      expect(res.status).toBe(502)
      expect(res.json.error).toMatch(/le site en ligne n’a pas changé/)
    } finally {
      s3.failRequests(null)
    }
    expect(await pointer()).toBe(C)
    expect(await liveBuildId()).toBe(local)
    expect(await liveRecords()).toEqual([C])
  })

  it('is for admins only', async () => {
    const res = await rest('POST', `site-builds/${ids.B}/rollback`, { token: editor })
    expect(res.status).toBe(403)
    expect(await pointer()).toBe(C)
  })
})
