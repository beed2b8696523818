import type { Field } from 'payload'

/**
 * What the public sees of the expert committee's review: "Révisé par le comité d'experts le …
 * · prochaine révision …". The review workflow fills these on approval.
 */
export const reviewFactsField = (): Field => ({
  name: 'review',
  type: 'group',
  label: { fr: "Révision par le comité d'experts", en: 'Expert committee review' },
  admin: { position: 'sidebar' },
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
