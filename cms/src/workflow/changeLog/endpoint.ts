/**
 * « Ce qui a changé » over REST, on each reviewed collection:
 * - `GET  /api/<collection>/:id/change-note` — the note, whether submitting needs one, and
 *   whether this user may write it now;
 * - `POST /api/<collection>/:id/change-note` — body `{ text, textEn?, important? }`; saves it
 *   on the latest version (a draft save that changes no content). Refusals answer
 *   `{ errors: [{ message }] }` in the user's admin language.
 */
import { needsChangeNote } from '@nlv/shared/dates'
import type { Endpoint, PayloadRequest } from 'payload'
import { isStaff } from '../../access/isStaff'
import { say } from '../../i18n/say'
import { actorOf } from '../context'
import type { ContentType } from '@nlv/shared/content-types'
import { type Doc, isContentType, latestDoc } from '../documents'
import { stateOf } from '../states'
import type { ChangeLogContext } from './publication'
import { changeFacts, cleanNote, noteEditRefusal, type ChangeNote } from './rules'

const fail = (message: string, status: number) =>
  Response.json({ errors: [{ message }] }, { status })

type Loaded = { error: Response } | { error?: never; collection: ContentType; id: string; doc: Doc }

async function load(req: PayloadRequest): Promise<Loaded> {
  if (!req.user)
    return {
      error: fail(say(req, { fr: 'Connectez-vous pour continuer.', en: 'Please log in.' }), 401),
    }
  if (!isStaff({ req }))
    return { error: fail(say(req, { fr: 'Accès refusé.', en: 'Forbidden.' }), 403) }
  const collection = String(req.routeParams?.collection)
  const id = String(req.routeParams?.id)
  if (!isContentType(collection)) return { error: fail('Not found', 404) }
  const doc = await latestDoc(req, collection, id)
  if (!doc)
    return { error: fail(say(req, { fr: 'Contenu introuvable.', en: 'Item not found.' }), 404) }
  return { collection, id, doc }
}

/** What the review panel's note editor receives. */
export interface ChangeNoteStatus {
  note: { text: string | null; textEn: string | null; important: boolean }
  /** Submitting needs a note (a change to a published item). */
  required: boolean
  everPublished: boolean
  contentChanged: boolean
  /** This user may write the note now; otherwise why not (French, English). */
  canEdit: boolean
  reason: { fr: string; en: string } | null
}

const read: Endpoint = {
  path: '/:id/change-note',
  method: 'get',
  handler: async (req) => {
    const loaded = await load(req)
    if (loaded.error) return loaded.error
    const { collection, doc } = loaded
    const facts = await changeFacts(req, collection, doc)
    const note = cleanNote(doc.changeNote)
    const refusal = noteEditRefusal(actorOf(req.user), stateOf(doc), note)
    const status: ChangeNoteStatus = {
      note,
      required: needsChangeNote(facts),
      ...facts,
      canEdit: !refusal,
      reason: refusal,
    }
    return Response.json(status)
  },
}

const write: Endpoint = {
  path: '/:id/change-note',
  method: 'post',
  handler: async (req) => {
    const loaded = await load(req)
    if (loaded.error) return loaded.error
    const { collection, id, doc } = loaded
    const body = ((await req.json?.().catch(() => ({}))) ?? {}) as Record<string, unknown>
    const note: ChangeNote = {
      text: typeof body.text === 'string' ? body.text : null,
      textEn: typeof body.textEn === 'string' ? body.textEn : null,
      important: body.important === true,
    }
    const refusal = noteEditRefusal(actorOf(req.user), stateOf(doc), note)
    if (refusal) return fail(say(req, refusal), refusal.fr.includes('caractères') ? 400 : 409)
    ;(req.context as ChangeLogContext).changeNoteWrite = true
    try {
      await req.payload.update({
        collection,
        id,
        data: { changeNote: cleanNote(note) } as never,
        draft: true,
        depth: 0,
        overrideAccess: true,
        req,
      })
    } finally {
      delete (req.context as ChangeLogContext).changeNoteWrite
    }
    return Response.json({
      note: cleanNote(note),
      message: say(req, { fr: 'Note enregistrée.', en: 'Note saved.' }),
    })
  },
}

export const changeNoteEndpoints: Endpoint[] = [read, write]
