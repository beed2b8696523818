import { taxonomyCollection } from '../taxonomy'

export const Themes = taxonomyCollection('themes', {
  singular: { fr: 'Thème', en: 'Theme' },
  plural: { fr: 'Thèmes', en: 'Themes' },
})
