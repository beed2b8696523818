import type { Access, Where } from 'payload'
import { isStaff } from './isStaff'
import { ownContent } from './ownContent'

/**
 * Staff read everything, drafts included; a contributor reads what is published and their own
 * items (never a colleague's draft); the public reads published documents only. Queries, so the
 * database filters every list, count and lookup.
 */
export const isStaffOrOwnerOrPublished: Access = ({ req }) => {
  if (isStaff({ req })) return true
  const published: Where = { _status: { equals: 'published' } }
  const own = ownContent(req)
  return own ? { or: [published, own] } : published
}
