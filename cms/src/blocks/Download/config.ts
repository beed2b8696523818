import type { Block } from 'payload'

export const Download: Block = {
  slug: 'download',
  interfaceName: 'DownloadBlock',
  labels: {
    singular: { fr: 'Téléchargement', en: 'Download' },
    plural: { fr: 'Téléchargements', en: 'Downloads' },
  },
  fields: [
    {
      name: 'document',
      type: 'upload',
      relationTo: 'documents',
      required: true,
      label: { fr: 'Document', en: 'Document' },
    },
    { name: 'label', type: 'text', label: { fr: 'Libellé du lien', en: 'Link label' } },
  ],
}
