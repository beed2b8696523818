import type { Access } from 'payload'
import { isStaff } from './isStaff'

/**
 * Staff read everything, drafts included. The public reads published documents only: the rule
 * returns a query, so the database itself filters drafts out of every list, count and lookup.
 */
export const isStaffOrPublished: Access = ({ req }) => {
  if (isStaff({ req })) return true
  return { _status: { equals: 'published' } }
}
