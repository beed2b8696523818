/**
 * Failed logins. Two rules, and one answer whether the address has an account or not:
 *
 * - 5 failures for one e-mail address from one client address (IP) block that pair for 15
 *   minutes: a guesser is stopped, but the account's owner, elsewhere, still logs in (anyone
 *   could otherwise lock the admin out with five requests);
 * - 20 failures for one e-mail address from anywhere block it for 15 minutes (Payload's own
 *   account lock, kept in the database, and the same count kept here for unknown addresses).
 *
 * Every attempt costs one password hash — an unknown or locked address hashes a dummy — so
 * neither the answer nor its time tells whether an account exists. The counts live in this
 * process (one CMS server); the reverse proxy's per-IP rate limit (README, Production) caps
 * the rest. The client address is the proxy's `X-Real-IP` or last `X-Forwarded-For` entry.
 */
import crypto from 'node:crypto'
import {
  LockedAuth,
  type CollectionAfterLoginHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

export const loginLock = {
  /** Failures for one e-mail address from one client address. */
  maxLoginAttempts: 5,
  /** Failures for one e-mail address from any client address (Payload's account lock). */
  maxAccountAttempts: 20,
  lockMinutes: 15,
} as const

const lockMs = loginLock.lockMinutes * 60 * 1000
/** Attempt times by `address|email` and `*|email`; bounded against floods of invented addresses. */
const attempts = new Map<string, number[]>()
const maxKeys = 50_000

export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  const real = req.headers.get('x-real-ip')?.trim()
  const forwarded = req.headers.get('x-forwarded-for')?.split(',').pop()?.trim()
  return real || forwarded || 'direct'
}

const recent = (key: string, now: number) => {
  const times = (attempts.get(key) ?? []).filter((t) => now - t < lockMs)
  if (times.length) attempts.set(key, times)
  else attempts.delete(key)
  return times
}

const record = (key: string, now: number) => {
  if (!attempts.has(key) && attempts.size >= maxKeys) {
    attempts.delete(attempts.keys().next().value!)
  }
  attempts.set(key, [...recent(key, now), now])
}

const forget = (email: string) => {
  for (const key of attempts.keys()) if (key.endsWith(`|${email}`)) attempts.delete(key)
}

const emailOf = (data: unknown) => {
  const email = (data as { email?: unknown } | undefined)?.email
  return typeof email === 'string' ? email.toLowerCase().trim() : null
}

/** The cost of checking a password (Payload's current scheme: PBKDF2-SHA256, 600 000 rounds). */
const dummySalt = crypto.randomBytes(32).toString('hex')
const hashForNothing = (password: unknown) =>
  new Promise<void>((resolve) =>
    crypto.pbkdf2(String(password ?? ''), dummySalt, 600_000, 32, 'sha256', () => resolve()),
  )

/** Before Payload looks the account up: the two counts, and the hash an unknown address skips. */
export const throttleLogin: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return args
  const email = emailOf(args.data)
  const password = (args.data as { password?: unknown } | undefined)?.password
  if (!email || typeof password !== 'string' || !password.trim()) return args // Payload's 400
  const now = Date.now()
  const pair = `${clientAddress(req)}|${email}`
  const any = `*|${email}`
  if (
    recent(pair, now).length >= loginLock.maxLoginAttempts ||
    recent(any, now).length >= loginLock.maxAccountAttempts
  ) {
    await hashForNothing(password)
    throw new LockedAuth(req.t)
  }
  // Counted now, forgotten on success (afterLogin): what remains are the failures.
  record(pair, now)
  record(any, now)
  const user = await req.payload.db.findOne<{ id: number | string; lockUntil?: string | null }>({
    collection: collection.slug,
    where: { email: { equals: email } },
    req,
  })
  const locked = user?.lockUntil && new Date(user.lockUntil).getTime() > now
  // Payload answers these without hashing anything: as slow here as a wrong password.
  if (!user || locked) await hashForNothing(password)
  return args
}

/** A success clears its own client address and the account-wide count, not others' blocks. */
export const forgetFailuresOnLogin: CollectionAfterLoginHook = ({ req, user }) => {
  const email = emailOf(user)
  if (!email) return
  attempts.delete(`${clientAddress(req)}|${email}`)
  attempts.delete(`*|${email}`)
}

/** An admin's unlock (`POST /api/users/unlock`) also lifts the blocks counted here. */
export const forgetFailuresOnUnlock: CollectionAfterOperationHook = ({
  args,
  operation,
  result,
}) => {
  if (operation === 'unlock') {
    const email = emailOf((args as { data?: unknown }).data)
    if (email) forget(email)
  }
  return result
}

/**
 * What a blocked login is told, in the admin's language; Payload's lock (`LockedAuth`) and the
 * counts above use it alike. It says neither whether the account exists nor which rule
 * applied. Merged into Payload's translations (`i18n.translations` in payload.config.ts).
 */
export const lockedAccountTranslations = {
  fr: {
    error: {
      userLocked: `Connexion bloquée après trop de tentatives infructueuses. Réessayez dans ${loginLock.lockMinutes} minutes, ou demandez à un·e administrateur·rice de débloquer le compte.`,
    },
  },
  en: {
    error: {
      userLocked: `Login blocked after too many failed attempts. Try again in ${loginLock.lockMinutes} minutes, or ask an administrator to unlock the account.`,
    },
  },
}
