import type { Access } from 'payload'
import { hasRole } from './roles'

/** The content team (and admins) write content; reviewers never do. */
export const isAdminOrEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
