/**
 * Drafts never reach the search index. The site is built from a snapshot made the way the
 * CMS makes it (only documents whose `_status` is `published`, see
 * cms/src/snapshot/buildSnapshot.ts) out of the fixture plus a published item and a draft,
 * each carrying its own canary word; the index must hold the first and never the second.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { SnapshotInput, SnapshotItemInput } from '@nlv/shared/snapshot'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSnapshot } from '@nlv/site/test/fixture-snapshot'
import { listFiles } from '@nlv/site/test/read-site'
import { launchBrowser } from '../helpers/browser'
import { startFixtureSite, type FixtureSite } from '../helpers/fixtureSite'
import { keepOffline } from '../helpers/offline'
import { bundleTexts, openSearch, resultPaths } from './searchPage'

/** Words that exist nowhere else, one per document. */
const publishedCanary = 'zzpubliecanari'
const draftCanary = 'zzbrouilloncanari'

type Status = 'draft' | 'published'
type Document = SnapshotItemInput & { _status: Status }

const sheet = (id: string, slug: string, word: string, status: Status): Document => ({
  _status: status,
  id,
  type: 'fact-sheets',
  publishedAt: '2025-09-01',
  updatedAt: '2025-09-01',
  themes: ['allaitement'],
  locales: {
    fr: {
      slug,
      title: `Fiche témoin ${word}`,
      summary: `Le mot ${word} ne figure que dans cette fiche.`,
      keyMessages: [`Retenir ${word}.`],
    },
    en: {
      slug: `${slug}-en`,
      title: `Canary sheet ${word}`,
      summary: `The word ${word} is only here.`,
    },
  },
})

/** What the CMS's snapshot export keeps: `where: { _status: { equals: 'published' } }`. */
const publishedOnly = (documents: Document[]): SnapshotItemInput[] =>
  documents.filter((doc) => doc._status === 'published').map(({ _status, ...item }) => item)

let tmp: string
let site: FixtureSite
let browser: Browser

beforeAll(async () => {
  const fixture = fixtureSnapshot()
  const documents: Document[] = [
    ...fixture.items.map((item) => ({ ...item, _status: 'published' as const })),
    sheet('fs-temoin-publie', 'fiche-temoin-publiee', publishedCanary, 'published'),
    sheet('fs-temoin-brouillon', 'fiche-temoin-brouillon', draftCanary, 'draft'),
  ]
  const snapshot: SnapshotInput = { ...fixture, items: publishedOnly(documents) }
  // The test means something only if the source really had the draft.
  expect(JSON.stringify(documents)).toContain(draftCanary)
  expect(JSON.stringify(snapshot)).not.toContain(draftCanary)
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nlv-search-drafts-'))
  const file = path.join(tmp, 'snapshot.json')
  await writeFile(file, JSON.stringify(snapshot))
  site = await startFixtureSite({ snapshot: file })
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
  await site?.close()
  await rm(tmp, { recursive: true, force: true })
})

describe('draft content', () => {
  it('is in no file of the search bundle, decompressed, while published content is', async () => {
    const texts = await bundleTexts(site.outDir)
    expect(texts.length).toBeGreaterThan(10)
    // Control: the published canary is found the same way (fragments are gzip inside).
    expect(texts.filter((t) => t.text.includes(publishedCanary)).map((t) => t.file)).not.toEqual([])
    expect(texts.filter((t) => t.text.includes(draftCanary)).map((t) => t.file)).toEqual([])
    // Nor its stem (the index holds stems, not words).
    expect(
      texts.filter((t) => t.text.includes(draftCanary.slice(0, 12))).map((t) => t.file),
    ).toEqual([])
  })

  it('is in no file of the built site at all', async () => {
    const files = await listFiles(site.outDir)
    const hits: string[] = []
    for (const file of files) {
      const bytes = await readFile(path.join(site.outDir, file))
      if (bytes.includes(draftCanary) || bytes.includes('fiche-temoin-brouillon')) hits.push(file)
    }
    expect(hits).toEqual([])
  })

  it('is not found by the search page, while the published canary is', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await keepOffline(page, site.url)
    await openSearch(page, `${site.url}/recherche/?q=${publishedCanary}`)
    expect(await resultPaths(page)).toEqual(['/fiches/fiche-temoin-publiee/'])
    await openSearch(page, `${site.url}/recherche/?q=${draftCanary}`)
    expect(await resultPaths(page)).toEqual([])
    await openSearch(page, `${site.url}/en/search/?q=${draftCanary}`)
    expect(await resultPaths(page)).toEqual([])
    await context.close()
  })
})
