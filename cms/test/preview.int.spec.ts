/**
 * The preview route (`app/(preview)/preview/[collection]/[id]/route.ts`), called directly with
 * a real Payload: the team sees the latest draft (or a given version) rendered as the site
 * renders it; nobody else sees anything, and nothing is cached or indexed.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { GET } from '../src/app/(preview)/preview/[collection]/[id]/route'
import { env } from '../src/env'
import { buildSiteDir } from '../src/publishing/paths'
import { runSiteBuild } from '../src/publishing/runSiteBuild'
import { transition } from '../src/workflow/transition'
import { validData } from './helpers/fixtures'
import { createUsers, testPayload, type Role } from './helpers/payload'
import { heading as headingNode, paragraph, root } from '@nlv/shared/test/lexical'

const FS = 'fact-sheets' as const

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
const tokens = {} as Record<Role, string>

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  for (const role of ['admin', 'editor', 'reviewer'] as const) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: users[role].email, password: 'test-password-1' },
    })
    tokens[role] = token!
  }
})

interface Call {
  role?: Role
  /**
   * Send the token as the admin's session cookie, from a page of this origin (the browser
   * says so in `Sec-Fetch-Site`), rather than in a header.
   */
  cookie?: boolean | 'cross-site'
}

/** Calls the route handler as Next would, with the given user's credentials. */
async function preview(pathAndQuery: string, { role, cookie = false }: Call = {}) {
  const headers = new Headers()
  if (role && cookie) {
    headers.set('Cookie', `payload-token=${tokens[role]}`)
    headers.set('Sec-Fetch-Site', cookie === 'cross-site' ? 'cross-site' : 'same-origin')
  } else if (role) headers.set('Authorization', `JWT ${tokens[role]}`)
  const url = new URL(pathAndQuery, 'http://localhost:3000')
  const [, , collection, id] = url.pathname.split('/')
  const res = await GET(new Request(url, { headers }), {
    params: Promise.resolve({ collection: collection!, id: decodeURIComponent(id!) }),
  })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

const heading = (title: string) => headingNode('h2', title)
const body = root

/** A new draft fact sheet written by the editor. */
async function draftFactSheet(title: string, extra: Record<string, unknown> = {}) {
  const doc = await payload.create({
    collection: FS,
    data: { ...validData(FS, title), ...extra } as never,
    draft: true,
    user: users.editor,
    overrideAccess: false,
  })
  return String(doc.id)
}

/** Submits, approves and publishes a document (as the system, like the workflow tests). */
async function publish(id: string) {
  for (const action of ['submit', 'approve', 'publish']) {
    await transition(payload, { collection: FS, id, action, user: null, message: 'Test' })
  }
}

const articleOf = (html: string) => {
  const start = html.indexOf('<article class="item"')
  const end = html.indexOf('</article>', start)
  expect(start, 'no article in the page').toBeGreaterThanOrEqual(0)
  return html.slice(start, end + '</article>'.length)
}

describe('who may preview', () => {
  let id: string
  beforeAll(async () => {
    id = await draftFactSheet('Fiche à relire', {
      summary: 'Texte du brouillon que le comité doit relire.',
    })
  })

  it.each(['reviewer', 'editor', 'admin'] as const)(
    'a logged-in %s sees the draft’s text',
    async (role) => {
      const res = await preview(`/preview/${FS}/${id}?locale=fr`, { role })
      expect(res.status).toBe(200)
      expect(res.headers.get('Content-Type')).toBe('text/html; charset=utf-8')
      expect(res.html).toContain('<h1 id="titre" data-pagefind-weight="10">Fiche à relire</h1>')
      expect(res.html).toContain('Texte du brouillon que le comité doit relire.')
      expect(res.html).toContain('<li>Un message clé.</li>')
      expect(res.html).toMatch(/^<!DOCTYPE html><html lang="fr"/)
    },
  )

  it('accepts the admin’s session cookie (the « Aperçu » button opens a new tab)', async () => {
    const res = await preview(`/preview/${FS}/${id}`, { role: 'reviewer', cookie: true })
    expect(res.status).toBe(200)
    expect(res.html).toContain('Texte du brouillon que le comité doit relire.')
  })

  it('ignores the session cookie on a request from another site (Payload’s CSRF rule)', async () => {
    const res = await preview(`/preview/${FS}/${id}`, { role: 'reviewer', cookie: 'cross-site' })
    expect(res.status).toBe(401)
    expect(res.html).not.toContain('Texte du brouillon')
  })

  it('refuses an anonymous request, in French, with a way to log in', async () => {
    const res = await preview(`/preview/${FS}/${id}?locale=fr`)
    expect(res.status).toBe(401)
    expect(res.html).toContain('<h1>Connexion requise</h1>')
    expect(res.html).toContain(
      `href="/admin/login?redirect=${encodeURIComponent(`/preview/${FS}/${id}?locale=fr`)}"`,
    )
    expect(res.html).not.toContain('Fiche à relire')
    expect(res.html).not.toContain('Texte du brouillon')
  })

  it('refuses a forged or expired token like no token', async () => {
    const headers = { Authorization: 'JWT not.a.token' }
    const res = await GET(new Request(`http://localhost:3000/preview/${FS}/${id}`, { headers }), {
      params: Promise.resolve({ collection: FS, id }),
    })
    expect(res.status).toBe(401)
    expect(await res.text()).not.toContain('Texte du brouillon')
  })

  it.each([
    ['an anonymous request', undefined],
    ['a reviewer', 'reviewer' as const],
  ])('answers %s privately: never stored, never indexed', async (_who, role) => {
    const res = await preview(`/preview/${FS}/${id}`, { role })
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
    expect(res.headers.get('X-Robots-Tag')).toContain('noindex')
    expect(res.html).toContain('<meta name="robots" content="noindex, nofollow">')
  })
})

describe('what is previewed', () => {
  it('a draft never published says « Brouillon — non publié », not a publication date; once published, its date', async () => {
    const id = await draftFactSheet('Fiche jamais publiée')
    const draft = await preview(`/preview/${FS}/${id}?locale=fr`, { role: 'editor' })
    const article = articleOf(draft.html)
    expect(article).toContain('Brouillon — non publié')
    expect(article).not.toMatch(/Publié le/)
    await publish(id)
    const online = articleOf(
      (await preview(`/preview/${FS}/${id}?locale=fr`, { role: 'editor' })).html,
    )
    expect(online).not.toContain('Brouillon — non publié')
    expect(online).toMatch(/Publié le/)
  })

  it('shows a draft-only edit of a published document; the public still gets the published text', async () => {
    const id = await draftFactSheet('Fiche en ligne', { summary: 'Résumé publié.' })
    await publish(id)
    await payload.update({
      collection: FS,
      id,
      draft: true,
      data: { summary: 'Résumé corrigé, encore en brouillon.' } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const publicDoc = await payload.findByID({ collection: FS, id, overrideAccess: false })
    expect(publicDoc.summary).toBe('Résumé publié.')

    const latest = await preview(`/preview/${FS}/${id}`, { role: 'reviewer' })
    expect(latest.status).toBe(200)
    expect(latest.html).toContain('Résumé corrigé, encore en brouillon.')
    expect(latest.html).not.toContain('Résumé publié.')
    expect(latest.html).toContain('Aperçu de la dernière version enregistrée')

    // The published version, by its id in the versions collection.
    const { docs } = await payload.findVersions({
      collection: FS,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
    })
    const versionId = String(docs[0]!.id)
    const old = await preview(`/preview/${FS}/${id}?version=${versionId}`, { role: 'reviewer' })
    expect(old.status).toBe(200)
    expect(old.html).toContain('Résumé publié.')
    expect(old.html).not.toContain('Résumé corrigé')
    expect(old.html).toContain('Aperçu de la version du ')
    expect(old.html).toContain(`href="/admin/collections/${FS}/${id}/versions/${versionId}"`)

    // A version of another document is not this document's.
    const other = await draftFactSheet('Autre fiche')
    const wrong = await preview(`/preview/${FS}/${other}?version=${versionId}`, {
      role: 'reviewer',
    })
    expect(wrong.status).toBe(404)
  })

  it('previews each language the document is written in', async () => {
    const id = await draftFactSheet('Fiche bilingue')
    expect((await preview(`/preview/${FS}/${id}?locale=en`, { role: 'reviewer' })).status).toBe(404)
    await payload.update({
      collection: FS,
      id,
      locale: 'en',
      draft: true,
      data: {
        title: 'Bilingual sheet',
        summary: 'An English summary.',
        keyMessages: [{ text: 'One key message.' }],
      } as never,
      user: users.editor,
      overrideAccess: false,
    })
    const en = await preview(`/preview/${FS}/${id}?locale=en`, { role: 'reviewer' })
    expect(en.status).toBe(200)
    expect(en.html).toMatch(/^<!DOCTYPE html><html lang="en"/)
    expect(en.html).toContain('>Bilingual sheet</h1>')
    expect(en.html).toContain('>Key messages</h2>')
    expect(en.html).toContain(`href="/preview/${FS}/${id}?locale=fr"`)
  })

  it('previews every content type', async () => {
    for (const collection of ['intervention-tools', 'webinars', 'publications'] as const) {
      const doc = await payload.create({
        collection,
        data: validData(collection, `Aperçu ${collection}`) as never,
        draft: true,
        user: users.editor,
        overrideAccess: false,
      })
      const res = await preview(`/preview/${collection}/${doc.id}`, { role: 'reviewer' })
      expect(res.status, collection).toBe(200)
      expect(res.html).toContain(`<span class="badge badge--${collection}">`)
      expect(res.html).toContain(`>Aperçu ${collection}</h1>`)
    }
  })

  it('says what an incomplete draft still lacks instead of a broken page', async () => {
    const doc = await payload.create({
      collection: 'webinars',
      data: { title: 'Webinaire incomplet', summary: 'Sans date ni durée.' } as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    const res = await preview(`/preview/webinars/${doc.id}`, { role: 'reviewer' })
    expect(res.status).toBe(422)
    expect(res.html).toContain('<h1>Aperçu impossible</h1>')
    expect(res.html).toContain('recordedAt')
    expect(res.headers.get('Cache-Control')).toBe('private, no-store')
  })

  it('links, like the site, only to published items, at their address on the public site', async () => {
    const online = await payload.create({
      collection: 'intervention-tools',
      data: validData('intervention-tools', 'Outil en ligne') as never,
      draft: true,
      user: users.editor,
      overrideAccess: false,
    })
    for (const action of ['submit', 'approve', 'publish']) {
      await transition(payload, {
        collection: 'intervention-tools',
        id: online.id,
        action,
        user: null,
        message: 'Test',
      })
    }
    const unpublished = await draftFactSheet('Fiche pas encore en ligne')
    const internal = (relationTo: string, value: unknown, label: string) => ({
      type: 'link',
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { linkType: 'internal', newTab: false, doc: { relationTo, value } },
      children: paragraph(label).children,
    })
    const id = await draftFactSheet('Fiche avec liens', {
      body: body({
        ...paragraph(''),
        children: [
          internal('intervention-tools', online.id, 'l’outil'),
          internal(FS, Number(unpublished) || unpublished, 'la fiche'),
        ],
      }),
    })
    const res = await preview(`/preview/${FS}/${id}`, { role: 'reviewer' })
    expect(res.status).toBe(200)
    const slug = (await payload.findByID({ collection: 'intervention-tools', id: online.id })).slug
    expect(res.html).toContain(`<a href="${env.SITE_URL}/outils/${slug}/">l’outil</a>`)
    expect(res.html).toContain('l’outil</a>la fiche</p>')
  })

  it('answers 404 for an unknown document or collection', async () => {
    expect((await preview(`/preview/${FS}/999999`, { role: 'reviewer' })).status).toBe(404)
    expect((await preview(`/preview/users/1`, { role: 'admin' })).status).toBe(404)
    expect((await preview(`/preview/${FS}/abc`, { role: 'reviewer' })).status).toBe(404)
  })
})

describe('the admin’s « Aperçu » button', () => {
  it('opens this route for the document, in the language being edited', async () => {
    const id = await draftFactSheet('Fiche du bouton')
    const generate = payload.collections[FS].config.admin.preview!
    const url = await generate({ id }, { locale: 'en', req: {} as never, token: null })
    expect(url).toBe(`/preview/${FS}/${id}?locale=en`)
    const fr = await generate({ id }, { locale: 'fr', req: {} as never, token: null })
    const res = await preview(fr!, { role: 'reviewer' })
    expect(res.status).toBe(200)
    expect(res.html).toContain('>Fiche du bouton</h1>')
  })
})

describe('the preview is the public page', () => {
  it('renders a published fiche’s article exactly as the built site does, with the same CSS', async () => {
    const id = await draftFactSheet('Fiche à comparer', {
      summary: 'Une fiche rendue par le site et par l’aperçu.',
      keyMessages: [{ text: 'Premier message.' }, { text: 'Second message « entre guillemets ».' }],
      body: body(
        heading('Pourquoi en parler'),
        paragraph('Un paragraphe & des caractères <spéciaux>.'),
        heading('Comment faire'),
        paragraph('Un autre.'),
        heading('Au suivi'),
        paragraph('Le dernier.'),
      ),
      references: [
        {
          authors: 'Santé Canada',
          title: 'Acide folique',
          year: 2023,
          url: 'https://www.canada.ca/fr/sante-canada.html',
        },
      ],
    })
    await publish(id)
    const build = await runSiteBuild(payload, { trigger: 'test de l’aperçu', force: true })
    expect(build.status, String(build.error)).toBe('succeeded')
    const doc = await payload.findByID({ collection: FS, id, overrideAccess: true })
    const page = await readFile(
      path.join(buildSiteDir(build.buildId), 'fiches', String(doc.slug), 'index.html'),
      'utf8',
    )

    const res = await preview(`/preview/${FS}/${id}?locale=fr`, { role: 'reviewer' })
    expect(res.status).toBe(200)
    const article = articleOf(res.html)
    expect(article).toContain('<nav class="toc"')
    expect(article).toContain('des caractères &lt;spéciaux&gt;')
    expect(article).toBe(articleOf(page))

    // One design system: the site's stylesheet holds the shared CSS the preview inlines.
    const css = await Promise.all(
      [...page.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
        readFile(path.join(buildSiteDir(build.buildId), m[1]!), 'utf8'),
      ),
    )
    const siteCss = css.join('\n')
    for (const rule of ['.review-note{', '.key-messages{', '.rt-key-message{', '.toc{']) {
      expect(siteCss.replace(/\s/g, '')).toContain(rule)
      expect(res.html.replace(/\s/g, '')).toContain(rule)
    }
  }, 120_000)
})
