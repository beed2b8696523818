import type { Block } from 'payload'

export const KeyMessage: Block = {
  slug: 'keyMessage',
  interfaceName: 'KeyMessageBlock',
  labels: {
    singular: { fr: 'Message clé', en: 'Key message' },
    plural: { fr: 'Messages clés', en: 'Key messages' },
  },
  fields: [
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Message', en: 'Message' } },
  ],
}
