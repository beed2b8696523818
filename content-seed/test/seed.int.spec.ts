import { contentTypes } from '@nlv/shared/content-types'
import { parseSnapshot } from '@nlv/shared/snapshot'
import { buildSnapshot } from '@nlv/cms/snapshot'
import { getPayload, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { referenceCost } from '@nlv/shared/ppne'
import { loadPpneSeed } from '../src/ppne'
import { loadSeedData } from '../src/records'
import { runSeed } from '../src/runSeed'

let payload: Payload
const lines: string[] = []
const collections = [
  ...contentTypes,
  'ppne-periods',
  'ppne-categories',
  'ppne-profiles',
  'themes',
  'audiences',
  'stages',
  'media',
  'documents',
  'users',
] as const

/** Every document of every collection, drafts and all locales included, plus version counts. */
async function dump() {
  const out: Record<string, unknown> = {}
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      locale: 'all',
      draft: true,
      depth: 0,
      limit: 10_000,
      sort: 'id',
      overrideAccess: true,
    })
    out[collection] = docs
  }
  for (const collection of contentTypes) {
    out[`${collection}:versions`] = (
      await payload.countVersions({ collection, overrideAccess: true })
    ).totalDocs
  }
  return out
}

beforeAll(async () => {
  const { default: config } = await import('@nlv/cms/payload.config')
  payload = await getPayload({ config })
  await runSeed(payload, { log: (l) => lines.push(l) })
})

describe('pnpm seed', () => {
  it('loads every seed item, drafts as drafts, and prints progress', async () => {
    const seed = loadSeedData()
    for (const type of contentTypes) {
      const all = await payload.find({
        collection: type,
        draft: true,
        limit: 1000,
        overrideAccess: true,
      })
      expect(all.totalDocs).toBe(seed.items[type].length)
      const published = await payload.find({ collection: type, limit: 1000, overrideAccess: false })
      expect(published.totalDocs).toBe(
        seed.items[type].filter((i) => i.status === 'published').length,
      )
    }
    expect(lines.some((l) => /created \(published, fr \+ en\)/.test(l))).toBe(true)
    expect(lines.at(-1)).toMatch(/done: \d+ records created/)
  })

  it('changes nothing the second time, and says so', async () => {
    const before = await dump()
    const second: string[] = []
    const report = await runSeed(payload, { log: (l) => second.push(l) })
    expect(report.created).toBe(0)
    expect(second.at(-1)).toMatch(/nothing to change/)
    expect(await dump()).toEqual(before)
  })

  it('produces CMS documents that satisfy the shared contract (the published snapshot)', async () => {
    const snapshot = await buildSnapshot(payload)
    expect(() => parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).not.toThrow()
    const seed = loadSeedData()
    const published = Object.values(seed.items)
      .flat()
      .filter((i) => i.status === 'published')
    expect(snapshot.items).toHaveLength(published.length)
    const bilingual = snapshot.items.filter((i) => i.locales.en)
    expect(bilingual.length).toBeGreaterThanOrEqual(1)
    const webinar = snapshot.items.find((i) => i.type === 'webinars')
    expect(webinar?.type === 'webinars' && webinar.locales.fr.chapters.length).toBeGreaterThan(0)
    const publication = snapshot.items.find((i) => i.type === 'publications')
    expect(publication?.type === 'publications' && publication.file?.mimeType).toBe(
      'application/pdf',
    )
    const drafts = Object.values(seed.items)
      .flat()
      .filter((i) => i.status === 'draft')
    const json = JSON.stringify(snapshot)
    for (const d of drafts) expect(json).not.toContain(d.fr.title)
    // The seed's own dates reach the snapshot, not the day the seed ran.
    for (const record of published) {
      const item = snapshot.items.find((i) => i.locales.fr.slug === record.slug)!
      expect(item.publishedAt).toBe(record.history!.publishedAt)
      expect(item.updatedAt).toBe(record.history!.updatedAt ?? record.history!.publishedAt)
      expect(item.changes.map((c) => c.date)).toEqual(record.history!.changes.map((c) => c.date))
    }
  })

  it('publishes the PPNE demonstration series, labelled as such, every category and profile in every period', async () => {
    const { ppne } = await buildSnapshot(payload)
    const seed = loadPpneSeed()
    expect(ppne?.demonstration).toBe(true)
    expect(ppne?.periods.length).toBeGreaterThanOrEqual(8)
    expect(ppne?.categories.map((c) => c.code)).toEqual(seed.categories.map((c) => c.code))
    expect(ppne?.profiles.map((p) => p.code)).toEqual(seed.profiles.map((p) => p.code))
    expect(ppne?.households.map((h) => h.members)).toEqual(
      seed.method.households.map((h) => h.members),
    )
    expect(ppne?.referenceHousehold).toBe('famille-4-nourrisson')
    expect(ppne?.method.en).toMatch(/^The PPNE estimates/)
    // Both languages of each period's note (an English write once landed in French).
    expect(ppne?.periods[0]?.note).toEqual({
      fr: 'Relevé de démonstration (données fictives).',
      en: 'Demonstration survey (fictitious data).',
    })
    for (const period of ppne!.periods) {
      // The categories add up to the reference household's monthly cost.
      const categories = Object.values(period.categoryCosts).reduce((a, b) => a + b, 0)
      expect(categories).toBeCloseTo(referenceCost(ppne!, period), 1)
    }
  })
})

describe('production safety', () => {
  it('refuses to create accounts with the default password in production', async () => {
    const { seedPassword } = await import('../src/accounts')
    expect(() => seedPassword({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(
      /default password/,
    )
    expect(() =>
      seedPassword({
        NODE_ENV: 'production',
        SEED_PASSWORD: 'nourrir-la-vie-dev',
      } as NodeJS.ProcessEnv),
    ).toThrow()
    expect(
      seedPassword({
        NODE_ENV: 'production',
        SEED_PASSWORD: 'a-long-strong-secret',
      } as NodeJS.ProcessEnv),
    ).toBe('a-long-strong-secret')
  })
})
