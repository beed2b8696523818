/**
 * The CMS's REST API for browser tests and benchmarks: `adminApi(() => cms.url)` gives `api()`
 * (JSON in and out, a JWT when given, an error naming the route and the answer on any status
 * that is not 2xx) and `login()` (a user's token). The base URL is read on each call, so the
 * helper can be made before the CMS starts.
 */

export interface ApiInit {
  method?: string
  token?: string
  body?: unknown
}

/** The password of the test accounts (`users/first-register` and `users` in each suite). */
export const TEST_PASSWORD = 'test-password-1'

export function adminApi(baseUrl: () => string, password = TEST_PASSWORD) {
  // `any`: each suite reads the fields of Payload's answers it needs (doc.id, token, docs…).
  async function api(route: string, init: ApiInit = {}): Promise<any> {
    const res = await fetch(`${baseUrl()}/api/${route}`, {
      method: init.method ?? 'GET',
      headers: {
        'Content-Type': 'application/json',
        ...(init.token ? { Authorization: `JWT ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json = await res.json().catch(() => null)
    if (!res.ok)
      throw new Error(
        `${init.method ?? 'GET'} /api/${route}: ${res.status} ${JSON.stringify(json)}`,
      )
    return json
  }
  /** The token of a user who logs in with `password`. */
  const login = async (email: string): Promise<string> =>
    (await api('users/login', { method: 'POST', body: { email, password } })).token as string
  return { api, login }
}
