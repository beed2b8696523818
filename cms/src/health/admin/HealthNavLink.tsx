/** « Santé du contenu » in the admin navigation, for the content team and admins only. */
import type { ServerProps } from 'payload'
import { hasRole } from '../../access/roles'

export function HealthNavLink({ i18n, payload, user }: ServerProps) {
  if (!hasRole(user as never, 'admin', 'editor')) return null
  return (
    <a
      className="nav__link"
      id="nav-content-health"
      href={`${payload.config.routes.admin}/sante`}
      style={{ display: 'block', padding: '0.25rem 0' }}
    >
      <span className="nav__link-label">
        {i18n?.language === 'en' ? 'Content health' : 'Santé du contenu'}
      </span>
    </a>
  )
}
