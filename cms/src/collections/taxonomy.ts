import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { slugField } from '../fields/slug'

type Labels = { singular: { fr: string; en: string }; plural: { fr: string; en: string } }

/** Themes, audiences and stages share one shape: a bilingual name, a slug and an order. */
export const taxonomyCollection = (
  slug: 'themes' | 'audiences' | 'stages',
  labels: Labels,
): CollectionConfig => ({
  slug,
  labels,
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', 'order'],
    group: { fr: 'Classement', en: 'Taxonomy' },
  },
  defaultSort: 'order',
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { fr: 'Nom', en: 'Name' },
    },
    {
      name: 'description',
      type: 'textarea',
      localized: true,
      label: { fr: 'Description', en: 'Description' },
    },
    {
      name: 'order',
      type: 'number',
      defaultValue: 0,
      label: { fr: "Ordre d'affichage", en: 'Display order' },
      admin: { position: 'sidebar' },
    },
    slugField({ from: 'name', localized: false }),
  ],
})
