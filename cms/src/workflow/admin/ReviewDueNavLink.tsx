/** A link to the re-review list in the admin navigation. */
import type { ServerProps } from 'payload'
import { hasRole } from '../../access/roles'

export function ReviewDueNavLink({ i18n, payload, user }: ServerProps) {
  // Contributors are not on the committee's re-review rota.
  if (!hasRole(user as Parameters<typeof hasRole>[0], 'admin', 'editor', 'reviewer')) return null
  const label = i18n?.language === 'en' ? 'Periodic re-reviews' : 'Révisions périodiques'
  return (
    <a
      className="nav__link"
      id="nav-review-due"
      href={`${payload.config.routes.admin}/revisions`}
      style={{ display: 'block', padding: '0.25rem 0' }}
    >
      <span className="nav__link-label">{label}</span>
    </a>
  )
}
