import { taxonomyCollection } from '../taxonomy'

export const Stages = taxonomyCollection('stages', {
  singular: { fr: 'Période', en: 'Stage' },
  plural: { fr: 'Périodes', en: 'Stages' },
})
