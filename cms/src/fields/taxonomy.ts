import type { Field } from 'payload'

const term = (name: 'themes' | 'audiences' | 'stages', fr: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: name,
  hasMany: true,
  label: { fr, en },
  admin: { position: 'sidebar' },
})

/** Themes, audiences and stages: how practitioners browse and filter. */
export const taxonomyFields = (): Field[] => [
  term('themes', 'Thèmes', 'Themes'),
  term('audiences', 'Publics', 'Audiences'),
  term('stages', 'Périodes', 'Stages'),
]
