/**
 * The README's path from the quick start to production, run as written, on real parts.
 *
 * 1. The quick start (`scripts/start.sh`, without the dependency install) makes a database in a
 *    temporary NLV_DATA_DIR: committed migrations, seed, generated secrets, the CMS's
 *    production build, the first site build. Content is then added through the REST API
 *    (written, submitted, approved by the committee, published, built into the site), and the
 *    quick start is run a second time (build and database reused).
 * 2. The README's Production steps, in order, with NODE_ENV=production: environment, build,
 *    backup, migrate, start, serve (all but `pnpm install`, which the test run has done). Then the admin, the API and the site are checked, and the
 *    backup is restored (typed as a path relative to a subfolder, as a user would).
 * 3. A production refusal (a weak secret) stops the process with a non-zero exit.
 *
 * Cost: about 5 minutes on a 2-core machine (five CMS start-ups, the seed, two site builds).
 * The CMS build (`next build`, about 4 minutes) is reused whenever cms/.next was built from
 * the same sources (scripts/build-cms.mjs hashes them); `npm start` reuses it in turn.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { itemPath } from '@nlv/shared/urls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const minutes = (n: number) => n * 60_000

interface Proc {
  child: ChildProcess
  output: () => string
  exited: Promise<number>
  stop: () => Promise<void>
}

/** Runs a command in its own process group (so that `stop` ends all it started). */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root): Proc {
  let output = ''
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'], // no terminal: nothing may wait on a question
  })
  child.stdout?.on('data', (d) => (output += d))
  child.stderr?.on('data', (d) => (output += d))
  const exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)))
  const stop = async () => {
    if (child.exitCode !== null || !child.pid) return
    try {
      process.kill(-child.pid, 'SIGTERM')
    } catch {
      return // already gone
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))])
    try {
      process.kill(-child.pid, 'SIGKILL')
    } catch {
      // gone
    }
  }
  return { child, output: () => output, exited, stop }
}

async function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = root) {
  const proc = launch(command, args, env, cwd)
  const code = await proc.exited
  return { code, output: proc.output() }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  ms: number,
  proc?: Proc,
) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) break
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`timed out waiting for ${what}:\n${proc?.output().slice(-4000) ?? ''}`)
}

const ok = async (url: string) => ((await fetch(url)).ok ? true : undefined)

let dataDir: string
let cmsUrl: string
let siteUrl: string
/** The environment a person has in their shell: no test settings, no secrets. */
let baseEnv: NodeJS.ProcessEnv
let password: string
let added: { id: number | string; slug: string; title: string }
let backupDir: string
const running: Proc[] = []

async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${cmsUrl}/api/${pathname}`, {
    ...init,
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
    },
  })
  const body = (await response.json().catch(() => null)) as Record<string, any> | null
  return { status: response.status, body }
}

async function login(role: 'admin' | 'editor' | 'reviewer'): Promise<string> {
  const { status, body } = await api('users/login', {
    method: 'POST',
    body: JSON.stringify({ email: `${role}@nourrirlavie.local`, password }),
  })
  expect(status, JSON.stringify(body)).toBe(200)
  return body!.token as string
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'nlv-production-path-'))
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  cmsUrl = `http://localhost:${cmsPort}`
  siteUrl = `http://localhost:${sitePort}`
  baseEnv = { ...process.env }
  for (const name of ['NODE_ENV', 'DATABASE_URL', 'PAYLOAD_SECRET', 'SEED_PASSWORD', 'VITEST'])
    delete baseEnv[name]
  for (const name of Object.keys(baseEnv)) if (name.startsWith('NLV_')) delete baseEnv[name]
  Object.assign(baseEnv, {
    PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    CMS_URL: cmsUrl,
    SITE_URL: siteUrl,
    NLV_DATA_DIR: dataDir,
  })
}, minutes(1))

afterAll(async () => {
  for (const proc of running) await proc.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('from the quick start to production, as the README says', () => {
  it(
    'the quick start makes its database with the migrations and generates its secrets',
    async () => {
      const quick = launch('bash', ['scripts/start.sh'], {
        ...baseEnv,
        NLV_START_SKIP_INSTALL: '1',
      })
      running.push(quick)
      await waitFor(
        'the quick start',
        async () => (quick.output().includes('Nourrir la vie is running') ? true : undefined),
        minutes(15),
        quick,
      )
      const secretsFile = path.join(dataDir, 'secrets.json')
      expect(statSync(secretsFile).mode & 0o777).toBe(0o600)
      const secrets = JSON.parse(readFileSync(secretsFile, 'utf8'))
      expect(secrets.PAYLOAD_SECRET).toMatch(/^[0-9a-f]{64}$/)
      password = secrets.SEED_PASSWORD
      expect(password.length).toBeGreaterThanOrEqual(16)
      // Shown once, with where it is kept; the development default is nowhere.
      expect(quick.output()).toContain(`admin@nourrirlavie.local  password: ${password}`)
      expect(quick.output()).toContain(secretsFile)
      expect(quick.output()).not.toContain('nourrir-la-vie-dev')

      // Content added through the API: written, submitted, approved, published.
      const [editor, reviewer] = [await login('editor'), await login('reviewer')]
      const title = 'Fiche ajoutée avant la mise en production'
      const created = await api('fact-sheets?draft=true', {
        method: 'POST',
        token: editor,
        body: JSON.stringify({
          title,
          summary: 'Ajoutée par l’API sur la base du démarrage rapide.',
          keyMessages: [{ text: 'Passe en production sans changement.' }],
          _status: 'draft',
        }),
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const doc = created.body!.doc
      for (const [action, token] of [
        ['submit', editor],
        ['approve', reviewer],
        ['publish', editor],
      ] as const) {
        const step = await api(`fact-sheets/${doc.id}/workflow/${action}`, {
          method: 'POST',
          token,
          body: '{}',
        })
        expect(step.status, `${action}: ${JSON.stringify(step.body)}`).toBe(200)
      }
      added = { id: doc.id, slug: doc.slug, title }
      // The publish queued a site build, which the CMS runs; the site then serves the page.
      const page = `${siteUrl}${itemPath('fact-sheets', added.slug, 'fr')}`
      await waitFor('the published page on the site', () => ok(page), minutes(5), quick)
      await quick.stop()

      // A later start reuses the build and the database, and shows no password.
      const again = launch('bash', ['scripts/start.sh'], {
        ...baseEnv,
        NLV_START_SKIP_INSTALL: '1',
      })
      running.push(again)
      await waitFor(
        'the second quick start',
        async () => (again.output().includes('Nourrir la vie is running') ? true : undefined),
        minutes(5),
        again,
      )
      expect(again.output()).toContain('the CMS build is up to date')
      expect(again.output()).toContain('as the last start left them')
      expect(again.output()).not.toContain(password)
      await again.stop()
    },
    minutes(25),
  )

  it(
    '1–2. with the production environment, the build is the one the quick start made',
    async () => {
      baseEnv = {
        ...baseEnv,
        NODE_ENV: 'production',
        // `openssl rand -hex 32`; DATABASE_URL unset: the SQLite file in NLV_DATA_DIR.
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      }
      const build = await run('pnpm', ['--filter', '@nlv/cms', 'build'], baseEnv)
      expect(build.code, build.output).toBe(0)
      expect(build.output).toContain('up to date (sources unchanged)')
    },
    minutes(10),
  )

  it(
    '3. `pnpm backup`, then `pnpm --filter @nlv/cms migrate`, without a question',
    async () => {
      const backup = await run('pnpm', ['backup'], baseEnv)
      expect(backup.code, backup.output).toBe(0)
      backupDir = /\[backup\] .* written to (\S+)/.exec(backup.output)![1]!
      expect(backupDir.startsWith(path.join(dataDir, 'backups'))).toBe(true)

      const migrate = await run('pnpm', ['--filter', '@nlv/cms', 'migrate'], baseEnv)
      expect(migrate.code, migrate.output).toBe(0)
      expect(migrate.output).toContain('database is up to date')
      // (An import stall retried by tsx-retry is Node's, not a question: it may happen.)
      expect(migrate.output).not.toMatch(/dev mode|after its imports|y\/N/)
    },
    minutes(5),
  )

  it(
    '4. start and serve: the admin, the API and the site answer',
    async () => {
      const cms = launch('pnpm', ['--filter', '@nlv/cms', 'start'], baseEnv)
      const site = launch('pnpm', ['--filter', '@nlv/cms', 'serve:site'], baseEnv)
      running.push(cms, site)
      await waitFor('the CMS', () => ok(`${cmsUrl}/api/users/me`), minutes(3), cms)

      const loginPage = await fetch(`${cmsUrl}/admin/login`)
      expect(loginPage.status).toBe(200)
      expect(await loginPage.text()).toMatch(/<html[^>]*lang="fr"/)
      const token = await login('admin')
      const dashboard = await fetch(`${cmsUrl}/admin`, {
        headers: { cookie: `payload-token=${token}` },
      })
      expect(dashboard.status).toBe(200)

      const published = await fetch(`${cmsUrl}/api/fact-sheets?where[slug][equals]=${added.slug}`)
      expect((await published.json()).docs.map((d: { title: string }) => d.title)).toEqual([
        added.title,
      ])

      const page = `${siteUrl}${itemPath('fact-sheets', added.slug, 'fr')}`
      await waitFor('the site', () => ok(page), minutes(1), site)
      expect(await (await fetch(page)).text()).toContain(added.title)
      expect((await fetch(`${siteUrl}/`)).status).toBe(200)
    },
    minutes(10),
  )

  it(
    'the backup restores what was there when it was taken',
    async () => {
      const token = await login('admin')
      const removed = await api(`fact-sheets/${added.id}`, { method: 'DELETE', token })
      expect(removed.status, JSON.stringify(removed.body)).toBe(200)
      for (const proc of running.splice(0)) await proc.stop()

      // Typed from a subfolder of the repository, relative to it.
      const from = path.join(root, 'docs')
      const restore = await run('pnpm', ['restore', path.relative(from, backupDir)], baseEnv, from)
      expect(restore.code, restore.output).toBe(0)

      const cms = launch('pnpm', ['--filter', '@nlv/cms', 'start'], baseEnv)
      running.push(cms)
      await waitFor('the CMS', () => ok(`${cmsUrl}/api/users/me`), minutes(3), cms)
      const back = await api(`fact-sheets/${added.id}`)
      expect(back.status).toBe(200)
      expect(back.body!.title).toBe(added.title)
      for (const proc of running.splice(0)) await proc.stop()
    },
    minutes(6),
  )

  it(
    'a production refusal stops the process with its message and a non-zero exit',
    async () => {
      const cms = launch('pnpm', ['--filter', '@nlv/cms', 'start'], {
        ...baseEnv,
        PAYLOAD_SECRET: 'too-short',
      })
      running.push(cms)
      const code = await Promise.race([
        cms.exited,
        new Promise<string>((r) => setTimeout(() => r('still running'), minutes(2))),
      ])
      expect(code, cms.output()).not.toBe(0)
      expect(code).not.toBe('still running')
      expect(cms.output()).toContain('refusing to start: PAYLOAD_SECRET is missing')
    },
    minutes(3),
  )
})
