import { taxonomyCollection } from '../taxonomy'

export const Audiences = taxonomyCollection('audiences', {
  singular: { fr: 'Public', en: 'Audience' },
  plural: { fr: 'Publics', en: 'Audiences' },
})
