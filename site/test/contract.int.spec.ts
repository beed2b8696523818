/**
 * A broken contract fails the build loudly, naming the item and the field; hostile rich
 * text is skipped with a build warning, never rendered and never a crash.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { SnapshotInput } from '@nlv/shared/snapshot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureSnapshot } from './fixtures/fixture-snapshot'
import { buildSite } from './helpers/buildSite'
import { readPage } from './helpers/readSite'

let tmp: string

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'nlv-contract-'))
})
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

async function writeSnapshot(
  name: string,
  edit: (snapshot: SnapshotInput) => void,
): Promise<string> {
  const snapshot = fixtureSnapshot()
  edit(snapshot)
  const file = path.join(tmp, `${name}.json`)
  await writeFile(file, JSON.stringify(snapshot))
  return file
}

const item = (snapshot: SnapshotInput, id: string) => {
  const found = snapshot.items.find((i) => i.id === id)
  if (!found) throw new Error(`no item ${id} in the fixture`)
  return found as unknown as Record<string, unknown> & {
    locales: Record<string, Record<string, unknown>>
  }
}

describe('a snapshot that breaks the contract', () => {
  it('fails the build with the item id and the field', async () => {
    const file = await writeSnapshot('bad-date', (s) => {
      item(s, 'fs-fer').publishedAt = 'la semaine dernière'
      delete item(s, 'pub-ppne-2024').year
    })
    const result = await buildSite({ snapshot: file })
    await result.cleanup()
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('Invalid published snapshot')
    expect(result.output).toContain('item fact-sheets/fs-fer: field "publishedAt"')
    expect(result.output).toContain('item publications/pub-ppne-2024: field "year"')
    expect(existsSync(path.join(result.outDir, 'index.html'))).toBe(false)
  })

  it('fails the build on a broken change log entry, naming the item and the field', async () => {
    const file = await writeSnapshot('bad-change', (s) => {
      item(s, 'fs-fer').changes = [
        { date: 'hier', note: { fr: 'Une note.' } },
        { date: '2025-01-01', note: { fr: 'x'.repeat(301) } },
      ]
    })
    const result = await buildSite({ snapshot: file })
    await result.cleanup()
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('item fact-sheets/fs-fer: field "changes.0.date"')
    expect(result.output).toContain('item fact-sheets/fs-fer: field "changes.1.note.fr"')
  })

  it('fails the build when two items want the same address', async () => {
    const file = await writeSnapshot('duplicate-slug', (s) => {
      item(s, 'fs-fer').locales.fr!.slug = 'acide-folique-grossesse'
    })
    const result = await buildSite({ snapshot: file })
    await result.cleanup()
    expect(result.code).not.toBe(0)
    expect(result.output).toContain(
      'items fact-sheets/fs-acide-folique and fact-sheets/fs-fer both want /fiches/acide-folique-grossesse/',
    )
  })

  it('fails the build when the snapshot is missing', async () => {
    const result = await buildSite({ snapshot: path.join(tmp, 'nowhere.json') })
    await result.cleanup()
    expect(result.code).not.toBe(0)
    expect(result.output).toContain('Cannot read the published snapshot')
  })
})

describe('hostile rich text', () => {
  it('is skipped with a warning naming the item and field, and never reaches the page', async () => {
    const file = await writeSnapshot('hostile', (s) => {
      const body = item(s, 'fs-nausees').locales.fr!.body as { root: { children: unknown[] } }
      body.root.children.push(
        { type: 'video-embed', src: 'https://tracker.example/x' },
        {
          type: 'paragraph',
          children: [
            {
              type: 'link',
              fields: { linkType: 'custom', url: 'javascript:alert(1)' },
              children: [{ type: 'text', text: 'cliquez ici' }],
            },
            { type: 'text', text: '<img src=x onerror=alert(1)>' },
          ],
        },
      )
    })
    const result = await buildSite({ snapshot: file })
    try {
      expect(result.code).toBe(0)
      expect(result.output).toContain(
        '[nlv:rich-text] fact-sheets/fs-nausees field "locales.fr.body": Skipped unknown rich-text node type "video-embed"',
      )
      expect(result.output).toMatch(
        /fact-sheets\/fs-nausees field "locales\.fr\.body": Removed rich-text link "javascript:alert\(1\)"/,
      )
      const html = await readPage(result.outDir, '/fiches/nausees-vomissements-grossesse/')
      expect(html).toContain('cliquez ici')
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(html).not.toMatch(/javascript:/i)
      expect(html).not.toContain('tracker.example')
      expect(await readFile(path.join(result.outDir, 'index.html'), 'utf8')).toContain('<h1')
    } finally {
      await result.cleanup()
    }
  })
})
