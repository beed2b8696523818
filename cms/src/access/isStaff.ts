import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** Anyone logged into the admin: admin, editor or reviewer. Collection or field access. */
export const isStaff = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'editor', 'reviewer')
