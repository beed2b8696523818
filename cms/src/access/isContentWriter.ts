import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** Those who create content items: the content team, admins, and outside contributors. */
export const isContentWriter = ({ req }: { req: PayloadRequest }): boolean =>
  hasRole(req.user, 'admin', 'editor', 'contributor')
