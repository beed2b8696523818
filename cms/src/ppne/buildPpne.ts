/**
 * The PPNE part of the published snapshot: published periods only, read as the public
 * (`overrideAccess: false`, so drafts and periods awaiting review never reach the site),
 * with the categories, profiles and method in both locales. Null when nothing is published.
 * Validated by the shared contract with the rest of the snapshot.
 */
import type { Payload } from 'payload'
import type { PpneSeriesInput } from '@nlv/shared/ppne'

type Doc = Record<string, any>

const idOf = (v: unknown) => String(v && typeof v === 'object' ? (v as Doc).id : v)
const text = (fr: unknown, en: unknown) => ({
  fr: typeof fr === 'string' && fr ? fr : undefined,
  en: typeof en === 'string' && en && en !== fr ? en : undefined,
})
const named = (fr: unknown, en: unknown) => ({ ...text(fr, en), fr: String(fr ?? '') })

async function bothLocales(payload: Payload, collection: 'ppne-categories' | 'ppne-profiles') {
  const [fr, en] = await Promise.all(
    (['fr', 'en'] as const).map((locale) =>
      payload.find({
        collection,
        locale,
        fallbackLocale: false,
        sort: 'order',
        limit: 1000,
        pagination: false,
        depth: 0,
        overrideAccess: false,
      }),
    ),
  )
  const english = new Map(en!.docs.map((d) => [d.id, d as Doc]))
  return fr!.docs.map((d) => ({ doc: d as Doc, en: english.get(d.id) }))
}

async function publishedPeriods(payload: Payload, locale: 'fr' | 'en') {
  const { docs } = await payload.find({
    collection: 'ppne-periods',
    locale,
    fallbackLocale: false,
    draft: false,
    where: { _status: { equals: 'published' } },
    sort: 'period',
    depth: 0,
    limit: 10_000,
    pagination: false,
    overrideAccess: false,
  })
  return docs as Doc[]
}

export async function buildPpne(payload: Payload): Promise<PpneSeriesInput | null> {
  const [periodsFr, periodsEn] = await Promise.all([
    publishedPeriods(payload, 'fr'),
    publishedPeriods(payload, 'en'),
  ])
  if (periodsFr.length === 0) return null
  const [categories, profiles, methodFr, methodEn] = await Promise.all([
    bothLocales(payload, 'ppne-categories'),
    bothLocales(payload, 'ppne-profiles'),
    payload.findGlobal({ slug: 'ppne-method', locale: 'fr', depth: 0, overrideAccess: false }),
    payload.findGlobal({
      slug: 'ppne-method',
      locale: 'en',
      fallbackLocale: false,
      depth: 0,
      overrideAccess: false,
    }),
  ])
  const categoryCode = new Map(categories.map((c) => [String(c.doc.id), String(c.doc.code)]))
  const profileCode = new Map(profiles.map((p) => [String(p.doc.id), String(p.doc.code)]))
  const noteEn = new Map(periodsEn.map((p) => [p.id, p.note]))
  const m = methodFr as Doc
  const mEn = methodEn as Doc
  const households = (m.households ?? []) as Doc[]
  const costs = (rows: Doc[] | undefined, key: string, codes: Map<string, string>) =>
    Object.fromEntries(
      (rows ?? []).flatMap((r) => {
        const code = codes.get(idOf(r[key]))
        return code ? [[code, Number(r.cost)]] : []
      }),
    )
  return {
    demonstration: Boolean(m.demonstration),
    categories: categories.map(({ doc, en }) => ({
      code: doc.code,
      name: named(doc.name, en?.name),
      order: doc.order ?? 0,
    })),
    profiles: profiles.map(({ doc, en }) => ({
      code: doc.code,
      name: named(doc.name, en?.name),
      group: doc.group,
      order: doc.order ?? 0,
    })),
    households: households.map((h, i) => ({
      code: h.code,
      label: named(h.label, mEn.households?.[i]?.label),
      members: ((h.members ?? []) as Doc[]).flatMap((row) =>
        Array.from({ length: Number(row.count ?? 1) }, () => profileCode.get(idOf(row.profile))!),
      ),
    })),
    referenceHousehold: String(households.find((h) => h.reference)?.code ?? ''),
    householdSizeAdjustments: ((m.householdSizeAdjustments ?? []) as Doc[])
      .map((a) => ({ size: Number(a.size), factor: Number(a.factor) }))
      .sort((a, b) => a.size - b.size),
    affordability: {
      threshold: Number(m.affordabilityThreshold) / 100,
      source: {
        label: named(m.affordabilitySource?.label, mEn.affordabilitySource?.label),
        url: m.affordabilitySource?.url || undefined,
      },
    },
    method: text(m.method, mEn.method),
    sources: ((m.sources ?? []) as Doc[]).map((s, i) => ({
      label: named(s.label, mEn.sources?.[i]?.label),
      url: s.url || undefined,
    })),
    periods: periodsFr.map((p) => ({
      id: String(p.id),
      period: String(p.period),
      categoryCosts: costs(p.categoryCosts, 'category', categoryCode),
      profileCosts: costs(p.profileCosts, 'profile', profileCode),
      note: text(p.note, noteEn.get(p.id)),
    })),
  }
}
