import type { Access } from 'payload'
import { isAdmin } from './isAdmin'

/** Admins see every account; everyone else only their own (no reading colleagues' e-mail). */
export const isAdminOrSelf: Access = ({ req }) => {
  if (isAdmin({ req })) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
