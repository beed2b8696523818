/**
 * Readers per item on the live site, without JavaScript: Payload on a temporary database, an
 * intervention tool with a file published through the review workflow, the real site build
 * (the CMS's own, with NLV_INSIGHTS_URL), the live-site server, and Chromium. The page's 1×1
 * image counts a view and the file link's `ping` a download — over real HTTP, to the CMS's
 * REST route handlers (served here by a small bridge: the test runs Payload in-process).
 */
import '@nlv/cms/test/temp-database'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-core'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser'

let payload: Payload
let live: Server
let site: string
let browser: Browser
let tool: { id: string | number; slug: string }

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The CMS's API on a port, before the CMS reads its environment (CMS_URL goes into the build). */
const requests: string[] = []
const bridge: Server = createServer()
const bridgePort = await listen(bridge)
process.env.CMS_URL = `http://127.0.0.1:${bridgePort}`

const readers = async () =>
  (await payload.find({ collection: 'item-readers', pagination: false, overrideAccess: true }))
    .docs as unknown as Array<{ item: string; views: number; downloads: number }>

async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}; requests seen: ${requests.join(' ')}`)
}

beforeAll(async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('@nlv/cms/payload.config')
  const { restClient } = await import('@nlv/cms/test/rest')
  const { realPdf } = await import('@nlv/cms/test/hostile-files')
  const { transition } = await import('@nlv/cms/workflow')
  payload = await getPayload({ config })
  const { rest } = restClient(payload.config)
  bridge.on('request', async (req, res) => {
    const method = (req.method ?? 'GET') as 'GET' | 'POST'
    requests.push(`${method} ${req.url}`)
    const body = method === 'POST' ? await bodyOf(req) : undefined
    const headers: Record<string, string> = {}
    for (const name of ['content-type', 'ping-from', 'ping-to', 'user-agent'])
      if (typeof req.headers[name] === 'string') headers[name] = req.headers[name] as string
    const answer = await rest(method, (req.url ?? '/').replace(/^\/api\//, ''), { body, headers })
    const out: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'content-encoding') out[name] = value
    })
    res.writeHead(answer.status, out).end(answer.text)
  })

  const pdf = await realPdf('Liste de vérification')
  const file = await payload.create({
    collection: 'documents',
    data: { title: 'Liste de vérification (PDF)' },
    file: {
      data: pdf,
      name: 'liste-verification.pdf',
      mimetype: 'application/pdf',
      size: pdf.length,
    },
    overrideAccess: true,
  })
  const created = await payload.create({
    collection: 'intervention-tools',
    data: {
      title: 'Liste de vérification du premier rendez-vous',
      summary: 'Ce qu’il faut aborder à la première rencontre.',
      keyMessages: [{ text: 'Commencer par les besoins de la participante.' }],
      toolKind: 'checklist',
      purpose: 'Guider la première rencontre.',
      downloads: [file.id],
    } as never,
    draft: true,
    overrideAccess: true,
  })
  for (const action of ['submit', 'approve', 'publish'] as const)
    await transition(payload, {
      collection: 'intervention-tools',
      id: created.id,
      action,
      user: null,
      message: 'Préparation du test',
    })
  tool = { id: created.id, slug: String((created as { slug?: string }).slug) }
  await payload.jobs.run({ queue: 'site', limit: 10 })
  const builds = await payload.find({ collection: 'site-builds', overrideAccess: true })
  expect(builds.docs.map((b) => b.status)).toContain('succeeded')

  const { createLiveSiteServer } = await import('@nlv/cms/publishing/liveSiteServer')
  const { liveLink } = await import('@nlv/cms/publishing/paths')
  live = createLiveSiteServer({ liveDir: liveLink(), cmsUrl: process.env.CMS_URL! })
  site = `http://127.0.0.1:${await listen(live)}`
  browser = await launchBrowser()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => live?.close(resolve))
  await new Promise((resolve) => bridge?.close(resolve))
})

describe('readers per item on the live site', () => {
  it('a page view counts once, by its 1×1 image, with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${site}/outils/${tool.slug}/`)
    expect(response?.status()).toBe(200)
    const html = await page.content()
    expect(html).toContain(`/api/insights/view?c=intervention-tools&amp;id=${tool.id}`)
    await until(async () => (await readers())[0]?.views === 1, 'the view')
    expect(await readers()).toMatchObject([{ item: String(tool.id), views: 1, downloads: 0 }])
    await context.close()
  })

  it('following the file link pings the download counter', async () => {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${site}/outils/${tool.slug}/`)
    const link = page.locator('a[ping][href$=".pdf"]').first()
    expect(await link.getAttribute('ping')).toBe(
      `${process.env.CMS_URL}/api/insights/download?c=intervention-tools&id=${tool.id}`,
    )
    const download = page.waitForEvent('download').catch(() => null)
    await link.click()
    await download
    await until(async () => (await readers())[0]?.downloads === 1, 'the download ping')
    // The second page view (this tab) and the download, in one row for the month.
    expect(await readers()).toMatchObject([{ item: String(tool.id), views: 2, downloads: 1 }])
    await context.close()
  })
})
