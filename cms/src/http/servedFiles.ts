import fs from 'node:fs/promises'
import path from 'node:path'
import type { CollectionConfig, PayloadRequest } from 'payload'
import { say } from '../i18n/say'

type UploadConfig = Exclude<CollectionConfig['upload'], boolean | undefined>
type Handler = NonNullable<UploadConfig['handlers']>[number]

/**
 * `GET /api/<uploads>/file/<name>` for a name that is not on the disk: a French 404. Payload
 * answers 500 there once access is granted (staff read every file), e.g. for
 * `..%252f..%252fnlv.db`, which arrives as the literal name `..%2f..%2fnlv.db`.
 */
export const missingFileIs404 = (staticDir: string): Handler =>
  // Payload's type allows Promise<Response> or Promise<void>, not a promise of either.
  (async (req: PayloadRequest, { params }: Parameters<Handler>[1]) => {
    const dir = path.resolve(staticDir)
    const file = path.resolve(dir, params.filename)
    const inside = file.startsWith(dir + path.sep)
    const exists =
      inside &&
      (await fs.stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    if (exists) return // Payload streams it, with the headers below
    return Response.json(
      {
        errors: [{ message: say(req, { fr: 'Fichier introuvable.', en: 'File not found.' }) }],
      },
      { status: 404 },
    )
  }) as Handler

/**
 * Headers of a served document (PDF, Word, PowerPoint, video): downloaded, never rendered as
 * a page of the CMS's origin, and sandboxed if a browser renders it anyway — whatever a file
 * carries (a PDF's scripts, HTML behind a `%PDF` header) cannot run with the CMS's cookies.
 */
export const documentResponseHeaders: UploadConfig['modifyResponseHeaders'] = ({ headers }) => {
  headers.set('Content-Disposition', 'attachment')
  headers.set('Content-Security-Policy', "sandbox; default-src 'none'")
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/** Headers of a served image: shown inline, but opened on its own it is a sandboxed document. */
export const imageResponseHeaders: UploadConfig['modifyResponseHeaders'] = ({ headers }) => {
  headers.set('Content-Security-Policy', "sandbox; default-src 'none'; img-src 'self'")
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}
