/**
 * A cap on request bodies that are not multipart (JSON above all). Payload reads a JSON body whole
 * (`req.text()`) before any access check or hook, and endpoints may call `req.json()` or
 * `req.text()` whatever the type, so without a cap one anonymous request of a few hundred
 * megabytes holds that much memory. Multipart bodies (uploads, the admin's forms) are capped
 * by the multipart parser's limits instead (`upload.limits` in payload.config.ts).
 *
 * The body is read here with a byte count: a `Content-Length` over the cap is refused before
 * reading anything, a body without one (chunked) is refused as soon as it goes over.
 */
import { maxDocumentBytes, env } from '../env'

type Handler<C> = (request: Request, context: C) => Promise<Response>

const isMultipart = (request: Request) =>
  (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/')

/** French unless the admin's language cookie says English (the admin shows this message). */
function refusal(request: Request): Response {
  const english = /(?:^|;\s*)payload-lng=en\b/.test(request.headers.get('cookie') ?? '')
  const message = english
    ? `Request refused: the data sent is over ${env.NLV_MAX_DOCUMENT_MB} MB.`
    : `Requête refusée : les données envoyées dépassent ${env.NLV_MAX_DOCUMENT_MB} Mo.`
  return Response.json({ errors: [{ message }] }, { status: 413 })
}

/** The body's bytes, or null as soon as they go over `limit`. */
async function readAtMost(body: ReadableStream<Uint8Array>, limit: number) {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return Buffer.concat(chunks)
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => {})
      return null
    }
    chunks.push(value)
  }
}

export function limitRequestBody<C>(handler: Handler<C>, limit = maxDocumentBytes): Handler<C> {
  return async (request, context) => {
    if (!request.body || isMultipart(request)) return handler(request, context)
    const declared = Number(request.headers.get('content-length') ?? NaN)
    if (declared > limit) return refusal(request)
    const bytes = await readAtMost(request.body, limit)
    if (!bytes) return refusal(request)
    const headers = new Headers(request.headers)
    headers.set('content-length', String(bytes.byteLength))
    return handler(
      new Request(request.url, {
        method: request.method,
        headers,
        body: bytes,
        signal: request.signal,
      }),
      context,
    )
  }
}
