import type { Block } from 'payload'
import { referenceYears } from '@nlv/shared/content-limits'
import { validateWebUrl } from '../../fields/validateWebUrl'

export const Reference: Block = {
  slug: 'reference',
  interfaceName: 'ReferenceBlock',
  labels: {
    singular: { fr: 'Référence', en: 'Reference' },
    plural: { fr: 'Références', en: 'References' },
  },
  fields: [
    { name: 'authors', type: 'text', required: true, label: { fr: 'Auteur·rices', en: 'Authors' } },
    { name: 'title', type: 'text', required: true, label: { fr: 'Titre', en: 'Title' } },
    { name: 'source', type: 'text', label: { fr: 'Source', en: 'Source' } },
    {
      name: 'year',
      type: 'number',
      min: referenceYears.min,
      max: referenceYears.max,
      label: { fr: 'Année', en: 'Year' },
    },
    {
      name: 'url',
      type: 'text',
      label: { fr: 'Adresse web (URL)', en: 'URL' },
      validate: validateWebUrl,
    },
    { name: 'doi', type: 'text', label: { fr: 'DOI', en: 'DOI' } },
  ],
}
