/** The pure comparison of diffContent.ts, on small field lists shaped like Payload's flattened fields. */
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import { diffContent, diffText } from '../src/workflow/changes/diffContent'

const fields = [
  { name: 'title', type: 'text', localized: true, label: { fr: 'Titre', en: 'Title' } },
  {
    name: 'chapters',
    type: 'array',
    label: { fr: 'Chapitres', en: 'Chapters' },
    labels: { singular: { fr: 'Chapitre', en: 'Chapter' } },
    flattenedFields: [
      { name: 'id', type: 'text' },
      { name: 'start', type: 'number', label: { fr: 'Début', en: 'Start' } },
      { name: 'title', type: 'text', localized: true, label: { fr: 'Titre', en: 'Title' } },
    ],
  },
  { name: 'slides', type: 'upload', relationTo: 'documents', label: 'Présentation' },
  { name: 'workflowState', type: 'select', options: ['draft', 'in_review'] },
  { name: 'secret', type: 'text', admin: { hidden: true } },
] as unknown as FlattenedField[]

const labels = new Map([
  ['documents:1', 'diapos-v1.pdf'],
  ['documents:2', 'diapos-v2.pdf'],
])
const locales = ['fr', 'en'] as const

describe('diffText', () => {
  it('keeps words whole (never « Brouill~~on~~ → En révisi-on »)', () => {
    const [p] = diffText('Brouillon', 'En révision')
    expect(p).toEqual({ op: 'removed', text: 'Brouillon' })
    const [changed] = diffText('Un bébé allaité', 'Un bébé nourri au sein')
    expect(changed).toMatchObject({ op: 'changed' })
    if (changed!.op !== 'changed') return
    expect(changed!.parts.filter((x) => x.op !== 'same').map((x) => x.text)).toEqual([
      'allaité',
      'nourri au sein',
    ])
  })

  it('pairs a rewritten paragraph with its original, keeps the others as they are', () => {
    const out = diffText(
      'Un.\n\nDeux trois quatre cinq.\n\nSix.',
      'Un.\n\nDeux trois quatre six.\n\nSix.',
    )
    expect(out.map((p) => p.op)).toEqual(['same', 'changed', 'same'])
  })

  it('an unrelated new paragraph is an addition and a removal, not a jumble', () => {
    const out = diffText('Le fer est essentiel.', 'Consultez une nutritionniste rapidement.')
    expect(out.map((p) => p.op)).toEqual(['removed', 'added'])
  })
})

describe('diffContent', () => {
  const before = {
    title: { fr: 'Allaiter', en: 'Breastfeeding' },
    chapters: [{ id: 'a', start: 0, title: { fr: 'Introduction', en: 'Introduction' } }],
    slides: 1,
    workflowState: 'draft',
    secret: 'x',
  }
  const after = {
    title: { fr: 'Allaiter', en: 'Breastfeeding' },
    chapters: [
      { id: 'a', start: 0, title: { fr: 'Introduction', en: 'Welcome' } },
      { id: 'b', start: 90, title: { fr: 'Les premiers jours' } },
    ],
    slides: 2,
    workflowState: 'in_review',
    secret: 'y',
  }

  it('localized fields inside a shared array are compared per language, labelled so', () => {
    const sections = diffContent(fields, before, after, { locales, labels })
    expect(sections.map((s) => s.changes.length)).toEqual([0, 0, 2])
    const chapters = sections[2]!.changes.find((c) => c.path === 'chapters')!
    if (chapters.diff.kind !== 'items') throw new Error('items')
    const [changed, added] = chapters.diff.items
    expect(changed!.changes.map((c) => [c.path, c.label.fr])).toEqual([['title.en', 'Titre · EN']])
    expect(added).toMatchObject({ op: 'added', position: 2, summary: 'Les premiers jours' })
  })

  it('names uploads by file name and leaves out workflow and hidden fields', () => {
    const sections = diffContent(fields, before, after, { locales, labels })
    const paths = sections.flatMap((s) => s.changes.map((c) => c.path))
    expect(paths).toEqual(['chapters', 'slides'])
    expect(sections[2]!.changes[1]!.diff).toEqual({
      kind: 'value',
      before: 'diapos-v1.pdf',
      after: 'diapos-v2.pdf',
    })
  })

  it('a row with new ids but the same content is the same item', () => {
    const sameRows = { ...before, chapters: [{ ...before.chapters[0]!, id: 'z' }] }
    expect(diffContent(fields, before, sameRows, { locales, labels })[2]!.changes).toEqual([])
  })
})
