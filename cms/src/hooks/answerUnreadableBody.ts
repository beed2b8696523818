/**
 * Payload reads a request's body before any collection hook runs. When a multipart upload
 * is cut short or garbled (a dropped connection, a hand-made script), its parser (busboy)
 * throws a plain Error and Payload answers 500 « Something went wrong »; when the form's
 * `_payload` field is not JSON, `JSON.parse` throws and the answer is the same. Both are the
 * client's mistake: this `afterError` hook answers them with a 400 that says what to do.
 * A form over the multipart limits gets a French 413 instead of Payload's English one.
 * Nothing has been stored at that point (the body was never read to the end).
 */
import type { AfterErrorHook } from 'payload'
import { env } from '../env'
import { say } from '../i18n/say'

/** What busboy (Payload's multipart parser) says of a body it cannot read. */
const unreadableMultipart = [
  'Unexpected end of form',
  'Unexpected end of file',
  'Malformed part header',
  'Multipart: Boundary not found',
  'Malformed content type',
]

const isMultipart = (contentType: string | null | undefined) =>
  (contentType ?? '').toLowerCase().startsWith('multipart/')

export const answerUnreadableBody: AfterErrorHook = ({ error, req }) => {
  if (!isMultipart(req.headers?.get('content-type'))) return
  const status = (error as { status?: number }).status ?? 500
  const message = error.message ?? ''
  // A form field over `upload.limits.fieldSize`, or too many fields/parts (the file-size cap
  // has its own French message: `upload.responseOnLimit`).
  if (status === 413 && message.startsWith('Multipart')) {
    return {
      status: 413,
      response: {
        errors: [
          {
            message: say(req, {
              fr: `Envoi refusé : les données du document dépassent ${env.NLV_MAX_DOCUMENT_MB} Mo.`,
              en: `Upload refused: the document's data is over ${env.NLV_MAX_DOCUMENT_MB} MB.`,
            }),
          },
        ],
      },
    }
  }
  if (status < 500) return
  if (unreadableMultipart.some((known) => message.startsWith(known))) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message: say(req, {
              fr: 'Envoi refusé : le formulaire est incomplet ou illisible (envoi interrompu ?). Réessayez d’envoyer le fichier.',
              en: 'Upload refused: the form is incomplete or unreadable (interrupted upload?). Try sending the file again.',
            }),
          },
        ],
      },
    }
  }
  if (error instanceof SyntaxError) {
    return {
      status: 400,
      response: {
        errors: [
          {
            message: say(req, {
              fr: 'Envoi refusé : le champ « _payload » du formulaire doit être un objet JSON valide.',
              en: 'Upload refused: the form’s "_payload" field must be valid JSON.',
            }),
          },
        ],
      },
    }
  }
}
