import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** The content team (and admins) write content; reviewers never do. Collection or field access. */
export const isAdminOrEditor = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'editor')
