/** Production start-up of the Next server (see instrumentation.ts). */
import { getPayload } from 'payload'
import config from './payload.config'

export async function startPayload(): Promise<void> {
  try {
    await getPayload({ config, cron: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    console.error(`[cms] refusing to start: ${message}`)
    process.exit(1)
  }
}
