/**
 * The repository's nginx configuration (`deploy/nginx/`), run by Debian's nginx
 * (`scripts/ensure-nginx.sh`) as this user on loopback, with its own prefix folder, in front
 * of the real CMS and the fixture site: the README's security headers, gzip and brotli,
 * a year's caching for files named by their content and `no-cache` for pages, request-size
 * limits (413) and per-address rate limits (429) on logins, password resets and the
 * reporting endpoints; the site and the admin reachable through it.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startCms, type RunningCms } from '../admin/cmsServer'

const nginxBin = '/usr/sbin/nginx'
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const { renderMain, renderNginx, brotliModule } = (await import(
  path.join(repo, 'deploy/nginx/render.mjs')
)) as {
  renderMain: (prefix: string, env?: Record<string, string>) => string
  renderNginx: (env?: Record<string, string>) => string
  brotliModule: string
}
const brotli = existsSync(brotliModule)

let prefix: string
let nginx: ChildProcess | undefined
let nginxLog = ''
let cms: RunningCms
let site: string
let admin: string
const siteDir = inject('fixtureSiteDir')

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

interface Reply {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
}

/** One request, with exactly the headers given (no automatic decompression). */
function request(
  base: string,
  pathname: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(pathname, base), { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    // nginx may answer 413 and close before the whole body is sent.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    )
    if (body !== undefined) req.end(body)
    else req.end()
  })
}

/** A file of the fixture site under `dir` (relative), found by a pattern. */
async function siteFile(dir: string, pattern: RegExp): Promise<string> {
  const names = await readdir(path.join(siteDir, dir), { recursive: true })
  const found = names.map(String).find((n) => pattern.test(n))
  if (!found) throw new Error(`no ${pattern} under ${dir}`)
  return `/${dir}/${found}`
}

beforeAll(async () => {
  expect(existsSync(nginxBin), 'run scripts/ensure-nginx.sh').toBe(true)
  cms = await startCms()
  prefix = await mkdtemp(path.join(tmpdir(), 'nlv-nginx-'))
  await mkdir(path.join(prefix, 'tmp'), { recursive: true })
  const [sitePort, cmsPort] = [await freePort(), await freePort()]
  site = `http://127.0.0.1:${sitePort}`
  admin = `http://127.0.0.1:${cmsPort}`
  await writeFile(path.join(prefix, 'nginx.conf'), renderMain(prefix))
  await writeFile(
    path.join(prefix, 'nourrir-la-vie.conf'),
    renderNginx({
      NLV_SITE_LISTEN: `127.0.0.1:${sitePort}`,
      NLV_SITE_HOST: '_',
      NLV_SITE_ROOT: siteDir,
      NLV_CMS_LISTEN: `127.0.0.1:${cmsPort}`,
      NLV_CMS_HOST: '_',
      NLV_CMS_UPSTREAM: new URL(cms.url).host.replace('localhost', '127.0.0.1'),
      // Small, so that the test sends a body over it quickly.
      NLV_MAX_UPLOAD_MB: '1',
    }),
  )
  const conf = ['-p', prefix, '-c', path.join(prefix, 'nginx.conf')]
  nginx = spawn(nginxBin, [...conf, '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] })
  nginx.stdout?.on('data', (d) => (nginxLog += d))
  nginx.stderr?.on('data', (d) => (nginxLog += d))
  for (let i = 0; i < 100; i++) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited: ${nginxLog}`)
    const up = await request(site, '/').then(
      () => true,
      () => false,
    )
    if (up) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nginx did not start: ${nginxLog}`)
}, 600_000)

afterAll(async () => {
  if (nginx?.pid && nginx.exitCode === null) {
    const exited = new Promise((r) => nginx!.once('exit', r))
    nginx.kill('SIGTERM')
    await exited
  }
  await cms?.stop()
  if (prefix) await rm(prefix, { recursive: true, force: true })
})

describe('the site through nginx', () => {
  it('serves pages with the README’s security headers, revalidated', async () => {
    const page = await request(site, '/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.body.toString()).toContain('<html lang="fr"')
    expect(page.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
    )
    expect(page.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(page.headers.server).toBe('nginx')
    const item = await request(site, '/fiches/acide-folique-grossesse/')
    expect(item.status).toBe(200)
    expect(item.headers['cache-control']).toBe('no-cache')
  })

  it('answers a miss with the site’s 404 page in its language, headers included', async () => {
    const fr = await request(site, '/nulle-part/')
    expect(fr.status).toBe(404)
    expect(fr.body.toString()).toContain('lang="fr"')
    expect(fr.headers['content-security-policy']).toContain("default-src 'self'")
    const en = await request(site, '/en/nowhere/')
    expect(en.status).toBe(404)
    expect(en.body.toString()).toContain('lang="en"')
  })

  it('compresses text with gzip, and with brotli when the module is there', async () => {
    const gz = await request(site, '/', { headers: { 'Accept-Encoding': 'gzip' } })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toMatch(/Accept-Encoding/)
    const css = await siteFile('_astro', /\.css$/)
    expect(
      (await request(site, css, { headers: { 'Accept-Encoding': 'gzip' } })).headers[
        'content-encoding'
      ],
    ).toBe('gzip')
    const br = await request(site, '/', { headers: { 'Accept-Encoding': 'br' } })
    expect(br.headers['content-encoding']).toBe(brotli ? 'br' : undefined)
    // Images and PDFs are compressed already: sent as they are.
    const image = await siteFile('fichiers', /\.webp$/)
    expect(
      (await request(site, image, { headers: { 'Accept-Encoding': 'gzip, br' } })).headers[
        'content-encoding'
      ],
    ).toBeUndefined()
  })

  it('caches files named by their content for a year; Pagefind’s fixed names are revalidated', async () => {
    const year = 'public, max-age=31536000, immutable'
    const css = await request(site, await siteFile('_astro', /\.css$/))
    expect(css.status).toBe(200)
    expect(css.headers['cache-control']).toBe(year)
    const pdf = await request(site, await siteFile('fichiers', /\.pdf$/))
    expect(pdf.status).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.headers['cache-control']).toBe(year)
    expect(pdf.headers['x-content-type-options']).toBe('nosniff')
    const fragment = await request(site, await siteFile('pagefind', /^fragment\/.+\.pf_fragment$/))
    expect(fragment.headers['cache-control']).toBe(year)
    const meta = await request(site, await siteFile('pagefind', /^pagefind\.[^/]+\.pf_meta$/))
    expect(meta.headers['cache-control']).toBe(year)
    for (const fixed of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      const res = await request(site, fixed)
      expect(res.status, fixed).toBe(200)
      expect(res.headers['cache-control'], fixed).toBe('no-cache')
    }
  })

  it('only reads: a write to the site is refused, a body over 16 KB gets 413, the CMS is not behind it', async () => {
    expect((await request(site, '/', { method: 'POST', body: 'x' })).status).toBe(403)
    const big = await request(site, '/api/insights/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.alloc(64 * 1024, 'a'),
    })
    expect(big.status).toBe(413)
    expect((await request(site, '/api/fact-sheets')).status).toBe(404)
    expect((await request(site, '/admin')).status).toBe(404)
  })
})

describe('the CMS through nginx', () => {
  it('the API is reachable, with the CMS’s own headers', async () => {
    const api = await request(admin, '/api/fact-sheets?limit=1')
    expect(api.status).toBe(200)
    expect(JSON.parse(api.body.toString()).docs).toEqual([])
    expect(api.headers['content-security-policy']).toContain("default-src 'self'")
    expect(api.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  // The first request to a page of `next dev` compiles it (minutes on a loaded machine).
  it('the admin is reachable', { timeout: 900_000 }, async () => {
    const login = await request(admin, '/admin/login')
    expect(
      [200, 307],
      `${login.status}: ${login.body.toString().slice(0, 300)}\n${cms.log().slice(-2000)}`,
    ).toContain(login.status)
    expect(login.headers['x-frame-options']).toBe('SAMEORIGIN')
  })

  it('refuses a body over the upload limit (413) before the CMS reads it', async () => {
    const res = await request(admin, '/api/media', {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: Buffer.alloc(2 * 1024 * 1024, 1),
    })
    expect(res.status).toBe(413)
    expect(res.headers.server).toBe('nginx')
    const login = await request(admin, '/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: Buffer.alloc(64 * 1024, 'a'),
    })
    expect(login.status).toBe(413)
  })

  /** Statuses of `n` requests sent at once. */
  const burst = (base: string, pathname: string, n: number) =>
    Promise.all(
      Array.from({ length: n }, () =>
        request(base, pathname, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ email: 'personne@example.org', password: 'mauvais-mot-de-passe' }),
        }).then((r) => r.status),
      ),
    )

  it.each([
    ['logins', '/api/users/login', 6, 14],
    ['password resets', '/api/users/forgot-password', 4, 10],
    ['the reporting endpoints (CMS)', '/api/insights/search', 31, 45],
  ])(
    'limits %s per client address: a burst gets 429 beyond its allowance',
    async (_, pathname, allowed, sent) => {
      const statuses = await burst(admin, pathname, sent)
      const limited = statuses.filter((s) => s === 429).length
      expect(limited, statuses.join(' ')).toBeGreaterThanOrEqual(sent - allowed)
      expect(statuses.filter((s) => s !== 429).length).toBeGreaterThan(0)
    },
    // The CMS answers the requests that pass slowly (a password hash, a mail).
    240_000,
  )

  it(
    'limits the reporting endpoints on the site’s origin too (one zone per address)',
    { timeout: 240_000 },
    async () => {
      // However full the bucket is, at most 31 of a burst pass (burst 30, plus one).
      const statuses = await burst(site, '/api/insights/view', 45)
      expect(statuses.filter((s) => s === 429).length, statuses.join(' ')).toBeGreaterThanOrEqual(
        14,
      )
    },
  )
})
