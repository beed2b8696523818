/**
 * `recordPublication` (beforeChange, after the workflow's `guardWorkflow`): the public dates
 * and the change log belong to publication. On every write they keep their stored values; a
 * write that publishes (the workflow noted a `publish` event for it) records, in that same
 * write and so in its transaction:
 * - « Publié le » once (the first publication);
 * - « Mis à jour le » when the content published differs from the content that was online
 *   (a state change, a re-review without edits, a schedule change publish nothing new);
 * - the approved « Ce qui a changé » as a history entry when the content changed, and empties
 *   the note for the next change.
 * The note itself changes only through its endpoint (`context.changeNoteWrite`).
 * Seeding writes its own dates and history.
 */
import type { ContentType } from '@nlv/shared/content-types'
import { changeNoteMaxLength, datesAfterPublication } from '@nlv/shared/dates'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { say } from '../../i18n/say'
import { pendingKey, type WorkflowContext } from '../context'
import { contentChanged, contentHash } from '../contentHash'
import { configOf, latestDoc, localeCodes, type ReviewedDoc } from '../documents'
import { cleanNote, publicContent, type ChangeNote } from './rules'

export type ChangeLogContext = WorkflowContext & {
  /** The change-note endpoint's write (the only one that may change the note). */
  changeNoteWrite?: boolean
  /** The clock of a publication (tests move it to see dates apart). */
  changeLogNow?: Date
}

interface HistoryRow {
  date: string
  note: string
  noteEn?: string | null
  important?: boolean | null
}
interface History {
  firstPublishedAt?: string | null
  contentUpdatedAt?: string | null
  changes?: HistoryRow[] | null
}

const rowsOf = (history: History | null | undefined): HistoryRow[] =>
  (history?.changes ?? []).map(({ date, note, noteEn, important }) => ({
    date,
    note,
    noteEn: noteEn ?? null,
    important: Boolean(important),
  }))

export const recordPublication: CollectionBeforeChangeHook<ReviewedDoc> = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const context = req.context as ChangeLogContext
  if (context.seeding) return data
  const slug = collection.slug as ContentType
  const previous = operation === 'create' ? null : (originalDoc ?? null)
  const record = data as Record<string, unknown>
  const before = (previous as { history?: History } | null)?.history ?? {}
  const storedNote = (previous as { changeNote?: ChangeNote } | null)?.changeNote ?? null

  record.history = { ...before, changes: rowsOf(before) }
  if (!context.changeNoteWrite) record.changeNote = cleanNote(storedNote)
  else {
    const note = cleanNote(record.changeNote as ChangeNote)
    if ((note.text?.length ?? 0) > changeNoteMaxLength)
      throw new APIError(
        say(req, { fr: 'Note trop longue.', en: 'Note too long.' }),
        400,
        undefined,
        true,
      )
    record.changeNote = note
  }

  const pending = context.workflowPending?.[pendingKey(slug, previous?.id)] ?? []
  if (!pending.some((event) => event.action === 'publish')) return data

  // What was online before this write, against what this write makes public.
  let changed: boolean
  if (!previous || contentChanged(collection, data, previous)) changed = true
  else {
    const online = await publicContent(req, slug, previous.id)
    const latest = await latestDoc(req, slug, previous.id)
    const config = configOf(req.payload, slug)
    const locales = localeCodes(req.payload)
    changed =
      !online ||
      !latest ||
      contentHash(config, online, locales) !== contentHash(config, latest, locales)
  }
  const now = context.changeLogNow ?? new Date()
  const dates = datesAfterPublication(before, { contentChanged: changed, now })
  const note = cleanNote(storedNote)
  const changes = rowsOf(before)
  if (changed && before.firstPublishedAt && note.text) {
    changes.push({
      date: now.toISOString(),
      note: note.text,
      noteEn: note.textEn,
      important: note.important,
    })
  }
  record.history = { ...dates, changes }
  record.changeNote = { text: null, textEn: null, important: false }
  return data
}
