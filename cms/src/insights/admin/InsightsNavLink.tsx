/** A link to « Statistiques du site » in the admin navigation (editors and admins). */
import type { ServerProps } from 'payload'
import { hasRole } from '../../access/roles'

export function InsightsNavLink({ i18n, payload, user }: ServerProps) {
  if (!hasRole(user as Parameters<typeof hasRole>[0], 'admin', 'editor')) return null
  const label = i18n?.language === 'en' ? 'Site statistics' : 'Statistiques du site'
  return (
    <a
      className="nav__link"
      id="nav-insights"
      href={`${payload.config.routes.admin}/statistiques`}
      style={{ display: 'block', padding: '0.25rem 0' }}
    >
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
