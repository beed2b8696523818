import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/**
 * Anyone with an admin account, contributors included. Field access only, on collections whose
 * read rule already limits a contributor to their own documents.
 */
export const isLoggedIn = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'editor', 'reviewer', 'contributor')
