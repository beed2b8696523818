/** Roles of the people who log into the admin. */
export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur·rice', en: 'Administrator' },
  editor: { fr: 'Équipe de contenu', en: 'Content editor' },
  reviewer: { fr: "Comité d'experts", en: 'Expert reviewer' },
}

type MaybeUser = { role?: string | null; collection?: string } | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(
    user && user.collection !== 'payload-mcp-api-keys' && allowed.includes(user.role as Role),
  )
}
