/**
 * The job worker: `pnpm --filter @nlv/cms worker`. Runs Payload's queued jobs — site builds,
 * mail, scheduled publishing, the weekly digest and every other scheduled task — in a process
 * of its own, with Payload's own crons (`plugins/jobs.ts` lists the queues and how often they
 * run). Web instances then run with NLV_JOBS_AUTORUN=false. The quick start needs none of
 * this: there the web server runs the jobs itself.
 *
 * Several workers may run at once (on one machine or several, on PostgreSQL): site builds take
 * a lock in the database (`publishing/buildLock.ts`), so two never build at the same time.
 *
 * SIGTERM or SIGINT: no new job starts; the running one finishes (a site build can take a few
 * minutes), then the worker exits. A second signal exits at once (an interrupted build is
 * recorded as failed by the next worker that starts, and the live site is unchanged).
 * A signal repeated within 2 s counts once (a terminal's Ctrl-C reaches every wrapper too).
 * The worker never changes the database schema: run `pnpm --filter @nlv/cms migrate` first.
 */
export {}
process.env.NLV_JOBS_AUTORUN = 'true'
process.env.NLV_DB_PUSH ??= 'false'
// Node's module loader sometimes stalls on these imports (see scripts/tsx-retry.mjs). Most
// scripts then exit with code 13 and are run again; here the stall was seen to hang instead,
// so a stall is turned into that exit after a while (the imports take seconds, under a
// minute on a loaded 2-core machine).
const importWatchdog = setTimeout(() => {
  console.error('[worker] imports stalled: exiting with code 13 to be run again')
  process.exit(13)
}, 120_000)
// Unreferenced: a stall that empties the event loop still ends in Node's own exit 13 at once.
importWatchdog.unref()
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { importsFinished } = await import('../src/cli')
clearTimeout(importWatchdog)
importsFinished()
console.log(`[worker] starting (process ${process.pid})`)

let payload: Awaited<ReturnType<typeof getPayload>>
try {
  payload = await getPayload({ config, cron: true })
} catch (error) {
  const message = error instanceof Error ? error.message : String(error)
  console.error(`[worker] refusing to start: ${message}`)
  process.exit(1)
}
const queues = (payload.config.jobs.autoRun as Array<{ queue?: string; cron?: string }>) ?? []
console.log(
  `[worker] running jobs in process ${process.pid} (${queues.map((q) => `${q.queue} ${q.cron}`).join('; ')})`,
)

let stoppingSince = 0
async function stop(signal: string) {
  if (stoppingSince) {
    // The same signal can arrive twice at once (a terminal's Ctrl-C reaches every process of
    // the group, and the wrappers pass it on): only a later one means "now".
    if (Date.now() - stoppingSince < 2_000) return
    console.log(`[worker] ${signal} again: exiting now`)
    process.exit(1)
  }
  stoppingSince = Date.now()
  // Stop the crons first (no job starts after this), then wait for the one running.
  const crons = [...payload.crons]
  for (const cron of crons) cron.pause()
  if (crons.some((cron) => cron.isBusy())) console.log('[worker] waiting for the running job…')
  while (crons.some((cron) => cron.isBusy())) await new Promise((r) => setTimeout(r, 200))
  await payload.destroy()
  console.log(`[worker] stopped (${signal})`)
  process.exit(0)
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
