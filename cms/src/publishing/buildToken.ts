import { timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { env } from '../env'

/**
 * Whether a request carries the build token (`Authorization: Bearer <NLV_BUILD_TOKEN>`), the
 * credential of a site build on another machine: it reads the snapshot and the files it
 * attaches. False when no token is configured.
 */
export function hasBuildToken(req: Pick<PayloadRequest, 'headers'>): boolean {
  const token = env.NLV_BUILD_TOKEN
  if (!token) return false
  const given = Buffer.from((req.headers.get('authorization') ?? '').replace(/^Bearer\s+/i, ''))
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
