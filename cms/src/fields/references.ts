import type { Field } from 'payload'
import { referenceYears } from '@nlv/shared/content-limits'
import { validateWebUrl } from './validateWebUrl'

/** Structured bibliographic references (so the site can format and link them). */
export const referencesField = (): Field => ({
  name: 'references',
  type: 'array',
  label: { fr: 'Références', en: 'References' },
  labels: {
    singular: { fr: 'Référence', en: 'Reference' },
    plural: { fr: 'Références', en: 'References' },
  },
  admin: { initCollapsed: true },
  fields: [
    { name: 'authors', type: 'text', required: true, label: { fr: 'Auteur·rices', en: 'Authors' } },
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    {
      type: 'row',
      fields: [
        { name: 'source', type: 'text', label: { fr: 'Source (éditeur, revue)', en: 'Source' } },
        {
          name: 'year',
          type: 'number',
          min: referenceYears.min,
          max: referenceYears.max,
          label: { fr: 'Année', en: 'Year' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'url',
          type: 'text',
          label: { fr: 'Adresse web (URL)', en: 'URL' },
          validate: validateWebUrl,
        },
        { name: 'doi', type: 'text', label: { fr: 'DOI', en: 'DOI' } },
      ],
    },
  ],
})
