/**
 * Reports the search page's final queries to the CMS (« Statistiques du site »): a query is
 * final once the page has shown its results and nothing else was searched for
 * `quietMs` (or the visitor leaves the page). Only the query, the page's language, the result
 * count and the typo rule's correction are sent — as text/plain without credentials, so no
 * cookie, no preflight — and the CMS stores daily counts, never who asked.
 */
export interface QueryReport {
  q: string
  lang: string
  results: number
  corrected: string | null
}

/** Quiet time after results before a query counts as final. */
export const quietMs = 1500

export function queryReporter(url: string): (report: QueryReport | null) => void {
  if (!url) return () => {}
  let pending: QueryReport | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let last = ''
  const send = () => {
    clearTimeout(timer)
    const report = pending
    pending = null
    if (!report) return
    const key = `${report.lang}\n${report.q}`
    // The same query shown again (back button, « voir plus ») is not a new search.
    if (key === last) return
    last = key
    fetch(url, {
      method: 'POST',
      body: JSON.stringify(report),
      headers: { 'Content-Type': 'text/plain' },
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      keepalive: true,
    }).catch(() => undefined)
  }
  addEventListener('pagehide', send)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') send()
  })
  return (report) => {
    clearTimeout(timer)
    pending = report && report.q ? report : null
    if (pending) timer = setTimeout(send, quietMs)
  }
}
