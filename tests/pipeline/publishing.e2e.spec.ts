/**
 * The publishing pipeline end to end, on real parts: Payload on a temporary SQLite file,
 * the review workflow, the jobs queue, the real Astro + Pagefind build, the live-site server
 * and Chromium for search.
 */
import '@nlv/cms/test/temp-database'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'

let payload: Payload
let server: Server
let site: string
let browser: Browser
let users: Record<'admin' | 'editor' | 'reviewer', Record<string, any>>
let transition: typeof import('@nlv/cms/workflow').transition
let env: typeof import('@nlv/cms/env').env

const runBuilds = () => payload.jobs.run({ queue: 'site', limit: 10 })
const builds = async () =>
  (
    await payload.find({
      collection: 'site-builds',
      sort: '-startedAt',
      limit: 100,
      overrideAccess: true,
    })
  ).docs
const page = async (path: string) => {
  const response = await fetch(`${site}${path}`)
  return { status: response.status, text: await response.text() }
}

/** Write → submit → approve (another person) → publish: the only road to the public. */
async function publishThroughReview(title: string, body: string) {
  const doc = await payload.create({
    collection: 'fact-sheets',
    data: {
      title,
      summary: `${body} Résumé.`,
      keyMessages: [{ text: body }],
      _status: 'draft',
    } as never,
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
  await transition(payload, {
    collection: 'fact-sheets',
    id: doc.id,
    action: 'submit',
    user: users.editor,
  })
  await transition(payload, {
    collection: 'fact-sheets',
    id: doc.id,
    action: 'approve',
    user: users.reviewer,
  })
  await transition(payload, {
    collection: 'fact-sheets',
    id: doc.id,
    action: 'publish',
    user: users.editor,
  })
  return (await payload.findByID({ collection: 'fact-sheets', id: doc.id })) as Record<string, any>
}

async function searchFor(word: string): Promise<string[]> {
  const tab = await browser.newPage()
  await tab.goto(`${site}/`)
  // A string, so that the test runner does not rewrite the browser's dynamic import.
  const urls = (await tab.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js')
    const search = await pagefind.search(${JSON.stringify(word)})
    return Promise.all(search.results.map(async (r) => (await r.data()).url))
  })()`)) as string[]
  await tab.close()
  return urls
}

beforeAll(async () => {
  ;({ env } = await import('@nlv/cms/env'))
  ;({ transition } = await import('@nlv/cms/workflow'))
  const { getPayload } = await import('payload')
  const { default: config } = await import('@nlv/cms/payload.config')
  payload = await getPayload({ config })
  users = {} as typeof users
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    users[role] = await payload.create({
      collection: 'users',
      data: {
        email: `${role}@pipeline.test`,
        name: `${role} test`,
        role,
        password: 'pipeline-password-1',
      },
    })
  }
  const { createLiveSiteServer } = await import('@nlv/cms/publishing/liveSiteServer')
  const { liveLink } = await import('@nlv/cms/publishing/paths')
  server = createLiveSiteServer({ liveDir: liveLink() })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

describe('publish → live and searchable', () => {
  let sheet: Record<string, any>

  it('an approved item published through the workflow appears on the served site and in search', async () => {
    expect((await page('/')).status).toBe(503) // nothing built yet
    await publishThroughReview('Compote de pommes maison', 'La compote se congèle bien.')
    sheet = await publishThroughReview(
      'Galettes de sarrasin économiques',
      'Le sarrasin nourrit à petit prix.',
    )
    await runBuilds()
    const [latest] = await builds()
    expect(latest).toMatchObject({ status: 'succeeded', live: true, items: 2 })
    expect(latest!.phases?.astroMs).toBeGreaterThan(0)
    // Read from the search index's report the site build writes (not from its log).
    expect(latest!.phases?.pagefindMs).toBeGreaterThan(0)
    const html = await page(`/fiches/${sheet.slug}/`)
    expect(html.status).toBe(200)
    expect(html.text).toContain('Galettes de sarrasin économiques')
    expect((await page('/sitemap.xml')).text).toContain(`/fiches/${sheet.slug}/`)
    expect((await page('/rss.xml')).text).toContain('Galettes de sarrasin')
    expect(await searchFor('sarrasin')).toContain(`/fiches/${sheet.slug}/`)
  })

  it('a search vocabulary entry written in the CMS reaches the site search after its build', async () => {
    expect(await searchFor('blé noir')).toEqual([])
    await payload.create({
      collection: 'search-vocabulary',
      data: { kind: 'equivalents', terms: ['sarrasin', 'blé noir'] } as never,
      user: users.editor,
      overrideAccess: false,
    })
    await runBuilds()
    const [latest] = await builds()
    expect(latest).toMatchObject({ status: 'succeeded', live: true })
    expect(await searchFor('blé noir')).toContain(`/fiches/${sheet.slug}/`)
  })

  it('archiving (unpublishing) removes it from pages, sitemap, RSS and the search index', async () => {
    await transition(payload, {
      collection: 'fact-sheets',
      id: sheet.id,
      action: 'archive',
      user: users.editor,
    })
    await runBuilds()
    expect((await page(`/fiches/${sheet.slug}/`)).status).toBe(404)
    expect((await page('/sitemap.xml')).text).not.toContain(sheet.slug)
    expect((await page('/rss.xml')).text).not.toContain('Galettes de sarrasin')
    expect(await searchFor('sarrasin')).toEqual([])
    expect(await searchFor('compote')).toHaveLength(1) // the control: the index still answers
  })
})

describe('failures and rollback', () => {
  it('a failed build leaves the previous site online and records the error', async () => {
    const before = await page('/')
    expect(before.status).toBe(200)
    const siteDir = env.NLV_SITE_DIR
    env.NLV_SITE_DIR = '/nonexistent/site' // the build cannot run
    try {
      await publishThroughReview('Soupe aux lentilles', 'Les lentilles sont riches en fer.')
      await runBuilds()
    } finally {
      env.NLV_SITE_DIR = siteDir
    }
    const [failed] = await builds()
    expect(failed).toMatchObject({ status: 'failed', live: false })
    expect(failed!.error).toMatch(/astro|ENOENT|exited/i)
    // A failed build keeps no folder: kept folders are the rollback targets.
    const { buildDir } = await import('@nlv/cms/publishing/paths')
    expect(existsSync(buildDir(failed!.buildId))).toBe(false)
    expect((await page('/')).text).toBe(before.text)
    expect((await page('/fiches/soupe-aux-lentilles/')).status).toBe(404)
  })

  it('rolls back to a kept build in one action (admins only)', async () => {
    await payload.jobs.queue({
      task: 'buildSite' as never,
      input: { trigger: 'test', force: true } as never,
      queue: 'site',
    })
    await runBuilds()
    expect((await page('/fiches/soupe-aux-lentilles/')).status).toBe(200)
    const previous = (await builds()).find((b) => b.status === 'succeeded' && !b.live)!
    const { REST_POST } = await import('@payloadcms/next/routes')
    const post = REST_POST(payload.config)
    const call = async (role: 'admin' | 'editor') => {
      const { token } = await payload.login({
        collection: 'users',
        data: { email: `${role}@pipeline.test`, password: 'pipeline-password-1' },
      })
      return post(
        new Request(`http://localhost:3000/api/site-builds/${previous.id}/rollback`, {
          method: 'POST',
          headers: { Authorization: `JWT ${token}` },
        }),
        { params: Promise.resolve({ slug: ['site-builds', String(previous.id), 'rollback'] }) },
      )
    }
    expect((await call('editor')).status).toBe(403)
    const response = await call('admin')
    expect(response.status).toBe(200)
    expect((await page('/fiches/soupe-aux-lentilles/')).status).toBe(404)
    expect((await builds()).find((b) => b.live)?.id).toBe(previous.id)
  })
})

describe('bursts', () => {
  it('ten quick publishes coalesce into one build', async () => {
    const before = (await builds()).length
    for (let n = 1; n <= 10; n++)
      await publishThroughReview(`Collation rapide numéro ${n}`, `Idée de collation ${n}.`)
    const pending = await payload.count({
      collection: 'payload-jobs',
      where: { and: [{ taskSlug: { equals: 'buildSite' } }, { completedAt: { exists: false } }] },
      overrideAccess: true,
    })
    expect(pending.totalDocs).toBe(1)
    await runBuilds()
    const after = await builds()
    expect(after.length - before).toBe(1)
    expect(after[0]).toMatchObject({ status: 'succeeded', live: true })
    expect((await page('/fiches/collation-rapide-numero-10/')).status).toBe(200)
  })
})
