import type { Block } from 'payload'

export const Figure: Block = {
  slug: 'figure',
  interfaceName: 'FigureBlock',
  labels: { singular: { fr: 'Figure', en: 'Figure' }, plural: { fr: 'Figures', en: 'Figures' } },
  fields: [
    {
      name: 'image',
      type: 'upload',
      relationTo: 'media',
      required: true,
      label: { fr: 'Image', en: 'Image' },
    },
    { name: 'caption', type: 'text', label: { fr: 'Légende', en: 'Caption' } },
  ],
}
