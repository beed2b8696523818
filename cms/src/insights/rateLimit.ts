/**
 * A per-client rate limit for the public counting endpoints that never stores who the client
 * is: the key is an HMAC of the client's address with a secret drawn at start-up and kept in
 * memory only (rate-limiter-flexible's memory store, which forgets a key a minute after its
 * last use). Nothing reaches the database or the logs; a restart starts afresh.
 */
import { createHmac, randomBytes } from 'node:crypto'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'
import type { PayloadRequest } from 'payload'
import { clientAddress } from '../collections/Users/loginLock'
import { env } from '../env'

const secret = randomBytes(32)
const limiters = new Map<string, RateLimiterMemory>()

const limiterFor = (group: string) => {
  let limiter = limiters.get(group)
  if (!limiter) {
    limiter = new RateLimiterMemory({ points: env.NLV_INSIGHTS_RATE_PER_MINUTE, duration: 60 })
    limiters.set(group, limiter)
  }
  return limiter
}

/** Seconds to wait when the client is over its share for `group`, else null (and counted). */
export async function overRateLimit(
  req: Pick<PayloadRequest, 'headers'>,
  group: 'search' | 'readers',
): Promise<number | null> {
  const key = createHmac('sha256', secret).update(clientAddress(req)).digest('base64url')
  try {
    await limiterFor(group).consume(key)
    return null
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    throw error
  }
}
