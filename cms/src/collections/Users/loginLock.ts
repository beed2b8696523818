/** How many failed logins lock an account, and for how long. */
export const loginLock = { maxLoginAttempts: 5, lockMinutes: 15 } as const

/**
 * What a locked account is told, in the admin's language: Payload's own message (« Cet
 * utilisateur est verrouillé… ») says neither for how long nor what to do. Merged into
 * Payload's translations (`i18n.translations` in payload.config.ts).
 */
export const lockedAccountTranslations = {
  fr: {
    error: {
      userLocked: `Compte verrouillé après ${loginLock.maxLoginAttempts} tentatives de connexion infructueuses. Réessayez dans ${loginLock.lockMinutes} minutes, ou demandez à un·e administrateur·rice de le déverrouiller.`,
    },
  },
  en: {
    error: {
      userLocked: `Account locked after ${loginLock.maxLoginAttempts} failed login attempts. Try again in ${loginLock.lockMinutes} minutes, or ask an administrator to unlock it.`,
    },
  },
}
