import type { Block } from 'payload'

export const Callout: Block = {
  slug: 'callout',
  interfaceName: 'CalloutBlock',
  labels: {
    singular: { fr: 'Encadré', en: 'Callout' },
    plural: { fr: 'Encadrés', en: 'Callouts' },
  },
  fields: [
    {
      name: 'tone',
      type: 'select',
      required: true,
      defaultValue: 'info',
      label: { fr: 'Type', en: 'Tone' },
      options: [
        { value: 'info', label: { fr: 'Information', en: 'Information' } },
        { value: 'warning', label: { fr: 'Mise en garde', en: 'Warning' } },
        { value: 'important', label: { fr: 'Important', en: 'Important' } },
      ],
    },
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
  ],
}
