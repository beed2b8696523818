/**
 * Checks external web addresses politely: one request at a time per host (hosts in parallel, a
 * few at once), a timeout per request, HEAD first and GET when HEAD is refused, and one more try
 * after a pause before anything is reported as failing. Redirects are followed.
 *
 * Three outcomes, so that the content team knows what to do:
 * - `ok`: the page answered (2xx), possibly after redirects;
 * - `broken`: the site answered with an error (404 page gone, 410, 5xx server error, …);
 * - `unreachable` (« injoignable »): no answer at all — the name does not resolve, the
 *   connection is refused or times out, the secure connection (TLS) fails. This is often a
 *   network problem on our side or a site that is down for a while, not a page that is gone.
 */

export type LinkOutcome = 'ok' | 'broken' | 'unreachable'

export interface LinkResult {
  url: string
  outcome: LinkOutcome
  /** The final HTTP status (after redirects), when the site answered. */
  httpStatus: number | null
  /** Where the redirects led, when they led elsewhere. */
  finalUrl: string | null
  /** What failed, in English (logs), e.g. `ENOTFOUND`, `timeout`, `TLS: DEPTH_ZERO_SELF_SIGNED_CERT`. */
  error: string | null
  method: 'HEAD' | 'GET'
  attempts: number
  checkedAt: string
}

export interface CheckOptions {
  /** Per request. Default 10 s. */
  timeoutMs?: number
  /** Pause before the second try of a failing link. Default 5 s. */
  retryDelayMs?: number
  /** Pause between two requests to the same host. Default 1 s. */
  hostDelayMs?: number
  /** How many hosts are checked at once. Default 4. */
  hostConcurrency?: number
  userAgent?: string
  now?: () => Date
}

const sleep = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve())

const tlsCodes =
  /^(ERR_SSL|ERR_TLS|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ERR_SSL_WRONG_VERSION)/

/** The reason a request got no answer, from fetch's error and its cause. */
function networkError(error: unknown): string {
  const e = error as { name?: string; cause?: { code?: string; message?: string } }
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout'
  const code = e?.cause?.code ?? ''
  if (tlsCodes.test(code) || /ssl|tls|certificate/i.test(e?.cause?.message ?? ''))
    return `TLS: ${code || e?.cause?.message}`
  return code || e?.cause?.message || String(error)
}

interface Attempt {
  outcome: LinkOutcome
  httpStatus: number | null
  finalUrl: string | null
  error: string | null
  method: 'HEAD' | 'GET'
}

async function request(url: string, method: 'HEAD' | 'GET', o: Required<CheckOptions>) {
  const response = await fetch(url, {
    method,
    redirect: 'follow',
    signal: AbortSignal.timeout(o.timeoutMs),
    headers: { 'User-Agent': o.userAgent, Accept: 'text/html,application/pdf,*/*;q=0.8' },
  })
  // Only the status matters: never download the page.
  await response.body?.cancel().catch(() => undefined)
  return response
}

async function attempt(url: string, o: Required<CheckOptions>): Promise<Attempt> {
  let method: 'HEAD' | 'GET' = 'HEAD'
  try {
    let response = await request(url, 'HEAD', o)
    // Many servers refuse or mishandle HEAD (405, 501, sometimes 403/404): ask with GET.
    if (response.status >= 400) {
      method = 'GET'
      await sleep(o.hostDelayMs)
      response = await request(url, 'GET', o)
    }
    const finalUrl = response.redirected && response.url !== url ? response.url : null
    return {
      outcome: response.status < 400 ? 'ok' : 'broken',
      httpStatus: response.status,
      finalUrl,
      error: null,
      method,
    }
  } catch (error) {
    const reason = networkError(error)
    // Too many redirects is an answer from the site (a loop), not a network failure.
    if (/redirect/i.test(String((error as { cause?: { message?: string } })?.cause?.message)))
      return { outcome: 'broken', httpStatus: null, finalUrl: null, error: 'redirect loop', method }
    return { outcome: 'unreachable', httpStatus: null, finalUrl: null, error: reason, method }
  }
}

/** Checks one address: a failing one is tried once more, after a pause. */
export async function checkLink(url: string, options: CheckOptions = {}): Promise<LinkResult> {
  const o = withDefaults(options)
  let result = await attempt(url, o)
  let attempts = 1
  if (result.outcome !== 'ok') {
    await sleep(o.retryDelayMs)
    result = await attempt(url, o)
    attempts = 2
  }
  return { url, ...result, attempts, checkedAt: o.now().toISOString() }
}

function withDefaults(options: CheckOptions): Required<CheckOptions> {
  return {
    timeoutMs: options.timeoutMs ?? 10_000,
    retryDelayMs: options.retryDelayMs ?? 5_000,
    hostDelayMs: options.hostDelayMs ?? 1_000,
    hostConcurrency: options.hostConcurrency ?? 4,
    userAgent: options.userAgent ?? 'NourrirLaVie-LinkChecker/1.0',
    now: options.now ?? (() => new Date()),
  }
}

export const hostOf = (url: string): string => {
  try {
    return new URL(url).host.toLowerCase()
  } catch {
    return ''
  }
}

/**
 * Checks every address, one host at a time per host: the addresses of one host one after the
 * other (with a pause between them), up to `hostConcurrency` hosts at once. `onResult` is
 * called as each result arrives.
 */
export async function checkLinks(
  urls: readonly string[],
  options: CheckOptions = {},
  onResult?: (result: LinkResult) => void | Promise<void>,
): Promise<LinkResult[]> {
  const o = withDefaults(options)
  const byHost = new Map<string, string[]>()
  for (const url of new Set(urls)) {
    const host = hostOf(url)
    byHost.set(host, [...(byHost.get(host) ?? []), url])
  }
  const hosts = [...byHost.values()]
  const results: LinkResult[] = []
  const worker = async () => {
    for (let list = hosts.shift(); list; list = hosts.shift()) {
      for (const [i, url] of list.entries()) {
        if (i > 0) await sleep(o.hostDelayMs)
        const result = await checkLink(url, o)
        results.push(result)
        await onResult?.(result)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, o.hostConcurrency) }, worker))
  return results
}
