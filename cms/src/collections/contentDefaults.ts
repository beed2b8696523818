import type { CollectionConfig } from 'payload'
import type { ContentType } from '@nlv/shared/content-types'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { isAdminOrEditorOrOwner } from '../access/isAdminOrEditorOrOwner'
import { isContentWriter } from '../access/isContentWriter'
import { isStaffOrOwner } from '../access/isStaffOrOwner'
import { isStaffOrOwnerOrPublished } from '../access/isStaffOrOwnerOrPublished'
import { previewPath } from '../preview/previewPath'

/**
 * Who may do what on the four reviewed content types (the review workflow narrows it further).
 * A contributor creates items and reads and edits only their own (plus what is published);
 * they never delete.
 */
export const contentAccess: CollectionConfig['access'] = {
  read: isStaffOrOwnerOrPublished,
  readVersions: isStaffOrOwner,
  create: isContentWriter,
  update: isAdminOrEditorOrOwner,
  delete: isAdminOrEditor,
}

/** Drafts and a version history on every reviewed content type. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: false, schedulePublish: false },
  maxPerDoc: 100,
}

/**
 * The admin of a content type. Its « Aperçu » button opens the latest saved draft in the
 * language being edited, rendered as the site will render it (`src/preview/`).
 */
export const contentAdmin = (
  defaultColumns: string[],
  collection: ContentType,
): CollectionConfig['admin'] => ({
  useAsTitle: 'title',
  defaultColumns,
  group: { fr: 'Contenus', en: 'Content' },
  listSearchableFields: ['title', 'summary', 'slug'],
  preview: (doc, { locale }) =>
    doc.id === undefined || doc.id === null
      ? null
      : previewPath(collection, doc.id as string | number, { locale }),
})
