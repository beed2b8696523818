/**
 * Calls Payload's real REST and GraphQL route handlers (the ones Next serves, from
 * `@payloadcms/next/routes`) without an HTTP server: every method, raw or multipart bodies,
 * any header, wrapped as the CMS's route files wrap them (`limitRequestBody`). For the
 * access-matrix and hostile-input tests.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { limitRequestBody } from '../../src/http/limitRequestBody'

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export interface RestOptions {
  token?: string
  /** JSON-encoded unless it is a string, a Buffer, a stream or FormData (sent as is). */
  body?: unknown
  headers?: Record<string, string>
}

export interface RestResponse {
  status: number
  text: string
  json: any
  headers: Headers
}

type Handler = (req: Request, ctx: { params: Promise<{ slug: string[] }> }) => Promise<Response>

export function restClient(config: SanitizedConfig | Promise<SanitizedConfig>) {
  const handlers: Record<Method, Handler> = {
    GET: REST_GET(config),
    POST: limitRequestBody(REST_POST(config)),
    PATCH: limitRequestBody(REST_PATCH(config)),
    DELETE: REST_DELETE(config),
  }
  const graphqlHandler = limitRequestBody(GRAPHQL_POST(config))

  const read = async (res: Response): Promise<RestResponse> => {
    const text = await res.text()
    let json: any = null
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON (a served file)
    }
    return { status: res.status, text, json, headers: res.headers }
  }

  const requestInit = (method: string, { token, body, headers = {} }: RestOptions) => {
    const all: Record<string, string> = { ...headers }
    if (token) all.Authorization = `JWT ${token}`
    let payload: BodyInit | undefined
    if (body instanceof FormData) payload = body
    else if (typeof body === 'string' || Buffer.isBuffer(body) || body instanceof ReadableStream) {
      payload = body as BodyInit
      all['Content-Type'] ??= 'application/json'
    } else if (body !== undefined) {
      payload = JSON.stringify(body)
      all['Content-Type'] ??= 'application/json'
    }
    // A stream is sent without Content-Length (chunked), as `duplex: 'half'` requires.
    return { method, headers: all, body: payload, duplex: 'half' as const }
  }

  /** `path` is what follows `/api/`, query string included. */
  async function rest(method: Method, path: string, options: RestOptions = {}) {
    const request = new Request(`http://localhost:3000/api/${path}`, requestInit(method, options))
    const slug = path.split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent)
    return read(await handlers[method](request, { params: Promise.resolve({ slug }) }))
  }

  async function graphql(query: string, options: Omit<RestOptions, 'body'> = {}) {
    const request = new Request(
      'http://localhost:3000/api/graphql',
      requestInit('POST', { ...options, body: { query } }),
    )
    return read(await graphqlHandler(request, undefined))
  }

  return { rest, graphql }
}

/** A multipart body as the admin sends an upload: the file and `_payload` (the other fields). */
export function uploadForm(
  file: { data: Buffer; name: string; type: string },
  fields: Record<string, unknown>,
): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  return form
}
