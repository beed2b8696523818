/**
 * The live-site server (`pnpm --filter @nlv/cms serve:site`) on a small built site in a
 * temporary folder: what it serves, its headers, and the addresses it refuses. Requests are
 * sent raw (node:http), as an attacker would, so that no client normalises the path first.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLiveSiteServer } from '../src/publishing/liveSiteServer'

let server: http.Server
let port: number
let dir: string
let liveDir: string

interface Answer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

const get = (rawPath: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: rawPath, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nlv-live-'))
  const site = path.join(dir, 'site')
  const files: Record<string, string> = {
    'index.html': '<h1>Accueil</h1>',
    'fiches/index.html': '<h1>Fiches</h1>',
    '404.html': '<h1>Page introuvable</h1>',
    'en/404.html': '<h1>Page not found</h1>',
    '_astro/app.123.js': 'console.log("app")',
    'fichiers/0123456789abcdef/fiche-fer.pdf': '%PDF-1.4',
    'pagefind/pagefind.js': 'export {}',
    'pagefind/pagefind-entry.json': '{}',
    'pagefind/fragment/fr_1a2b3c.pf_fragment': 'x',
  }
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(site, name)), { recursive: true })
    fs.writeFileSync(path.join(site, name), text)
  }
  liveDir = path.join(dir, 'live')
  fs.symlinkSync(site, liveDir)
  server = createLiveSiteServer({ liveDir })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('live-site server', () => {
  it('serves pages with the security headers, revalidated, gzip-compressed on request', async () => {
    const page = await get('/fiches/', { 'Accept-Encoding': 'gzip' })
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(page.body).toString()).toBe('<h1>Fiches</h1>')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers['content-security-policy']).toMatch(
      /^default-src 'self'; .*img-src 'self' data:; media-src 'self';.*frame-ancestors 'self'$/,
    )
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    const asset = await get('/_astro/app.123.js')
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(asset.headers['content-encoding']).toBeUndefined()
  })

  it('caches files named by their content for a year, and revalidates Pagefind’s fixed names', async () => {
    const cached = 'public, max-age=31536000, immutable'
    const file = await get('/fichiers/0123456789abcdef/fiche-fer.pdf')
    expect(file.status).toBe(200)
    expect(file.headers['content-type']).toBe('application/pdf')
    expect(file.headers['cache-control']).toBe(cached)
    expect((await get('/pagefind/fragment/fr_1a2b3c.pf_fragment')).headers['cache-control']).toBe(
      cached,
    )
    expect((await get('/pagefind/pagefind.js')).headers['cache-control']).toBe('no-cache')
    expect((await get('/pagefind/pagefind-entry.json')).headers['cache-control']).toBe('no-cache')
  })

  it('redirects a folder to its trailing slash, on the site', async () => {
    const res = await get('/fiches')
    expect(res.status).toBe(301)
    expect(res.headers.location).toBe('/fiches/')
    // Dot segments are resolved before the redirect is built.
    const dotted = await get('/en/../fiches')
    expect(dotted.headers.location).toBe('/fiches/')
  })

  it.each([
    ['an encoded second slash', '/%2fevil.example%2f..%2ffiches'],
    ['an encoded backslash', '/%5cevil.example%2f..%2ffiches'],
    ['a raw backslash', '/\\evil.example/../fiches'],
    ['a raw second slash', '//evil.example/../fiches'],
    ['a backslash further on', '/fiches%5c..%5c'],
    ['a NUL byte', '/fiches%00'],
    ['an undecodable escape', '/fiches%E0%A4%A'],
  ])('refuses %s with a 400 and never a redirect', async (_, rawPath) => {
    const res = await get(rawPath)
    expect(res.status).toBe(400)
    expect(res.headers.location).toBeUndefined()
    expect(res.headers['content-security-policy']).toBeTypeOf('string')
  })

  it('answers a miss with the nearest 404 page, and never serves outside the site', async () => {
    const fr = await get('/nulle-part')
    expect(fr.status).toBe(404)
    expect(fr.body.toString()).toContain('Page introuvable')
    const en = await get('/en/nowhere')
    expect(en.status).toBe(404)
    expect(en.body.toString()).toContain('Page not found')
    const outside = await get('/%2e%2e/%2e%2e/etc/passwd')
    expect(outside.status).toBe(404)
    expect(outside.body.toString()).not.toContain('root:')
  })

  it('says the site is being built while there is no live build yet', async () => {
    fs.renameSync(liveDir, `${liveDir}.away`)
    try {
      const res = await get('/')
      expect(res.status).toBe(503)
      expect(res.headers['retry-after']).toBe('10')
    } finally {
      fs.renameSync(`${liveDir}.away`, liveDir)
    }
  })
})
