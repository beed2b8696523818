import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { isStaffOrSiteBuild } from '../../access/isStaffOrSiteBuild'
import { uploadDir } from '../../env'
import { checkUploadedFile } from '../../hooks/checkUploadedFile'
import { imageResponseHeaders, missingFileIs404 } from '../../http/servedFiles'

const imageTypes = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
}

/** Images (no SVG: it can carry script). Every image needs a text alternative. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { fr: 'Image', en: 'Image' }, plural: { fr: 'Images', en: 'Images' } },
  access: {
    // Staff and the site build only: the public gets the site's copies (`/fichiers/`).
    read: isStaffOrSiteBuild,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: { group: { fr: 'Médiathèque', en: 'Library' }, useAsTitle: 'alt' },
  hooks: { beforeOperation: [checkUploadedFile(imageTypes)] },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Texte de remplacement', en: 'Alternative text' },
      admin: {
        description: {
          fr: "Décrit l'image pour les personnes qui ne la voient pas (lecteur d'écran, image non chargée).",
          en: 'Describes the image for people who cannot see it.',
        },
      },
    },
    { name: 'credit', type: 'text', label: { fr: 'Crédit', en: 'Credit' } },
  ],
  upload: {
    staticDir: uploadDir('media'),
    handlers: [missingFileIs404(uploadDir('media'))],
    modifyResponseHeaders: imageResponseHeaders,
    mimeTypes: Object.keys(imageTypes),
    // Sizes are WebP: a fraction of the weight of JPEG/PNG on a phone on poor Wi-Fi.
    imageSizes: [
      {
        name: 'thumbnail',
        width: 400,
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      { name: 'card', width: 800, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'wide', width: 1400, formatOptions: { format: 'webp', options: { quality: 80 } } },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
}
