import type { CollectionConfig } from 'payload'
import { toolKinds } from '@nlv/shared/content-types'
import { body, sharedContentFields } from '../../fields/contentFields'
import { contentAccess, contentAdmin, contentVersions } from '../contentDefaults'

const toolKindLabels: Record<(typeof toolKinds)[number], { fr: string; en: string }> = {
  checklist: { fr: 'Liste de vérification', en: 'Checklist' },
  'conversation-guide': { fr: 'Guide de conversation', en: 'Conversation guide' },
  handout: { fr: 'Document à remettre', en: 'Handout' },
  'assessment-grid': { fr: "Grille d'évaluation", en: 'Assessment grid' },
  calculator: { fr: 'Calculateur', en: 'Calculator' },
  other: { fr: 'Autre', en: 'Other' },
}

/** Outils d'intervention: checklists, conversation guides, handouts, grids, calculators. */
export const InterventionTools: CollectionConfig = {
  slug: 'intervention-tools',
  labels: {
    singular: { fr: "Outil d'intervention", en: 'Intervention tool' },
    plural: { fr: "Outils d'intervention", en: 'Intervention tools' },
  },
  access: contentAccess,
  admin: contentAdmin(['title', 'toolKind', '_status', 'updatedAt'], 'intervention-tools'),
  fields: [
    ...sharedContentFields.head(),
    {
      name: 'toolKind',
      type: 'select',
      required: true,
      label: { fr: "Type d'outil", en: 'Tool kind' },
      options: toolKinds.map((value) => ({ value, label: toolKindLabels[value] })),
    },
    {
      name: 'purpose',
      type: 'textarea',
      localized: true,
      label: { fr: 'À quoi sert cet outil', en: 'What it is for' },
    },
    body('howToUse', 'Mode d’emploi', 'How to use'),
    body('body', "L'outil", 'The tool'),
    {
      name: 'downloads',
      type: 'upload',
      relationTo: 'documents',
      hasMany: true,
      label: { fr: 'Fichiers à télécharger', en: 'Downloadable files' },
    },
    ...sharedContentFields.tail(),
  ],
  versions: contentVersions,
}
