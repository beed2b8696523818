/**
 * Seeds the PPNE demonstration series (`data/ppne/`, see its README): categories, profiles,
 * the method and nine half-yearly periods. The periods are read with the admin's own CSV
 * import parser, so the seed file is also a working example of the import format.
 * Idempotent like the rest of the seed: a category, profile or period that exists is left alone.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parsePpneCsv } from '@nlv/cms/ppne/parsePpneCsv'
import { ppneProfileGroups } from '@nlv/shared/ppne'
import { slugPattern } from '@nlv/shared/slug'
import type { Payload, RequestContext } from 'payload'
import { z } from 'zod'
import { dataDir } from './records'

const code = z.string().regex(slugPattern)
const named = z.object({ code, fr: z.string().min(1), en: z.string().min(1), order: z.number() })
const text = z.object({ fr: z.string().min(1), en: z.string().min(1) })

export const ppneSeedSchema = z.object({
  categories: z.array(named),
  profiles: z.array(named.extend({ group: z.enum(ppneProfileGroups) })),
  method: z.object({
    demonstration: z.boolean(),
    households: z.array(
      text.extend({ code, reference: z.boolean().optional(), members: z.array(code).min(1) }),
    ),
    householdSizeAdjustments: z.array(z.object({ size: z.number(), factor: z.number() })),
    affordabilityThreshold: z.number(),
    affordabilitySource: text.extend({ url: z.url().optional() }),
    method: text,
    sources: z.array(text.extend({ url: z.url().optional() })),
  }),
  csv: z.string().min(1),
})
export type PpneSeed = z.infer<typeof ppneSeedSchema>

const dir = path.join(dataDir, 'ppne')
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))

export function loadPpneSeed(): PpneSeed {
  return ppneSeedSchema.parse({
    categories: readJson('categories.json'),
    profiles: readJson('profiles.json'),
    method: readJson('method.json'),
    csv: fs.readFileSync(path.join(dir, 'periodes-demonstration.csv'), 'utf8'),
  })
}

type Doc = Record<string, any>

export async function seedPpne(
  payload: Payload,
  {
    context,
    log,
    count,
  }: { context: RequestContext; log: (line: string) => void; count: (created: boolean) => void },
  seed: PpneSeed = loadPpneSeed(),
) {
  const write = { overrideAccess: true, context } as const
  const ids = {
    'ppne-categories': new Map<string, number | string>(),
    'ppne-profiles': new Map<string, number | string>(),
  }
  for (const [collection, records] of [
    ['ppne-categories', seed.categories],
    ['ppne-profiles', seed.profiles],
  ] as const) {
    for (const record of records) {
      const found = await payload.find({
        collection,
        where: { code: { equals: record.code } },
        limit: 1,
        ...write,
      })
      count(!found.docs[0])
      let id = found.docs[0]?.id
      if (id === undefined) {
        const { fr, en, ...rest } = record
        const doc = await payload.create({
          collection,
          locale: 'fr',
          data: { ...rest, name: fr } as never,
          ...write,
        })
        await payload.update({ collection, id: doc.id, locale: 'en', data: { name: en }, ...write })
        id = doc.id
      }
      ids[collection].set(record.code, id)
    }
  }

  const current = (await payload.findGlobal({ slug: 'ppne-method', depth: 0, ...write })) as Doc
  const hasMethod = Array.isArray(current.households) && current.households.length > 0
  count(!hasMethod)
  if (!hasMethod) {
    const m = seed.method
    const profile = (c: string) => ids['ppne-profiles'].get(c)!
    const fr = await payload.updateGlobal({
      slug: 'ppne-method',
      locale: 'fr',
      data: {
        demonstration: m.demonstration,
        households: m.households.map((h) => ({
          code: h.code,
          label: h.fr,
          reference: Boolean(h.reference),
          // One row per profile, with how many people of that profile.
          members: [...new Set(h.members)].map((c) => ({
            profile: profile(c),
            count: h.members.filter((x) => x === c).length,
          })),
        })),
        householdSizeAdjustments: m.householdSizeAdjustments,
        affordabilityThreshold: m.affordabilityThreshold,
        affordabilitySource: { label: m.affordabilitySource.fr, url: m.affordabilitySource.url },
        method: m.method.fr,
        sources: m.sources.map((s) => ({ label: s.fr, url: s.url })),
      } as never,
      ...write,
    })
    // The English texts, on the same array rows (ids kept).
    const saved = fr as Doc
    await payload.updateGlobal({
      slug: 'ppne-method',
      locale: 'en',
      data: {
        households: (saved.households as Doc[]).map((row, i) => ({
          ...row,
          label: m.households[i]!.en,
        })),
        affordabilitySource: { ...saved.affordabilitySource, label: m.affordabilitySource.en },
        method: m.method.en,
        sources: (saved.sources as Doc[]).map((row, i) => ({ ...row, label: m.sources[i]!.en })),
      } as never,
      ...write,
    })
  }

  const known = {
    categories: seed.categories.map((c) => ({ code: c.code, name: c.fr })),
    profiles: seed.profiles.map((p) => ({ code: p.code, name: p.fr })),
  }
  const parsed = parsePpneCsv(seed.csv, known)
  if (!parsed.ok) {
    throw new Error(
      `data/ppne/periodes-demonstration.csv is invalid:\n${parsed.issues.map((i) => `  line ${i.row}${i.column ? ` column ${i.column}` : ''}: ${i.message}`).join('\n')}`,
    )
  }
  let created = 0
  for (const period of parsed.periods) {
    const found = await payload.find({
      collection: 'ppne-periods',
      where: { period: { equals: period.period } },
      draft: true,
      limit: 1,
      ...write,
    })
    count(!found.docs[0])
    if (found.docs[0]) continue
    const doc = await payload.create({
      collection: 'ppne-periods',
      locale: 'fr',
      data: {
        period: period.period,
        categoryCosts: seed.categories.map((c) => ({
          category: ids['ppne-categories'].get(c.code),
          cost: period.categoryCosts[c.code],
        })),
        profileCosts: seed.profiles.map((p) => ({
          profile: ids['ppne-profiles'].get(p.code),
          cost: period.profileCosts[p.code],
        })),
        note: period.note.fr,
        _status: 'published',
      } as never,
      ...write,
    })
    if (period.note.en) {
      await payload.update({
        collection: 'ppne-periods',
        id: doc.id,
        locale: 'en',
        data: { note: period.note.en, _status: 'published' } as never,
        ...write,
      })
    }
    created++
  }
  log(
    `[seed] ppne: ${seed.categories.length} categories, ${seed.profiles.length} profiles, ${parsed.periods.length} demonstration periods (${created} created)`,
  )
}
