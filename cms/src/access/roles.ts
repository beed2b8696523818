/**
 * Roles of the people who log into the admin. `contributor` is a partner organisation's
 * nutritionist or a researcher: they write and submit their own items only, and are not staff
 * (`isStaff` keeps meaning admin, editor, reviewer).
 */
export const roles = ['admin', 'editor', 'reviewer', 'contributor'] as const
export type Role = (typeof roles)[number]

export const roleLabels: Record<Role, { fr: string; en: string }> = {
  admin: { fr: 'Administrateur·rice', en: 'Administrator' },
  editor: { fr: 'Équipe de contenu', en: 'Content editor' },
  reviewer: { fr: "Comité d'experts", en: 'Expert reviewer' },
  contributor: { fr: 'Contributeur·rice', en: 'Contributor' },
}

type MaybeUser = { role?: string | null; collection?: string } | null | undefined

export function hasRole(user: MaybeUser, ...allowed: Role[]): boolean {
  return Boolean(
    user && user.collection !== 'payload-mcp-api-keys' && allowed.includes(user.role as Role),
  )
}
