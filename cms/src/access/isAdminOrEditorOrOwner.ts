import type { Access } from 'payload'
import { isAdminOrEditor } from './isAdminOrEditor'
import { ownContent } from './ownContent'

/** The content team edits every item; a contributor only the items they created. */
export const isAdminOrEditorOrOwner: Access = ({ req }) => {
  if (isAdminOrEditor({ req })) return true
  return ownContent(req) ?? false
}
