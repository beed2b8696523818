/**
 * « What changed » on a real Payload and database (SQLite, or PostgreSQL with
 * NLV_TEST_POSTGRES_URL): a fiche goes through a first submission, an approval and a
 * publication, then a revision in both languages; the comparison shows content fields only, by
 * language, rich text word by word, arrays by item, references by title, files by name, and
 * starts from the last approval or the last publication, whichever is more recent.
 */
import { heading, paragraph, root } from '@nlv/shared/test/lexical'
import { PDFDocument } from 'pdf-lib'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config'
import { changesFor, type ChangesReport } from '../src/workflow/changes/changes'
import type { FieldChange, Section } from '../src/workflow/changes/diffContent'
import { transition } from '../src/workflow/transition'
import { createUsers, testPayload } from './helpers/payload'
import { restClient } from './helpers/rest'
import { tokensFor, writeChangeNote } from './helpers/workflow'

const FS = 'fact-sheets' as const
let payload: Payload
let users: Awaited<ReturnType<typeof createUsers>>
let tokens: Record<string, string>
const { rest } = restClient(config)

let id: number | string
let pdfA: number | string
let pdfB: number | string
let theme: number | string

const asUser = async (user: Record<string, any>) => createLocalReq({ user: user as never }, payload)
const changes = async (user: Record<string, any>, options?: { from?: string; to?: string }) =>
  changesFor(await asUser(user), FS, String(id), options)

const section = (report: ChangesReport, locale: 'fr' | 'en' | null): Section =>
  report.sections.find((s) => s.locale === locale)!
const change = (report: ChangesReport, locale: 'fr' | 'en' | null, path: string): FieldChange => {
  const found = section(report, locale).changes.find((c) => c.path === path)
  if (!found)
    throw new Error(
      `No change at ${locale}:${path}; got ${section(report, locale)
        .changes.map((c) => c.path)
        .join(', ')}`,
    )
  return found
}
const allPaths = (report: ChangesReport) =>
  report.sections.flatMap((s) => s.changes.map((c) => `${s.locale ?? 'shared'}:${c.path}`))

async function pdf(name: string) {
  const doc = await PDFDocument.create()
  doc.addPage().drawText(name)
  const data = Buffer.from(await doc.save())
  const created = await payload.create({
    collection: 'documents',
    data: { title: name },
    file: { data, name, mimetype: 'application/pdf', size: data.length },
  })
  return created.id
}

const act = async (action: string, user: Record<string, any>) => {
  // A revision of published content is submitted with its change note (workflow/changeLog/).
  if (action === 'submit') await writeChangeNote(payload, FS, id)
  return transition(payload, { collection: FS, id, action, user, message: 'Étape du test' })
}

async function edit(
  locale: 'fr' | 'en',
  change: (doc: Record<string, any>) => Record<string, any>,
) {
  const doc = await payload.findByID({
    collection: FS,
    id,
    draft: true,
    depth: 0,
    locale,
    fallbackLocale: false,
    overrideAccess: true,
  })
  await payload.update({
    collection: FS,
    id,
    locale,
    draft: true,
    data: change(doc as Record<string, any>) as never,
    user: users.editor,
    overrideAccess: false,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  users = await createUsers(payload)
  tokens = await tokensFor(payload, users)
  pdfA = await pdf('fiche-fer-2024.pdf')
  pdfB = await pdf('fiche-fer-2025.pdf')
  theme = (
    await payload.create({
      collection: 'themes',
      data: { name: 'Alimentation prénatale', slug: 'alimentation-prenatale' },
    })
  ).id
  const created = await payload.create({
    collection: FS,
    draft: true,
    locale: 'fr',
    user: users.editor,
    overrideAccess: false,
    data: {
      title: 'Le fer pendant la grossesse',
      summary: 'Les besoins en fer augmentent pendant la grossesse.',
      keyMessages: [{ text: 'Manger une source de fer à chaque repas.' }],
      body: root(
        heading('h2', 'Pourquoi le fer compte'),
        paragraph('Le volume sanguin augmente de près de la moitié.'),
        paragraph('Viser trois portions de viandes et substituts par jour.'),
      ) as never,
      pdf: pdfA,
    } as never,
  })
  id = created.id
  await edit('en', () => ({
    title: 'Iron during pregnancy',
    summary: 'Iron needs rise during pregnancy.',
    keyMessages: [{ text: 'Eat a source of iron at every meal.' }],
  }))
}, 180_000)

describe('a first submission', () => {
  it('shows the whole content as added, in both languages, with the file by its name', async () => {
    await act('submit', users.editor)
    const report = await changes(users.reviewer)
    expect(report.basis).toBe('none')
    expect(report.from).toBeNull()
    expect(report.heading.fr).toMatch(/^Contenu soumis/)
    const title = change(report, 'fr', 'title')
    expect(title.status).toBe('added')
    expect(title.diff).toEqual({
      kind: 'text',
      paragraphs: [{ op: 'added', text: 'Le fer pendant la grossesse' }],
    })
    expect(change(report, 'en', 'title').diff).toEqual({
      kind: 'text',
      paragraphs: [{ op: 'added', text: 'Iron during pregnancy' }],
    })
    const body = change(report, 'fr', 'body')
    expect(body.diff.kind === 'text' && body.diff.paragraphs.map((p) => p.op)).toEqual([
      'added',
      'added',
      'added',
    ])
    const messages = change(report, 'en', 'keyMessages')
    expect(messages.diff.kind === 'items' && messages.diff.items.map((i) => i.op)).toEqual([
      'added',
    ])
    expect(change(report, null, 'pdf').diff).toEqual({
      kind: 'value',
      before: null,
      after: 'fiche-fer-2024.pdf',
    })
  })

  it('leaves out workflow, review and schedule fields', async () => {
    const report = await changes(users.reviewer)
    const paths = allPaths(report)
    expect(paths.length).toBeGreaterThan(5)
    for (const path of paths)
      expect(path).not.toMatch(/:(workflowState|workflow|review|schedule|_status|updatedAt)\b/)
  })
})

describe('a revision of published content', () => {
  let report: ChangesReport

  beforeAll(async () => {
    await act('approve', users.reviewer)
    await act('publish', users.editor)
    await edit('fr', (doc) => ({
      body: root(
        heading('h2', 'Pourquoi le fer compte'),
        paragraph('Le volume sanguin augmente de près de la moitié.'),
        paragraph('Viser quatre portions de viandes et substituts par jour.'),
      ),
      keyMessages: [
        { id: doc.keyMessages[0].id, text: 'Manger une source de fer à chaque repas principal.' },
        { text: 'Associer une source de vitamine C pour mieux absorber le fer.' },
      ],
      pdf: pdfB,
      themes: [theme],
      references: [
        {
          authors: 'Santé Canada',
          title: 'Le fer et la grossesse',
          year: 2024,
        },
      ],
    }))
    await edit('en', () => ({ summary: 'Iron needs rise sharply during pregnancy.' }))
    report = await changes(users.reviewer)
  }, 120_000)

  it('starts from the published version (published after the approval)', () => {
    expect(report.basis).toBe('published')
    expect(report.heading.fr).toBe('Changements depuis la dernière version publiée')
    expect(report.from?.published).toBe(true)
    expect(report.from?.label.fr).toMatch(/^Publié · .* · publiée par Test editor · en ligne$/)
  })

  it('compares rich text word by word, words kept whole, unchanged paragraphs as such', () => {
    const body = change(report, 'fr', 'body')
    expect(body.status).toBe('changed')
    if (body.diff.kind !== 'text') throw new Error('body is text')
    const [h, p1, p2] = body.diff.paragraphs
    expect(h).toEqual({ op: 'same', text: 'Pourquoi le fer compte' })
    expect(p1!.op).toBe('same')
    expect(p2!.op).toBe('changed')
    if (p2!.op !== 'changed') return
    expect(p2!.parts.filter((p) => p.op === 'removed').map((p) => p.text)).toEqual(['trois'])
    expect(p2!.parts.filter((p) => p.op === 'added').map((p) => p.text)).toEqual(['quatre'])
  })

  it('shows each language in its own section', () => {
    expect(change(report, 'en', 'summary').diff).toMatchObject({
      kind: 'text',
      paragraphs: [
        {
          op: 'changed',
          parts: [
            { op: 'same', text: 'Iron needs rise ' },
            { op: 'added', text: 'sharply ' },
            { op: 'same', text: 'during pregnancy.' },
          ],
        },
      ],
    })
    expect(section(report, 'en').changes.map((c) => c.path)).toEqual(['summary'])
    expect(
      section(report, 'fr')
        .changes.map((c) => c.path)
        .sort(),
    ).toEqual(['body', 'keyMessages'])
  })

  it('compares arrays by item: one changed, one added', () => {
    const messages = change(report, 'fr', 'keyMessages')
    if (messages.diff.kind !== 'items') throw new Error('keyMessages is items')
    expect(messages.diff.unchanged).toBe(0)
    const [changed, added] = messages.diff.items
    expect(changed).toMatchObject({ op: 'changed', position: 1 })
    expect(changed!.changes[0]!.diff).toMatchObject({
      kind: 'text',
      paragraphs: [{ op: 'changed' }],
    })
    expect(added).toMatchObject({
      op: 'added',
      position: 2,
      summary: 'Associer une source de vitamine C pour mieux absorber le fer.',
    })
  })

  it('names references by title, files by name, and new bibliographic references by item', () => {
    expect(change(report, null, 'themes').diff).toEqual({
      kind: 'set',
      added: ['Alimentation prénatale'],
      removed: [],
      kept: 0,
    })
    expect(change(report, null, 'pdf').diff).toEqual({
      kind: 'value',
      before: 'fiche-fer-2024.pdf',
      after: 'fiche-fer-2025.pdf',
    })
    const refs = change(report, null, 'references')
    expect(refs.diff).toMatchObject({
      kind: 'items',
      items: [{ op: 'added', summary: 'Santé Canada — Le fer et la grossesse' }],
    })
  })

  it('starts from the approval once the revision is approved again, then edited', async () => {
    await act('submit', users.editor)
    await act('approve', users.reviewer)
    // Approved, not yet published: the comparison shows what publishing would change.
    const approved = await changes(users.editor)
    expect(approved.basis).toBe('published')
    expect(approved.to.label.fr).toMatch(/^Approuvé · .* · approuvée par Test reviewer$/)
    expect(approved.count).toBeGreaterThan(0)

    await edit('fr', () => ({
      summary: 'Les besoins en fer augmentent beaucoup pendant la grossesse.',
    }))
    const after = await changes(users.reviewer)
    expect(after.basis).toBe('approved')
    expect(after.heading.fr).toBe('Changements depuis la dernière version approuvée')
    expect(after.from?.approvedBy).toBe('Test reviewer')
    expect(allPaths(after)).toEqual(['fr:summary'])
  })

  it('compares any two versions when asked, labelled by their meaning', async () => {
    const all = (await changes(users.reviewer)).versions
    const firstVersion = all[all.length - 1]!
    const chosen = await changes(users.reviewer, { from: firstVersion.id })
    expect(chosen.basis).toBe('chosen')
    expect(chosen.from?.id).toBe(firstVersion.id)
    expect(all.some((v) => /^En révision · .* · soumise par Test editor/.test(v.label.fr))).toBe(
      true,
    )
    expect(all.every((v) => !/\bv\.\d|version \d/.test(v.label.fr))).toBe(true)
  })
})

describe('who may see the changes', () => {
  it('anyone who can read the drafts (staff), through the REST endpoint too', async () => {
    const res = await rest('GET', `${FS}/${id}/changes`, { token: tokens.reviewer })
    expect(res.status).toBe(200)
    expect(res.json.sections).toHaveLength(3)
    const summary = await rest('GET', `${FS}/${id}/changes?summary=true`, { token: tokens.editor })
    expect(summary.json).toMatchObject({ basis: 'approved', count: 1 })
  })

  it('nobody without an account', async () => {
    const res = await rest('GET', `${FS}/${id}/changes`)
    expect(res.status).toBe(401)
    expect(res.json.errors[0].message).toBe('Connectez-vous pour continuer.')
  })

  it('not a user who reads only the published version (no role that reads drafts)', async () => {
    const outsider = { ...users.editor, id: 999_999, role: 'outsider' }
    await expect(changes(outsider)).rejects.toMatchObject({ status: 403 })
  })

  it('not a version of another document', async () => {
    const other = await payload.create({
      collection: FS,
      draft: true,
      data: { title: 'Autre fiche', summary: 'Autre résumé.' } as never,
      overrideAccess: true,
    })
    const { docs } = await payload.findVersions({
      collection: FS,
      where: { parent: { equals: other.id } },
      limit: 1,
    })
    await expect(changes(users.reviewer, { from: String(docs[0]!.id) })).rejects.toMatchObject({
      status: 404,
    })
  })
})
