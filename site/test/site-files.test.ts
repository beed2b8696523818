/**
 * The site's copies of the files published content uses (`src/files/`): which files a
 * snapshot attaches, how their copies are named, and the content-addressed store that the
 * builds hard-link to (one copy of each file whatever the number of builds).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSnapshot, type Snapshot } from '@nlv/shared/snapshot'
import { collectStoreGarbage, linkFiles, prepareFiles } from '../src/files/placeFiles'
import { cmsFile, collectFiles, siteFileName, withSiteFiles } from '../src/files/siteFiles'
import { fixtureSnapshot } from './helpers/buildSite'

const cms = 'https://cms.nourrirlavie.test'
let snapshot: Snapshot
let tmp: string

beforeAll(async () => {
  snapshot = parseSnapshot(JSON.parse(await fs.readFile(fixtureSnapshot, 'utf8')))
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'nlv-site-files-'))
})
afterAll(() => fs.rm(tmp, { recursive: true, force: true }))

describe('which files a snapshot attaches', () => {
  it('reads CMS file URLs only: relative, or absolute at CMS_URL', () => {
    expect(cmsFile('/api/media/file/a%20b.webp', cms)).toEqual({
      collection: 'media',
      filename: 'a b.webp',
    })
    expect(cmsFile(`${cms}/api/documents/file/x.pdf`, cms)).toEqual({
      collection: 'documents',
      filename: 'x.pdf',
    })
    for (const url of [
      'https://other.example/api/documents/file/x.pdf',
      '/api/users/file/x',
      '/api/documents/file/..%2F..%2Fnlv.db',
      '/api/documents/file/%00.pdf',
      '//cms.nourrirlavie.test/api/media/file/x.webp',
      'javascript:alert(1)',
    ])
      expect(cmsFile(url, cms), url).toBeNull()
  })

  it('finds every size of every image and every document of the fixture, in fields and rich text', () => {
    const urls = collectFiles(snapshot, cms)
      .map((f) => f.url)
      .sort()
    expect(urls).toEqual([
      '/api/documents/file/aide-memoire-acide-folique.pdf',
      '/api/documents/file/calculateur-ppne-2025.xlsx',
      '/api/documents/file/cout-ppne-montreal-2024.pdf',
      '/api/documents/file/fiche-acide-folique.pdf',
      '/api/documents/file/grille-reperage-insecurite-alimentaire.pdf',
      '/api/documents/file/guide-nutrition-sociale-perinatale.pdf',
      '/api/documents/file/webinaire-allaitement-diapositives.pdf',
      '/api/media/file/acide-folique-aliments-480x270.webp',
      '/api/media/file/acide-folique-aliments-960x540.webp',
      '/api/media/file/acide-folique-aliments.webp',
    ])
  })

  it('takes a rich-text upload or block, never the target of a link', () => {
    const item = snapshot.items.find((i) => i.type === 'fact-sheets')!
    const body = {
      root: {
        type: 'root',
        children: [
          {
            type: 'upload',
            relationTo: 'media',
            value: {
              url: '/api/media/file/televerse.png',
              filename: 'televerse.png',
              mimeType: 'image/png',
              sizes: {
                card: { url: '/api/media/file/televerse-800.webp', mimeType: 'image/webp' },
              },
            },
          },
          {
            type: 'link',
            fields: {
              url: '/api/documents/file/brouillon.pdf',
              doc: {
                value: {
                  url: '/api/documents/file/lie.pdf',
                  filename: 'lie.pdf',
                  mimeType: 'application/pdf',
                },
              },
            },
            children: [],
          },
        ],
      },
    }
    const files = collectFiles(
      {
        ...snapshot,
        items: [{ ...item, locales: { fr: { ...item.locales.fr, body } } }],
      } as Snapshot,
      cms,
    ).map((f) => f.filename)
    expect(files).toContain('televerse.png')
    expect(files).toContain('televerse-800.webp')
    expect(files).not.toContain('brouillon.pdf')
    expect(files).not.toContain('lie.pdf')
  })

  it('rewrites exactly the URLs of the manifest, wherever they are', () => {
    const url = '/api/media/file/acide-folique-aliments.webp'
    const out = withSiteFiles(snapshot, { [url]: '/fichiers/0123456789abcdef/a.webp' })
    const text = JSON.stringify(out)
    expect(text).not.toContain(`"${url}"`)
    expect(text).toContain('/fichiers/0123456789abcdef/a.webp')
    expect(text).toContain('/api/documents/file/fiche-acide-folique.pdf')
  })
})

describe('the name of a copy', () => {
  it.each([
    ['Fiche fer — été.PDF', 'application/pdf', 'fiche-fer-ete.pdf'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpg'],
    ['page.html', 'application/pdf', 'page.pdf'],
    ['page.html', undefined, 'page.bin'],
    ['../../etc/passwd', undefined, 'passwd.bin'],
    ['.htaccess', undefined, 'htaccess.bin'],
    ['données.xlsx', undefined, 'donnees.xlsx'],
  ])('%j (%s) → %s', (name, mime, expected) => {
    expect(siteFileName(name, mime)).toBe(expected)
  })
})

describe('the store the builds share', () => {
  const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

  it('keeps each file once, names it by its hash, and links every build to it', async () => {
    const uploads = path.join(tmp, 'uploads')
    const store = path.join(tmp, 'store')
    const pdf = Buffer.from('%PDF-1.4 fiche')
    await fs.mkdir(path.join(uploads, 'documents'), { recursive: true })
    await fs.writeFile(path.join(uploads, 'documents', 'fiche.pdf'), pdf)
    // The same bytes under a second name: one file in the store, two names on the site.
    await fs.writeFile(path.join(uploads, 'documents', 'copie.pdf'), pdf)
    const wanted = [
      {
        url: '/api/documents/file/fiche.pdf',
        collection: 'documents',
        filename: 'fiche.pdf',
        mimeType: 'application/pdf',
      },
      {
        url: '/api/documents/file/copie.pdf',
        collection: 'documents',
        filename: 'copie.pdf',
        mimeType: 'application/pdf',
      },
    ] as const
    const source = { uploadsDir: uploads, cmsUrl: cms }
    const builds: string[] = []
    for (const name of ['build-1', 'build-2']) {
      const prepared = await prepareFiles([...wanted], source, store)
      const hash = sha(pdf).slice(0, 16)
      expect(prepared.manifest).toEqual({
        '/api/documents/file/fiche.pdf': `/fichiers/${hash}/fiche.pdf`,
        '/api/documents/file/copie.pdf': `/fichiers/${hash}/copie.pdf`,
      })
      expect(prepared.bytes).toBe(pdf.length)
      const out = path.join(tmp, name)
      expect(await linkFiles(prepared.files, out)).toBe(0)
      builds.push(path.join(out, 'fichiers', hash, 'fiche.pdf'))
    }
    expect(await fs.readdir(store)).toEqual([sha(pdf)])
    const [one, two] = await Promise.all(builds.map((f) => fs.stat(f)))
    const stored = await fs.stat(path.join(store, sha(pdf)))
    expect(one!.ino).toBe(stored.ino)
    expect(two!.ino).toBe(stored.ino)
    // The store's name and four links (two names in each of two builds).
    expect(stored.nlink).toBe(5)
    expect(await fs.readFile(builds[1]!)).toEqual(pdf)

    // Nothing is freed while a build links to a file; everything once none does.
    expect(await collectStoreGarbage(store)).toBe(0)
    await fs.rm(path.join(tmp, 'build-1'), { recursive: true })
    expect(await collectStoreGarbage(store)).toBe(0)
    await fs.rm(path.join(tmp, 'build-2'), { recursive: true })
    expect(await collectStoreGarbage(store)).toBe(pdf.length)
    expect(await fs.readdir(store)).toEqual([])
  })

  it('fetches what is not on the disk from the CMS, with the build token (a remote build)', async () => {
    const { createServer } = await import('node:http')
    const bytes = Buffer.from('%PDF-1.4 à distance')
    const seen: string[] = []
    const server = createServer((req, res) => {
      seen.push(`${req.url} ${req.headers.authorization}`)
      if (req.headers.authorization !== 'Bearer jeton-de-construction-0123456789abcd')
        return void res.writeHead(403).end()
      if (req.url !== '/api/documents/file/distant%20fiche.pdf')
        return void res.writeHead(404).end()
      res.writeHead(200, { 'Content-Type': 'application/pdf' }).end(bytes)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const cmsUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`
    const wanted = [
      {
        url: `${cmsUrl}/api/documents/file/distant%20fiche.pdf`,
        collection: 'documents',
        filename: 'distant fiche.pdf',
        mimeType: 'application/pdf',
      },
    ] as const
    try {
      const store = path.join(tmp, 'remote-store')
      const ok = await prepareFiles(
        [...wanted],
        { cmsUrl, buildToken: 'jeton-de-construction-0123456789abcd' },
        store,
      )
      expect(ok.fetched).toBe(1)
      expect(Object.values(ok.manifest)).toEqual([
        `/fichiers/${sha(bytes).slice(0, 16)}/distant-fiche.pdf`,
      ])
      expect(await fs.readFile(path.join(store, sha(bytes)))).toEqual(bytes)
      await expect(
        prepareFiles(
          [...wanted],
          { cmsUrl, buildToken: 'un-autre-jeton-0123456789abcdefgh' },
          store,
        ),
      ).rejects.toThrow(
        /documents\/distant fiche\.pdf .*HTTP 403 \(is NLV_BUILD_TOKEN the CMS’s\?\)/,
      )
      expect(seen[0]).toBe(
        '/api/documents/file/distant%20fiche.pdf Bearer jeton-de-construction-0123456789abcd',
      )
    } finally {
      server.close()
    }
  })

  it('a file neither on the disk nor reachable fails, naming it', async () => {
    const wanted = [
      { url: '/api/media/file/absente.webp', collection: 'media', filename: 'absente.webp' },
    ] as const
    await expect(
      prepareFiles(
        [...wanted],
        { uploadsDir: path.join(tmp, 'vide'), cmsUrl: cms },
        path.join(tmp, 's2'),
      ),
    ).rejects.toThrow(/media\/absente\.webp is not in .*without NLV_BUILD_TOKEN/)
  })
})
