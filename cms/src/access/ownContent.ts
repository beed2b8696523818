import type { PayloadRequest, Where } from 'payload'
import { hasRole } from './roles'

/** The field that names who created a reviewed item (set by the workflow on create). */
export const createdByPath = 'workflow.createdBy'

/** A contributor's own items (those they created), as a query; null for anyone else. */
export function ownContent(req: PayloadRequest, prefix = ''): Where | null {
  if (!hasRole(req.user, 'contributor')) return null
  return { [`${prefix}${createdByPath}`]: { equals: req.user!.id } }
}
