/**
 * Generates a published snapshot of N items (deterministic for a given N and seed) that
 * looks like the real thing: the four types in realistic proportions, most with a
 * rich body, six in ten translated, taxonomy drawn from the platform's own terms.
 *
 * `tsx bench/generate-snapshot.ts 2000 > snapshot.json`
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { SnapshotInput, SnapshotItemInput } from '@nlv/shared/snapshot'
import {
  bold,
  bulletList,
  callout,
  download,
  heading,
  keyMessage,
  link,
  numberedList,
  paragraph,
  reference,
  root,
} from '@nlv/shared/test/lexical'
import { audiences, stages, themes } from '../test/fixtures/taxonomies'

/** Small seeded generator (mulberry32): the same N gives the same snapshot. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const subjects = [
  'l’acide folique',
  'le fer',
  'la vitamine D',
  'le gain de poids',
  'les nausées',
  'le diabète de grossesse',
  'l’allaitement',
  'le lait maternisé',
  'l’insécurité alimentaire',
  'le budget d’épicerie',
  'le PPNE',
  'la santé mentale périnatale',
  'les femmes réfugiées',
  'les adolescentes enceintes',
  'la salubrité des aliments',
  'les coupons Olo',
  'les protéines végétales',
  'le calcium',
  'la caféine',
  'les oméga-3',
]
const angles = [
  'Repères pour',
  'Accompagner',
  'Comprendre',
  'Parler de',
  'Outils pour aborder',
  'Questions fréquentes sur',
  'Cinq messages clés sur',
  'Intervenir sur',
  'Mythes et réalités sur',
  'Planifier',
]
const sentences = [
  'Les besoins augmentent surtout au deuxième et au troisième trimestre.',
  'Une approche sans jugement favorise la confiance et la continuité du suivi.',
  'Les aliments surgelés et en conserve sont des options nutritives et économiques.',
  'Le coût du Panier à provisions nutritif et économique guide les recommandations budgétaires.',
  'Orienter vers les ressources du quartier fait partie du corridor de services.',
  'Les coupons Olo facilitent l’accès aux œufs, au lait et aux légumes surgelés.',
  'Valider la compréhension de la participante avec ses propres mots.',
  'Adapter les conseils aux habitudes alimentaires et à la culture de la famille.',
]

const pick = <T>(rand: () => number, list: readonly T[]): T =>
  list[Math.floor(rand() * list.length)] as T
const pickSome = <T>(rand: () => number, list: readonly T[], max: number): T[] => {
  const n = 1 + Math.floor(rand() * max)
  return [...new Set(Array.from({ length: n }, () => pick(rand, list)))]
}
const isoDay = (rand: () => number, fromYear: number) => {
  const y = fromYear + Math.floor(rand() * 3)
  const m = String(1 + Math.floor(rand() * 12)).padStart(2, '0')
  const d = String(1 + Math.floor(rand() * 28)).padStart(2, '0')
  return `${y}-${m}-${d}`
}

function body(rand: () => number, paragraphs: number) {
  const children = [
    heading('h2', 'Ce qu’il faut savoir'),
    paragraph(pick(rand, sentences), ' ', pick(rand, sentences)),
  ]
  for (let i = 0; i < paragraphs; i += 1) {
    children.push(
      paragraph(
        bold(pick(rand, sentences)),
        ' ',
        pick(rand, sentences),
        ' ',
        pick(rand, sentences),
      ),
    )
  }
  children.push(
    keyMessage(pick(rand, sentences)),
    heading('h3', 'En pratique'),
    bulletList(pick(rand, sentences), pick(rand, sentences), pick(rand, sentences)),
    callout('info', 'Bon à savoir', pick(rand, sentences)),
    numberedList(pick(rand, sentences), pick(rand, sentences)),
    paragraph(
      'Pour aller plus loin : ',
      link('https://www.inspq.qc.ca/mieux-vivre', 'Mieux vivre avec notre enfant'),
      '.',
    ),
    reference({ authors: 'Santé Canada', title: 'Lignes directrices canadiennes', year: 2023 }),
  )
  if (rand() < 0.3) {
    children.push(
      download({
        id: 'bench-doc',
        url: '/api/documents/file/aide-memoire.pdf',
        filename: 'aide-memoire.pdf',
        mimeType: 'application/pdf',
        filesize: 120_000,
      }),
    )
  }
  return root(...children)
}

const types = [
  'fact-sheets',
  'fact-sheets',
  'fact-sheets',
  'fact-sheets',
  'fact-sheets',
  'intervention-tools',
  'intervention-tools',
  'webinars',
  'publications',
  'publications',
] as const

/** A snapshot of `count` items. */
export function generateSnapshot(count: number, seed = 1879): SnapshotInput {
  const rand = random(seed + count)
  const items: SnapshotItemInput[] = []
  for (let i = 0; i < count; i += 1) {
    const type = types[i % types.length] as (typeof types)[number]
    const title = `${pick(rand, angles)} ${pick(rand, subjects)} (${i + 1})`
    const slug = `contenu-${i + 1}`
    const summary = `${pick(rand, sentences)} ${pick(rand, sentences)}`.slice(0, 290)
    const publishedAt = isoDay(rand, 2022)
    const base = {
      id: `bench-${i + 1}`,
      publishedAt,
      updatedAt: rand() < 0.4 ? isoDay(rand, 2024) : publishedAt,
      themes: pickSome(
        rand,
        themes.map((t) => t.slug),
        3,
      ),
      audiences: pickSome(
        rand,
        audiences.map((t) => t.slug),
        3,
      ),
      stages: pickSome(
        rand,
        stages.map((t) => t.slug),
        2,
      ),
      related:
        i > 3
          ? [
              {
                type: types[(i - 3) % types.length] as (typeof types)[number],
                id: `bench-${i - 2}`,
              },
            ]
          : [],
      references: [{ authors: 'Alima', title: 'Rapport annuel', year: 2024 }],
      review: {
        lastReviewedAt: isoDay(rand, 2024),
        nextReviewDue: isoDay(rand, 2026),
        reviewers: ['Comité d’experts'],
      },
    }
    const fr = {
      slug,
      title,
      summary,
      keyMessages: [pick(rand, sentences), pick(rand, sentences)],
      body: body(rand, 3 + Math.floor(rand() * 5)),
    }
    const en =
      rand() < 0.6
        ? {
            slug: `content-${i + 1}`,
            title: `Content ${i + 1}`,
            summary: 'An English summary of the content.',
            keyMessages: [],
            body: body(rand, 2),
          }
        : undefined
    if (type === 'fact-sheets') {
      items.push({ ...base, type, locales: { fr, ...(en ? { en } : {}) } })
    } else if (type === 'intervention-tools') {
      const extra = {
        purpose: pick(rand, sentences),
        howToUse: root(numberedList(pick(rand, sentences), pick(rand, sentences))),
      }
      items.push({
        ...base,
        type,
        toolKind: pick(rand, [
          'checklist',
          'conversation-guide',
          'handout',
          'assessment-grid',
          'calculator',
        ] as const),
        downloads: [
          {
            id: `d${i}`,
            url: `/api/documents/file/outil-${i}.pdf`,
            filename: `outil-${i}.pdf`,
            mimeType: 'application/pdf',
            filesize: 150_000,
          },
        ],
        locales: { fr: { ...fr, ...extra }, ...(en ? { en: { ...en, ...extra } } : {}) },
      })
    } else if (type === 'webinars') {
      const chapters = Array.from({ length: 6 }, (_, c) => ({
        start: c * 540,
        title: pick(rand, angles) + ' ' + pick(rand, subjects),
      }))
      const transcript = Array.from({ length: 40 }, (_, s) => ({
        start: s * 80,
        speaker: s % 3 ? 'Animatrice' : 'Invitée',
        text: pick(rand, sentences),
      }))
      items.push({
        ...base,
        type,
        recordedAt: publishedAt,
        durationMinutes: 55,
        video: {
          provider: 'youtube',
          url: 'https://www.youtube.com/watch?v=M7lc1UVf-VE',
          videoId: 'M7lc1UVf-VE',
          file: null,
        },
        speakers: [{ name: 'Julie Lavoie', role: 'Nutritionniste' }],
        locales: {
          fr: { ...fr, chapters, transcript },
          ...(en ? { en: { ...en, chapters, transcript } } : {}),
        },
      })
    } else {
      items.push({
        ...base,
        type,
        publicationKind: pick(rand, [
          'report',
          'guide',
          'position-paper',
          'research-summary',
          'ppne-report',
        ] as const),
        authors: ['Alima, Centre de nutrition sociale périnatale'],
        year: 2020 + Math.floor(rand() * 5),
        doi: rand() < 0.5 ? `10.5281/zenodo.${100000 + i}` : undefined,
        file: {
          id: `f${i}`,
          url: `/api/documents/file/publication-${i}.pdf`,
          filename: `publication-${i}.pdf`,
          mimeType: 'application/pdf',
          filesize: 2_000_000,
        },
        locales: {
          fr: { ...fr, abstract: root(paragraph(summary)) },
          ...(en ? { en: { ...en, abstract: root(paragraph('Abstract.')) } } : {}),
        },
      })
    }
  }
  return {
    schemaVersion: 1,
    generatedAt: '2025-09-15T12:00:00.000Z',
    taxonomies: { themes, audiences, stages },
    items,
    // The seed's search vocabulary: searches cost what they cost with the real one.
    searchVocabulary: JSON.parse(
      readFileSync(
        new URL('../../content-seed/data/search-vocabulary.json', import.meta.url),
        'utf8',
      ),
    ) as SnapshotInput['searchVocabulary'],
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(process.argv[2] ?? 200)
  process.stdout.write(JSON.stringify(generateSnapshot(count)))
}
