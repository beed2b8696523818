/** Development accounts. In production the seed refuses to create them with a known password. */
import { DEV_SEED_PASSWORD } from '@nlv/cms/env'

export { DEV_SEED_PASSWORD }

export const devAccounts = [
  { email: 'admin@nourrirlavie.local', name: 'Administratrice (dév.)', role: 'admin' },
  { email: 'editor@nourrirlavie.local', name: 'Équipe de contenu (dév.)', role: 'editor' },
  { email: 'reviewer@nourrirlavie.local', name: "Comité d'experts (dév.)", role: 'reviewer' },
  // Demonstration: a partner organisation's nutritionist, who owns one draft of the seed.
  {
    email: 'contributor@nourrirlavie.local',
    name: 'Contributrice partenaire (démo)',
    role: 'contributor',
  },
] as const

export function seedPassword(env: NodeJS.ProcessEnv = process.env): string {
  const password = env.SEED_PASSWORD
  if (env.NODE_ENV === 'production') {
    if (!password || password === DEV_SEED_PASSWORD) {
      throw new Error(
        'Refusing to create accounts with a default password in production: set SEED_PASSWORD to a strong secret (or create accounts in the admin).',
      )
    }
    if (password.length < 12)
      throw new Error('SEED_PASSWORD must be at least 12 characters in production.')
  }
  return password || DEV_SEED_PASSWORD
}
