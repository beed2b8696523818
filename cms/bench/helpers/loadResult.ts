/**
 * What the REST load benches (api-load, multi-instance) print of an autocannon run, and the
 * pause between two runs.
 */
import os from 'node:os'
import type autocannon from 'autocannon'

const line = (label: string, value: string) => console.log(`  ${label.padEnd(22)} ${value}`)

/** Prints the run under `title`; returns its row of the summary table (setup, req/s, p50, p99, errors). */
export function printLoadResult(
  title: string,
  result: autocannon.Result,
  { firstFailure }: { firstFailure?: string } = {},
): string {
  console.log(`\n${title}`)
  line('requests', String(result.requests.total))
  line('throughput', `${result.requests.average.toFixed(1)} req/s`)
  line('latency p50', `${result.latency.p50} ms`)
  line('latency p99', `${result.latency.p99} ms`)
  // autocannon counts a timeout (10 s) as an error too.
  line('errors', `${result.errors} (${result.timeouts} of them timeouts)`)
  line('non-2xx responses', String(result.non2xx))
  line('statuses', JSON.stringify(result.statusCodeStats))
  if (firstFailure) line('first non-2xx', firstFailure)
  const load = os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')
  line('load average', `${load} (1, 5, 15 min; ${os.cpus().length} cores)`)
  return `${result.requests.average.toFixed(1)} | ${result.latency.p50} | ${result.latency.p99} | ${result.errors + result.non2xx}`
}

/**
 * autocannon drops its sockets at the end, not the server's work on them: waits (up to a
 * minute) until `base` answers quickly again, or the next run measures this one's backlog.
 */
export async function waitUntilCaughtUp(base: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const start = performance.now()
    await fetch(`${base}/api/themes?limit=1`).catch(() => undefined)
    if (performance.now() - start < 300) return
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** The write both benches mix into their reads: a new fact sheet draft, as the editor. */
export const draftCreate = (token: string, n: number) => ({
  method: 'POST' as const,
  path: '/api/fact-sheets?draft=true&depth=0',
  headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
  body: JSON.stringify({
    title: `Fiche de charge ${n}`,
    summary: 'Écrite par le banc de charge.',
    keyMessages: [{ text: 'Un message.' }, { text: 'Un autre.' }],
    _status: 'draft',
  }),
})
