import type { CollectionConfig } from 'payload'
import { publicationYears } from '@nlv/shared/content-limits'
import { publicationKinds } from '@nlv/shared/content-types'
import { body, sharedContentFields } from '../../fields/contentFields'
import { contentAccess, contentAdmin, contentVersions } from '../contentDefaults'

const publicationKindLabels: Record<(typeof publicationKinds)[number], { fr: string; en: string }> =
  {
    report: { fr: 'Rapport', en: 'Report' },
    guide: { fr: 'Guide', en: 'Guide' },
    'position-paper': { fr: 'Prise de position', en: 'Position paper' },
    'research-summary': { fr: 'Synthèse de recherche', en: 'Research summary' },
    'ppne-report': { fr: 'Rapport PPNE', en: 'PPNE report' },
  }

/** Publications: reports, guides, position papers, research summaries, PPNE reports. */
export const Publications: CollectionConfig = {
  slug: 'publications',
  labels: {
    singular: { fr: 'Publication', en: 'Publication' },
    plural: { fr: 'Publications', en: 'Publications' },
  },
  access: contentAccess,
  admin: contentAdmin(['title', 'publicationKind', 'year', '_status', 'updatedAt'], 'publications'),
  fields: [
    ...sharedContentFields.head(),
    {
      type: 'row',
      fields: [
        {
          name: 'publicationKind',
          type: 'select',
          required: true,
          label: { fr: 'Type de publication', en: 'Kind' },
          options: publicationKinds.map((value) => ({
            value,
            label: publicationKindLabels[value],
          })),
        },
        {
          name: 'year',
          type: 'number',
          required: true,
          min: publicationYears.min,
          max: publicationYears.max,
          label: { fr: 'Année', en: 'Year' },
        },
        { name: 'pages', type: 'number', min: 1, label: { fr: 'Nombre de pages', en: 'Pages' } },
      ],
    },
    {
      name: 'authors',
      type: 'array',
      label: { fr: 'Auteur·rices', en: 'Authors' },
      labels: {
        singular: { fr: 'Auteur·rice', en: 'Author' },
        plural: { fr: 'Auteur·rices', en: 'Authors' },
      },
      fields: [{ name: 'name', type: 'text', required: true, label: { fr: 'Nom', en: 'Name' } }],
    },
    body('abstract', 'Résumé détaillé', 'Abstract'),
    {
      name: 'file',
      type: 'upload',
      relationTo: 'documents',
      label: { fr: 'Fichier (PDF)', en: 'File (PDF)' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'isbn',
          type: 'text',
          label: { fr: 'ISBN', en: 'ISBN' },
          validate: (v: string | null | undefined) =>
            !v ||
            /^(97[89][- ]?)?\d{1,5}[- ]?\d{1,7}[- ]?\d{1,7}[- ]?[\dX]$/.test(v) ||
            'ISBN invalide (ex. 978-2-12345-678-9).',
        },
        {
          name: 'doi',
          type: 'text',
          label: { fr: 'DOI', en: 'DOI' },
          validate: (v: string | null | undefined) =>
            !v || /^10\.\d{4,9}\/\S+$/.test(v) || 'DOI invalide (ex. 10.1234/abcd.2024).',
        },
      ],
    },
    ...sharedContentFields.tail(),
  ],
  versions: contentVersions,
}
