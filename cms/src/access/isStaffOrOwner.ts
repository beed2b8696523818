import type { Access } from 'payload'
import { isStaff } from './isStaff'
import { ownContent } from './ownContent'

/** Versions of reviewed items: staff read all of them, a contributor those of their own items. */
export const isStaffOrOwner: Access = ({ req }) => {
  if (isStaff({ req })) return true
  return ownContent(req, 'version.') ?? false
}
