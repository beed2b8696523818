/**
 * The rules of « Ce qui a changé »:
 * - submitting a change to an item that was already published needs a note (one or two
 *   sentences), unless the content is the one online (a re-review without edits);
 * - the content team writes it before submitting; the committee may reword it while the item
 *   is in review; once approved, it is bound to the approval and nobody changes it (taking the
 *   item back to draft frees it again);
 * - it is published with the approved version (`publication.ts`).
 */
import type { ContentType } from '@nlv/shared/content-types'
import { changeNoteMaxLength, needsChangeNote } from '@nlv/shared/dates'
import { isolateObjectProperty, type PayloadRequest } from 'payload'
import type { Actor } from '../context'
import { contentHash } from '../contentHash'
import { configOf, type Doc, isOnline, localeCodes } from '../documents'
import type { Bilingual, WorkflowState } from '../states'

export interface ChangeNote {
  text?: string | null
  textEn?: string | null
  important?: boolean | null
}

export const noteMissing: Bilingual = {
  fr: 'Écrivez « Ce qui a changé » avant de soumettre : une ou deux phrases qui disent aux intervenant·es ce qui change dans ce contenu déjà publié.',
  en: 'Write "What changed" before submitting: one or two sentences telling practitioners what changes in this already published item.',
}

export const noteTooLong: Bilingual = {
  fr: `« Ce qui a changé » tient en une ou deux phrases (${changeNoteMaxLength} caractères au plus).`,
  en: `"What changed" is one or two sentences (${changeNoteMaxLength} characters at most).`,
}

export const noteBound: Bilingual = {
  fr: 'Cette version est approuvée avec sa note « Ce qui a changé » : reprenez la rédaction pour la modifier.',
  en: 'This version is approved with its "What changed" note: take it back to draft to change it.',
}

export const noteNotYours: Bilingual = {
  fr: 'Seule l’équipe de contenu écrit « Ce qui a changé » ; le comité peut la reformuler pendant la révision.',
  en: 'The content team writes "What changed"; the committee may reword it during the review.',
}

/** Trimmed note; empty strings absent. */
export function cleanNote(note: ChangeNote | null | undefined): {
  text: string | null
  textEn: string | null
  important: boolean
} {
  const text = note?.text?.trim() || null
  const textEn = note?.textEn?.trim() || null
  return { text, textEn, important: Boolean(note?.important) }
}

export const sameNote = (a: ChangeNote | null | undefined, b: ChangeNote | null | undefined) =>
  JSON.stringify(cleanNote(a)) === JSON.stringify(cleanNote(b))

/** Why this user may not write this note on an item in `state`, or null. Pure. */
export function noteEditRefusal(
  actor: Actor,
  state: WorkflowState,
  note: ChangeNote,
): Bilingual | null {
  const clean = cleanNote(note)
  if ((clean.text?.length ?? 0) > changeNoteMaxLength) return noteTooLong
  if ((clean.textEn?.length ?? 0) > changeNoteMaxLength) return noteTooLong
  if (state === 'approved') return noteBound
  const role = actor?.role
  if (role === 'admin' || role === 'editor') return null
  if (role === 'reviewer' && state === 'in_review') return null
  return noteNotYours
}

/** The content as it is online (Payload's main row), every locale; null when never written. */
export async function publicContent(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<Doc | null> {
  const allLocales = isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])
  const doc = await req.payload
    .findByID({
      collection,
      id,
      draft: false,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req: allLocales,
    })
    .catch(() => null)
  return (doc as Doc | null) ?? null
}

/** Whether the latest content differs from what was last published (and whether it ever was). */
export async function changeFacts(req: PayloadRequest, collection: ContentType, latest: Doc) {
  const everPublished =
    Boolean(latest.history?.firstPublishedAt) || (await isOnline(req, collection, latest.id))
  if (!everPublished) return { everPublished, contentChanged: true }
  const online = await publicContent(req, collection, latest.id)
  const config = configOf(req.payload, collection)
  const locales = localeCodes(req.payload)
  const contentChanged =
    !online || contentHash(config, online, locales) !== contentHash(config, latest, locales)
  return { everPublished, contentChanged }
}

/** Why `latest` may not be submitted yet (no note for a published item's change), or null. */
export async function submitRefusal(
  req: PayloadRequest,
  collection: ContentType,
  latest: Doc,
): Promise<Bilingual | null> {
  if (cleanNote(latest.changeNote).text) return null
  return needsChangeNote(await changeFacts(req, collection, latest)) ? noteMissing : null
}
