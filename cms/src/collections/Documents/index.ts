import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { isStaffOrSiteBuild } from '../../access/isStaffOrSiteBuild'
import { uploadDir } from '../../env'
import { checkUploadedFile } from '../../hooks/checkUploadedFile'
import { documentResponseHeaders, missingFileIs404 } from '../../http/servedFiles'

export const documentTypes = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'video/mp4': 'MP4',
}

/** Downloadable files: PDF, Word, PowerPoint, MP4. The type is checked from the file's bytes. */
export const Documents: CollectionConfig = {
  slug: 'documents',
  labels: {
    singular: { fr: 'Document', en: 'Document' },
    plural: { fr: 'Documents', en: 'Documents' },
  },
  access: {
    // Staff and the site build only: the public gets the site's copies (`/fichiers/`).
    read: isStaffOrSiteBuild,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: {
    group: { fr: 'Médiathèque', en: 'Library' },
    useAsTitle: 'title',
    defaultColumns: ['title', 'filename', 'mimeType', 'filesize'],
  },
  hooks: { beforeOperation: [checkUploadedFile(documentTypes)] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Titre', en: 'Title' },
    },
  ],
  upload: {
    staticDir: uploadDir('documents'),
    handlers: [missingFileIs404(uploadDir('documents'))],
    modifyResponseHeaders: documentResponseHeaders,
    mimeTypes: Object.keys(documentTypes),
  },
}
