import type { PayloadRequest } from 'payload'
import { hasRole } from './roles'

/** Administrators. A plain yes or no: usable as collection, field and jobs access alike. */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')
