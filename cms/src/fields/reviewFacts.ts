import type { Field } from 'payload'
import { isAdmin } from '../access/isAdmin'

/**
 * What the public sees of the expert committee's review: "Révisé par le comité d'experts le …
 * · prochaine révision …". Trust facts, not content: the review workflow fills them on each
 * approval; an administrator may correct them, and the workflow records that in the audit
 * trail (`workflow/hooks.ts`); anyone else's value is dropped from the write.
 */
export const reviewFactsField = (): Field => ({
  name: 'review',
  type: 'group',
  label: { fr: "Révision par le comité d'experts", en: 'Expert committee review' },
  // Read-only in the admin for everyone else; Payload drops anyone else's value from a write.
  access: { create: isAdmin, update: isAdmin },
  admin: {
    position: 'sidebar',
    description: {
      fr: 'Rempli par chaque approbation du comité. Une correction par un·e administrateur·rice est consignée dans l’historique.',
      en: 'Filled by each committee approval. A correction by an administrator is recorded in the history.',
    },
  },
  fields: [
    {
      name: 'lastReviewedAt',
      type: 'date',
      label: { fr: 'Dernière révision', en: 'Last review' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
    },
    {
      name: 'nextReviewDue',
      type: 'date',
      label: { fr: 'Prochaine révision prévue', en: 'Next review due' },
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } },
    },
    {
      name: 'reviewers',
      type: 'array',
      label: { fr: 'Réviseur·es', en: 'Reviewers' },
      labels: {
        singular: { fr: 'Réviseur·e', en: 'Reviewer' },
        plural: { fr: 'Réviseur·es', en: 'Reviewers' },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          label: { fr: 'Nom et titre', en: 'Name and title' },
        },
      ],
    },
  ],
})
