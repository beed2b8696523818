/**
 * « Statistiques du site » on a real Payload, through the real REST route handlers: the public
 * counting endpoints store only daily/monthly aggregates (no address or identifier anywhere),
 * refuse oversized (413) and malformed (400) reports in French, apply their per-client rate
 * (429 with Retry-After), count concurrent reports exactly, cap the distinct queries a day, and
 * the retention job deletes old rows. The staff-only CSV exports and the admin's summaries.
 */
import Papa from 'papaparse'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

// Small limits for this file, before the CMS reads its environment.
process.env.NLV_INSIGHTS_RATE_PER_MINUTE = '40'
process.env.NLV_INSIGHTS_MAX_QUERIES_PER_DAY = '30'

let payload: Payload
let rest: Awaited<ReturnType<typeof import('./helpers/rest').restClient>>['rest']
let users: Awaited<ReturnType<typeof import('./helpers/payload').createUsers>>
let tokens: Record<string, string>
let counters: typeof import('../src/insights/counters')
let sheet: string | number
let draft: string | number

let client = 0
/** A different client address for each test (the rate limit is per client). */
const newClient = () => ({ 'X-Real-IP': `203.0.113.${++client}` })

const report = (body: unknown, headers: Record<string, string> = newClient()) =>
  rest('POST', 'insights/search', {
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'Content-Type': 'text/plain', ...headers },
  })

const rows = async () =>
  (
    await payload.find({
      collection: 'search-queries',
      pagination: false,
      overrideAccess: true,
      sort: 'query',
    })
  ).docs as unknown as Array<Record<string, unknown>>

const readers = async () =>
  (await payload.find({ collection: 'item-readers', pagination: false, overrideAccess: true }))
    .docs as unknown as Array<Record<string, unknown>>

beforeAll(async () => {
  const { testPayload, createUsers } = await import('./helpers/payload')
  const { restClient } = await import('./helpers/rest')
  const { docIn, tokensFor } = await import('./helpers/workflow')
  counters = await import('../src/insights/counters')
  payload = await testPayload()
  ;({ rest } = restClient(payload.config))
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  sheet = await docIn(payload, 'published', users.editor)
  draft = await docIn(payload, 'in_review', users.editor)
})

describe('search reports', () => {
  it('stores one aggregate row per day, language and normalised query, and nothing about who asked', async () => {
    const ip = newClient()
    for (const q of ['Alaitement', '  alaitement ', 'ALAITEMENT'])
      expect(
        (await report({ q, lang: 'fr', results: 4, corrected: 'allaitement' }, ip)).status,
      ).toBe(204)
    expect((await report({ q: 'xylophone', lang: 'fr', results: 0 }, ip)).status).toBe(204)
    const stored = await rows()
    expect(stored.map((r) => [r.query, r.searches, r.zeroResults, r.corrected])).toEqual([
      ['alaitement', 3, 0, 3],
      ['xylophone', 1, 1, 0],
    ])
    expect(stored[0]!.correctedTo).toBe('allaitement')
    expect(stored[0]!.day).toBe(counters.dayOf(new Date()))
    // No column holds an address, a header or an identifier of the client.
    const columns = Object.keys(stored[0]!).sort()
    expect(columns).toEqual(
      [
        'corrected',
        'correctedTo',
        'createdAt',
        'day',
        'id',
        'language',
        'lastResultCount',
        'query',
        'searches',
        'updatedAt',
        'zeroResults',
      ].sort(),
    )
    expect(JSON.stringify(stored)).not.toContain('203.0.113')
  })

  it('counts concurrent reports of one query exactly, in one row', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        report({ q: 'diabète de grossesse', lang: 'fr', results: 2 }),
      ),
    )
    expect(results.map((r) => r.status)).toEqual(Array(25).fill(204))
    const row = (await rows()).filter((r) => r.query === 'diabète de grossesse')
    expect(row.map((r) => r.searches)).toEqual([25])
  })

  it('refuses an oversized report with a French 413, stored nothing', async () => {
    const before = await rows()
    const big = await report({ q: 'a'.repeat(5000), lang: 'fr', results: 0 })
    expect(big.status).toBe(413)
    expect(big.json.errors[0].message).toMatch(/au plus 1024 octets/)
    expect(await rows()).toEqual(before)
  })

  it('refuses malformed reports with a clear 400', async () => {
    const cases: Array<[unknown, RegExp]> = [
      ['pas du json', /objet JSON/],
      [{ q: 'lait', lang: 'de', results: 1 }, /« lang »/],
      [{ q: 'lait', lang: 'fr', results: -1 }, /« results »/],
      [{ q: 'lait', lang: 'fr' }, /« results »/],
      [{ q: '   ', lang: 'fr', results: 0 }, /de 1 à 120 caractères/],
      [{ q: 'x'.repeat(200), lang: 'fr', results: 0 }, /de 1 à 120 caractères/],
      [[1, 2], /champ/],
    ]
    const before = await rows()
    for (const [body, message] of cases) {
      const res = await report(body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(res.json.errors[0].message).toMatch(message)
    }
    expect(await rows()).toEqual(before)
  })

  it('refuses a client over its rate with 429 and Retry-After, and other clients still count', async () => {
    const ip = newClient()
    const statuses: number[] = []
    for (let i = 0; i < 42; i++)
      statuses.push((await report({ q: `rapide ${i % 3}`, lang: 'en', results: 1 }, ip)).status)
    expect(statuses.slice(0, 40)).toEqual(Array(40).fill(204))
    const refused = await report({ q: 'rapide 0', lang: 'en', results: 1 }, ip)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json.errors[0].message).toMatch(/Trop de requêtes/)
    expect((await report({ q: 'rapide 0', lang: 'en', results: 1 })).status).toBe(204)
    const counted = (await rows()).filter((r) => String(r.query).startsWith('rapide'))
    expect(counted.reduce((n, r) => n + Number(r.searches), 0)).toBe(41)
  })

  it('stores at most the cap of distinct queries a day and language, and keeps counting the known ones', async () => {
    const count = async () => (await rows()).filter((r) => r.language === 'fr').length
    const start = await count()
    for (let i = 0; i < 40; i++)
      await report(
        { q: `requête ${i}`, lang: 'fr', results: 0 },
        { 'X-Real-IP': `198.51.100.${i}` },
      )
    expect(await count()).toBe(30)
    expect(start).toBeLessThan(30)
    // A query already stored today is still counted past the cap.
    await report({ q: 'xylophone', lang: 'fr', results: 0 })
    expect((await rows()).find((r) => r.query === 'xylophone')?.searches).toBe(2)
  })
})

describe('readers per item', () => {
  it('counts a view (1×1 GIF) and a download ping of a published item, by month', async () => {
    const view = await rest('GET', `insights/view?c=fact-sheets&id=${sheet}`, {
      headers: newClient(),
    })
    expect(view.status).toBe(200)
    expect(view.headers.get('content-type')).toBe('image/gif')
    expect(view.headers.get('set-cookie')).toBeNull()
    await rest('GET', `insights/view?c=fact-sheets&id=${sheet}`, { headers: newClient() })
    const ping = await rest('POST', `insights/download?c=fact-sheets&id=${sheet}`, {
      body: 'PING',
      headers: { 'Content-Type': 'text/ping', ...newClient() },
    })
    expect(ping.status).toBe(204)
    const [row, ...more] = await readers()
    expect(more).toEqual([])
    expect([row!.collection, row!.item, row!.month, row!.views, row!.downloads]).toEqual([
      'fact-sheets',
      String(sheet),
      counters.monthOf(new Date()),
      2,
      1,
    ])
  })

  it('refuses unknown, unpublished and malformed items without counting', async () => {
    const before = await readers()
    const draftView = await rest('GET', `insights/view?c=fact-sheets&id=${draft}`)
    expect(draftView.status).toBe(404)
    expect(draftView.json.errors[0].message).toMatch(/n’est pas publié/)
    expect((await rest('GET', 'insights/view?c=fact-sheets&id=999999')).status).toBe(404)
    expect((await rest('GET', `insights/view?c=users&id=${sheet}`)).status).toBe(400)
    expect((await rest('GET', 'insights/view?c=fact-sheets&id=../../x')).status).toBe(400)
    const big = await rest('POST', `insights/download?c=fact-sheets&id=${sheet}`, {
      body: 'P'.repeat(4096),
      headers: { 'Content-Type': 'text/ping' },
    })
    expect(big.status).toBe(413)
    expect(await readers()).toEqual(before)
  })
})

describe('retention, exports and access', () => {
  it('the retention job deletes rows older than the retention and keeps the rest', async () => {
    const now = new Date('2026-12-02T10:00:00Z')
    await counters.countSearch(
      payload,
      { query: 'ancienne', language: 'fr', results: 0, correctedTo: null },
      new Date('2024-11-30T10:00:00Z'),
    )
    await counters.countSearch(
      payload,
      { query: 'limite', language: 'fr', results: 0, correctedTo: null },
      new Date('2025-01-01T10:00:00Z'),
    )
    await counters.countReader(
      payload,
      { collection: 'fact-sheets', id: String(sheet) },
      'views',
      new Date('2024-12-15T10:00:00Z'),
    )
    const deleted = await counters.applyRetention(payload, 24, now)
    expect(deleted).toEqual({ searches: 1, readers: 1 })
    const queries = (await rows()).map((r) => r.query)
    expect(queries).not.toContain('ancienne')
    expect(queries).toContain('limite')
    // Through the scheduled task as the jobs queue runs it.
    await counters.countSearch(
      payload,
      { query: 'très ancienne', language: 'en', results: 0, correctedTo: null },
      new Date('2020-01-01T10:00:00Z'),
    )
    await payload.jobs.queue({ task: 'insightsRetention', input: {}, queue: 'workflow' })
    await payload.jobs.run({ queue: 'workflow' })
    expect((await rows()).map((r) => r.query)).not.toContain('très ancienne')
  })

  it('exports the zero-result list and the readers as CSV for editors, not for reviewers or the public', async () => {
    const zero = await rest('GET', 'insights/search.csv?kind=zero&days=30', {
      token: tokens.editor,
    })
    expect(zero.status).toBe(200)
    expect(zero.headers.get('content-type')).toMatch(/text\/csv/)
    const parsed = Papa.parse<Record<string, string>>(zero.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.errors).toEqual([])
    const xylophone = parsed.data.find((r) => r.recherche === 'xylophone')
    expect(xylophone).toMatchObject({ langue: 'fr', sans_resultat: '2' })
    expect(parsed.data.some((r) => r.recherche === 'alaitement')).toBe(false)
    const csvReaders = await rest('GET', 'insights/readers.csv', { token: tokens.admin })
    expect(csvReaders.text).toMatch(/mois,type,id,titre,pages_vues,telechargements/)
    expect(csvReaders.text).toContain(`fact-sheets,${sheet},`)
    for (const token of [tokens.reviewer, undefined])
      expect((await rest('GET', 'insights/search.csv', { token })).status).toBe(403)
  })

  it('nobody writes the counters through the API; editors read them, reviewers and the public do not', async () => {
    for (const collection of ['search-queries', 'item-readers']) {
      for (const token of [tokens.admin, tokens.editor, undefined])
        expect((await rest('POST', collection, { token, body: { query: 'x' } })).status).toBe(403)
      expect((await rest('GET', collection, { token: tokens.editor })).status).toBe(200)
      expect((await rest('GET', collection, { token: tokens.reviewer })).status).toBe(403)
      expect((await rest('GET', collection)).status).toBe(403)
    }
  })

  it('summarises the corrected and top queries for the admin view', async () => {
    const { queryRows } = await import('../src/insights/summaries')
    const today = counters.dayOf(new Date())
    const corrected = await queryRows(payload, { kind: 'corrected', from: today, to: today })
    expect(corrected.map((r) => [r.query, r.corrected, r.correctedTo])).toEqual([
      ['alaitement', 3, 'allaitement'],
    ])
    const top = await queryRows(payload, { kind: 'top', from: today, to: today, limit: 1 })
    expect(top[0]).toMatchObject({ query: 'diabète de grossesse', searches: 25 })
  })
})
