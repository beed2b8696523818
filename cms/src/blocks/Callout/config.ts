import type { Block } from 'payload'
import { calloutTones, defaultCalloutTone, type CalloutTone } from '@nlv/shared/rich-text/blocks'
import type { Bilingual } from '../../i18n/say'

const toneLabels: Record<CalloutTone, Bilingual> = {
  info: { fr: 'Information', en: 'Information' },
  warning: { fr: 'Mise en garde', en: 'Warning' },
  important: { fr: 'Important', en: 'Important' },
}

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
      defaultValue: defaultCalloutTone,
      label: { fr: 'Type', en: 'Tone' },
      options: calloutTones.map((value) => ({ value, label: toneLabels[value] })),
    },
    { name: 'title', type: 'text', label: { fr: 'Titre', en: 'Title' } },
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Texte', en: 'Text' } },
  ],
}
