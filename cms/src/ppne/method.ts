/**
 * The method of the PPNE (one document): the common households, the household-size
 * adjustments, the affordability threshold with its source, the method notes and sources.
 * What the calculator and the page compute with, besides the periods' costs.
 */
import type { GlobalConfig, Validate } from 'payload'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { validateWebUrl } from '../fields/validateWebUrl'
import { queueSiteBuild } from '../publishing/queueSiteBuild'

const source = (name: string, fr: string, en: string) => ({
  name,
  type: 'group' as const,
  label: { fr, en },
  fields: [
    {
      name: 'label',
      type: 'text' as const,
      required: true,
      localized: true,
      label: { fr: 'Référence', en: 'Reference' },
    },
    {
      name: 'url',
      type: 'text' as const,
      label: { fr: 'Adresse web', en: 'Web address' },
      validate: validateWebUrl,
    },
  ],
})

export const PpneMethod: GlobalConfig = {
  slug: 'ppne-method',
  label: { fr: 'Méthode du PPNE', en: 'PPNE method' },
  admin: { group: { fr: 'PPNE', en: 'PPNE' } },
  access: { read: anyone, update: isAdminOrEditor },
  fields: [
    {
      name: 'demonstration',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Données de démonstration', en: 'Demonstration data' },
      admin: {
        description: {
          fr: 'Cochée, le site annonce partout que les chiffres sont fictifs. Décochez-la après l’import des vrais relevés.',
          en: 'When checked, the site says everywhere that the figures are fictitious.',
        },
      },
    },
    {
      name: 'households',
      type: 'array',
      required: true,
      minRows: 1,
      label: { fr: 'Ménages types', en: 'Common households' },
      labels: {
        singular: { fr: 'Ménage type', en: 'Household' },
        plural: { fr: 'Ménages types', en: 'Households' },
      },
      admin: {
        description: {
          fr: 'Affichés dans le tableau du site (sans JavaScript). Cochez « référence » pour un seul : le chiffre principal et la répartition par catégorie sont les siens.',
          en: 'Shown in the site’s table. Check “reference” for exactly one.',
        },
      },
      validate: ((rows: Array<{ reference?: boolean }> | null | undefined) =>
        (rows ?? []).filter((r) => r.reference).length === 1
          ? true
          : 'Un seul ménage type doit être coché comme ménage de référence.') as Validate,
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          label: { fr: 'Code', en: 'Code' },
        },
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: { fr: 'Description', en: 'Description' },
        },
        {
          name: 'reference',
          type: 'checkbox',
          label: { fr: 'Ménage de référence', en: 'Reference household' },
        },
        {
          name: 'members',
          type: 'array',
          required: true,
          minRows: 1,
          label: { fr: 'Personnes', en: 'People' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'profile',
                  type: 'relationship',
                  relationTo: 'ppne-profiles',
                  required: true,
                  label: { fr: 'Profil', en: 'Profile' },
                },
                {
                  name: 'count',
                  type: 'number',
                  required: true,
                  min: 1,
                  defaultValue: 1,
                  label: { fr: 'Nombre', en: 'Number' },
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'householdSizeAdjustments',
      type: 'array',
      required: true,
      minRows: 1,
      label: { fr: 'Ajustements selon la taille du ménage', en: 'Household-size adjustments' },
      admin: {
        description: {
          fr: 'À partir de « taille » personnes, le coût du ménage est multiplié par le facteur (1,2 = +20 %). La première ligne est pour 1 personne.',
          en: 'From “size” people up, the household cost is multiplied by the factor.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'size',
              type: 'number',
              required: true,
              min: 1,
              label: { fr: 'Taille', en: 'Size' },
            },
            {
              name: 'factor',
              type: 'number',
              required: true,
              min: 0.1,
              max: 3,
              label: { fr: 'Facteur', en: 'Factor' },
            },
          ],
        },
      ],
    },
    {
      name: 'affordabilityThreshold',
      type: 'number',
      required: true,
      min: 1,
      max: 99,
      label: {
        fr: 'Seuil d’abordabilité (% du revenu net)',
        en: 'Affordability threshold (% of net income)',
      },
    },
    source('affordabilitySource', 'Source du seuil', 'Source of the threshold'),
    {
      name: 'method',
      type: 'textarea',
      localized: true,
      label: { fr: 'Notes de méthode', en: 'Method notes' },
    },
    {
      name: 'sources',
      type: 'array',
      label: { fr: 'Sources', en: 'Sources' },
      fields: [
        {
          name: 'label',
          type: 'text',
          required: true,
          localized: true,
          label: { fr: 'Référence', en: 'Reference' },
        },
        {
          name: 'url',
          type: 'text',
          label: { fr: 'Adresse web', en: 'Web address' },
          validate: validateWebUrl,
        },
      ],
    },
  ],
  hooks: {
    afterChange: [
      async ({ doc, req, context }) => {
        if (!context.seeding && !context.disableRevalidate)
          await queueSiteBuild(req, 'ppne-method (modification)')
        return doc
      },
    ],
  },
}
