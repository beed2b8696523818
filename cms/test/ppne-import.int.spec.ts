/**
 * The PPNE spreadsheet import through the real REST endpoint (`POST /api/ppne-periods/import`):
 * a good file is previewed, then written as drafts; each bad file is refused with its French
 * message (line and column) and nothing is written. An imported period reaches the published
 * snapshot only after the committee's approval and a publish.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { buildSnapshot } from '../src/snapshot/buildSnapshot'
import { transition } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { tokensFor } from './helpers/workflow'

let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const { rest } = restClient(config)

const header =
  'periode,categorie:legumes-fruits,categorie:cereales,profil:femme-19-30,profil:nourrisson-0-6,note_fr,note_en'
const good = [
  header,
  '2025-01,410.50,220,70.25,38.10,Relevé d’hiver,Winter survey',
  '2025-07,420.75,225.40,71.80,39',
].join('\n')

const importCsv = (csv: string, commit = false, role: string | null = 'editor') =>
  rest('POST', 'ppne-periods/import', {
    token: role ? tokens[role] : undefined,
    body: { csv, commit },
  })

const countPeriods = async () =>
  (await payload.count({ collection: 'ppne-periods', overrideAccess: true })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  const create = (collection: 'ppne-categories' | 'ppne-profiles', data: Record<string, unknown>) =>
    payload.create({ collection, data: data as never, overrideAccess: true })
  await create('ppne-categories', { code: 'legumes-fruits', name: 'Légumes et fruits', order: 1 })
  await create('ppne-categories', { code: 'cereales', name: 'Produits céréaliers', order: 2 })
  const woman = await create('ppne-profiles', {
    code: 'femme-19-30',
    name: 'Femme, 19 à 30 ans',
    group: 'adult',
    order: 1,
  })
  const infant = await create('ppne-profiles', {
    code: 'nourrisson-0-6',
    name: 'Nourrisson de 0 à 6 mois',
    group: 'infant',
    order: 2,
  })
  await payload.updateGlobal({
    slug: 'ppne-method',
    data: {
      demonstration: true,
      households: [
        {
          code: 'mere-bebe',
          label: 'Une mère et son bébé',
          reference: true,
          members: [
            { profile: woman.id, count: 1 },
            { profile: infant.id, count: 1 },
          ],
        },
      ],
      householdSizeAdjustments: [
        { size: 1, factor: 1.2 },
        { size: 2, factor: 1.1 },
      ],
      affordabilityThreshold: 30,
      affordabilitySource: { label: 'Rapport PPNE (démonstration)' },
    } as never,
    overrideAccess: true,
  })
})

describe('a good file', () => {
  it('is previewed without being written', async () => {
    const res = await importCsv(good)
    expect(res.status).toBe(200)
    expect(res.json.written).toBe(false)
    expect(res.json.preview.map((p: any) => [p.period, p.action])).toEqual([
      ['2025-01', 'create'],
      ['2025-07', 'create'],
    ])
    expect(await countPeriods()).toBe(0)
  })

  it('is written as drafts that the public cannot see', async () => {
    const res = await importCsv(good, true)
    expect(res.status).toBe(200)
    expect(res.json.written).toBe(true)
    expect(await countPeriods()).toBe(2)
    expect(
      (await payload.count({ collection: 'ppne-periods', overrideAccess: false })).totalDocs,
    ).toBe(0)
    const { docs } = await payload.find({
      collection: 'ppne-periods',
      where: { period: { equals: '2025-01' } },
      draft: true,
      depth: 1,
      overrideAccess: true,
    })
    const doc = docs[0] as any
    expect(doc.title).toBe('PPNE · janvier 2025')
    expect(doc.workflowState).toBe('draft')
    expect(doc.note).toBe('Relevé d’hiver')
    // The English note in English, the French one untouched.
    const english = await payload.findByID({
      collection: 'ppne-periods',
      id: doc.id,
      locale: 'all',
      draft: true,
      overrideAccess: true,
    })
    expect((english as any).note).toEqual({ fr: 'Relevé d’hiver', en: 'Winter survey' })
    expect(doc.categoryCosts.map((r: any) => [r.category.code, r.cost])).toEqual([
      ['legumes-fruits', 410.5],
      ['cereales', 220],
    ])
    expect(doc.profileCosts.map((r: any) => [r.profile.code, r.cost])).toEqual([
      ['femme-19-30', 70.25],
      ['nourrisson-0-6', 38.1],
    ])
  })

  it('shows, on a second import, what changes and what does not', async () => {
    const changed = good.replace('420.75', '431')
    const res = await importCsv(changed)
    expect(res.status).toBe(200)
    const [winter, summer] = res.json.preview
    expect(winter.action).toBe('unchanged')
    expect(summer.action).toBe('update')
    expect(summer.changes).toEqual([
      {
        kind: 'category',
        code: 'legumes-fruits',
        name: 'Légumes et fruits',
        before: 420.75,
        after: 431,
      },
    ])
  })

  it('reaches the published snapshot only once approved and published', async () => {
    expect((await buildSnapshot(payload)).ppne).toBeNull()
    const { docs } = await payload.find({
      collection: 'ppne-periods',
      draft: true,
      overrideAccess: true,
    })
    for (const doc of docs) {
      await transition(payload, {
        collection: 'ppne-periods' as never,
        id: doc.id,
        action: 'submit',
        user: users.editor,
      })
      await transition(payload, {
        collection: 'ppne-periods' as never,
        id: doc.id,
        action: 'approve',
        user: users.reviewer,
      })
    }
    expect((await buildSnapshot(payload)).ppne).toBeNull()
    for (const doc of docs) {
      await transition(payload, {
        collection: 'ppne-periods' as never,
        id: doc.id,
        action: 'publish',
        user: users.editor,
      })
    }
    const { ppne } = await buildSnapshot(payload)
    expect(ppne?.periods.map((p) => p.period)).toEqual(['2025-01', '2025-07'])
    expect(ppne?.periods[1]?.profileCosts).toEqual({ 'femme-19-30': 71.8, 'nourrisson-0-6': 39 })
    expect(ppne?.households[0]?.members).toEqual(['femme-19-30', 'nourrisson-0-6'])
    expect(ppne?.affordability.threshold).toBe(0.3)
    expect(ppne?.demonstration).toBe(true)
  })
})

describe('a bad file is refused with its French message, and nothing is written', () => {
  const cases: Array<[string, string, string]> = [
    [
      'an unknown category',
      good.replace('categorie:cereales', 'categorie:bonbons'),
      'Ligne 1, colonne C (categorie:bonbons) : catégorie inconnue « bonbons »',
    ],
    [
      'a negative price',
      good.replace('70.25', '-70.25'),
      'Ligne 2, colonne D (profil:femme-19-30) : profil « Femme, 19 à 30 ans » : prix négatif (-70.25)',
    ],
    [
      'a price that is not a number',
      good.replace('38.10', 'n.d.'),
      'Ligne 2, colonne E (profil:nourrisson-0-6) : profil « Nourrisson de 0 à 6 mois » : « n.d. » n’est pas un nombre.',
    ],
    [
      'a duplicate period',
      good.replace('2025-07', '2025-01'),
      'Ligne 3, colonne A (periode) : la période 2025-01 figure déjà à la ligne 2.',
    ],
    [
      'a missing profile column',
      good
        .split('\n')
        .map((line) =>
          line
            .split(',')
            .filter((_, i) => i !== 4)
            .join(','),
        )
        .join('\n'),
      'Ligne 1 : il manque la colonne du profil « Nourrisson de 0 à 6 mois » (profil:nourrisson-0-6).',
    ],
    [
      'a missing profile value',
      good.replace(',39', ','),
      'Ligne 3, colonne E (profil:nourrisson-0-6) : profil « Nourrisson de 0 à 6 mois » : valeur manquante.',
    ],
    [
      'a decimal comma in a semicolon file',
      good.replaceAll(',', ';').replace('410.50', '410,50'),
      'Ligne 2, colonne B (categorie:legumes-fruits) : catégorie « Légumes et fruits » : « 410,50 » utilise une virgule décimale ; écrivez un point : 410.50.',
    ],
    [
      'a decimal comma that splits a comma-separated row',
      good.replace('410.50', '"410,50"').replace('70.25', '70,25'),
      'Ligne 2 : 8 valeurs au lieu de 7. Une virgule décimale (« 12,34 ») a-t-elle coupé une valeur en deux ?',
    ],
    [
      'a period that is not YYYY-MM',
      good.replace('2025-07', 'juillet 2025'),
      'Ligne 3, colonne A (periode) : « juillet 2025 » n’est pas une période',
    ],
  ]

  it.each(cases)('%s', async (_name, csv, message) => {
    const before = await countPeriods()
    const versionsBefore = (
      await payload.countVersions({ collection: 'ppne-periods', overrideAccess: true })
    ).totalDocs
    const res = await importCsv(csv.replaceAll('2025-01', '2026-01'), true)
    expect(res.status).toBe(400)
    const messages = res.json.errors.map((e: { message: string }) => e.message)
    expect(messages.join('\n')).toContain(message.replaceAll('2025-01', '2026-01'))
    expect(await countPeriods()).toBe(before)
    expect(
      (await payload.countVersions({ collection: 'ppne-periods', overrideAccess: true })).totalDocs,
    ).toBe(versionsBefore)
  })

  it('lists every error of the file at once, with row and column', async () => {
    const csv = good.replace('70.25', 'abc').replace('225.40', '-1').replace('2025-07', '2025-7')
    const res = await importCsv(csv, true)
    expect(res.status).toBe(400)
    expect(res.json.errors.map((e: any) => [e.row, e.column])).toEqual([
      [2, 'D'],
      [3, 'A'],
      [3, 'C'],
    ])
  })
})

describe('who may import', () => {
  it('refuses anonymous visitors (401) and reviewers (403), in French', async () => {
    const anonymous = await importCsv(good, true, null)
    expect(anonymous.status).toBe(401)
    expect(anonymous.json.errors[0].message).toBe('Connectez-vous pour importer un fichier.')
    const reviewer = await importCsv(good, true, 'reviewer')
    expect(reviewer.status).toBe(403)
    expect(reviewer.json.errors[0].message).toMatch(/équipe de contenu/)
  })

  it('refuses a body without a file', async () => {
    const res = await rest('POST', 'ppne-periods/import', {
      token: tokens.editor,
      body: { nope: 1 },
    })
    expect(res.status).toBe(400)
    expect(res.json.errors[0].message).toMatch(/joignez le contenu du fichier CSV/)
  })
})
