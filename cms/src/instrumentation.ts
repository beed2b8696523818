/**
 * Next.js calls `register` once when the server starts. In production it starts Payload right
 * away (rather than on the first request) so that a refusal of productionSafety.ts — a weak
 * secret, a development password, migrations not run — stops the process with its message
 * and a non-zero exit, which a service manager sees, instead of a server answering 500s.
 * It also starts the jobs queue (site builds, scheduled publishing) without waiting for a visit.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NODE_ENV !== 'production') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { startPayload } = await import('./startPayload')
  await startPayload()
}
