import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** The expert committee (and admins): change requests, resolving them. Collection or field access. */
export const isAdminOrReviewer = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'reviewer')
