import type { Access } from 'payload'
import { hasRole } from './roles'

/** Anyone logged into the admin: admin, editor or reviewer. */
export const isStaff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')
