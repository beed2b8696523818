import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { isStaff } from '../access/isStaff'
import { isStaffOrPublished } from '../access/isStaffOrPublished'

/** Who may do what on the four reviewed content types (the review workflow narrows it further). */
export const contentAccess: CollectionConfig['access'] = {
  read: isStaffOrPublished,
  readVersions: isStaff,
  create: isAdminOrEditor,
  update: isAdminOrEditor,
  delete: isAdminOrEditor,
}

/** Drafts and a version history on every reviewed content type. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false, schedulePublish: false },
  maxPerDoc: 100,
}

export const contentAdmin = (defaultColumns: string[]): CollectionConfig['admin'] => ({
  useAsTitle: 'title',
  defaultColumns,
  group: { fr: 'Contenus', en: 'Content' },
  listSearchableFields: ['title', 'summary', 'slug'],
})
