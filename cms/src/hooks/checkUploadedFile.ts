import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { maxUploadBytes } from '../env'
import { say } from '../i18n/say'
import { pdfProblem, reencodeImage } from './activeContent'

const human = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} Mo`

/**
 * Checks an upload before Payload stores it: the type is read from the file's bytes (a renamed
 * executable is refused whatever its name), the size is capped, and the file name is cleaned
 * of path separators and control characters. The stored MIME type is the detected one.
 * Active content is refused or removed: a PDF must be one and run nothing (`activeContent.ts`);
 * an image is encoded again, which drops whatever was appended to it.
 */
export const checkUploadedFile =
  (allowed: Record<string, string>): CollectionBeforeOperationHook =>
  async ({ req, operation }) => {
    if (operation !== 'create' && operation !== 'update') return
    const file = req.file
    if (!file) return
    if (file.size > maxUploadBytes) {
      throw new APIError(
        say(req, {
          fr: `Fichier refusé : il pèse ${human(file.size)}, la limite est de ${human(maxUploadBytes)}.`,
          en: `File refused: it weighs ${human(file.size)}, the limit is ${human(maxUploadBytes)}.`,
        }),
        413,
        undefined,
        true,
      )
    }
    const detected = file.data?.length ? await fileTypeFromBuffer(file.data) : undefined
    const accepted = Object.values(allowed).join(', ')
    if (!detected || !(detected.mime in allowed)) {
      throw new APIError(
        say(req, {
          fr: `Type de fichier refusé : le contenu de « ${file.name} » n'est pas un format accepté (${accepted}).`,
          en: `File type refused: the content of "${file.name}" is not an accepted format (${accepted}).`,
        }),
        400,
        undefined,
        true,
      )
    }
    if (detected.mime === 'application/pdf') {
      const problem = pdfProblem(file.data)
      if (problem) {
        throw new APIError(
          say(
            req,
            problem === 'active-content'
              ? {
                  fr: `PDF refusé : « ${file.name} » contient du code qui s'exécute à l'ouverture (JavaScript, lancement d'un programme). Enregistrez-le de nouveau sans ces éléments (par exemple « Imprimer en PDF »).`,
                  en: `PDF refused: "${file.name}" contains code that runs when it is opened (JavaScript, program launch). Save it again without it (e.g. "Print to PDF").`,
                }
              : {
                  fr: `Type de fichier refusé : le contenu de « ${file.name} » n'est pas un PDF complet.`,
                  en: `File type refused: the content of "${file.name}" is not a complete PDF.`,
                },
          ),
          400,
          undefined,
          true,
        )
      }
    }
    if (detected.mime.startsWith('image/')) {
      const clean = await reencodeImage(file.data, detected.mime)
      if (clean) {
        file.data = clean
        file.size = clean.length
      }
    }
    file.mimetype = detected.mime
    file.name = cleanFileName(file.name, detected.ext)
  }

/** Keeps the base name's letters, digits, dots, dashes and underscores; forces the true extension. */
export function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|-+$/g, '')
    .slice(0, 80)
  return `${base || 'fichier'}.${ext}`
}
