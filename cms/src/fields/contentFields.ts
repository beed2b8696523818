import type { Field } from 'payload'
import { summaryMaxLength, titleMaxLength } from '@nlv/shared/content-limits'
import { contentTypes } from '@nlv/shared/content-types'
import { richTextEditor } from './richTextEditor'
import { referencesField } from './references'
import { reviewFactsField } from './reviewFacts'
import { slugField } from './slug'
import { taxonomyFields } from './taxonomy'

export const title = (): Field => ({
  name: 'title',
  type: 'text',
  required: true,
  localized: true,
  maxLength: titleMaxLength,
  label: { fr: 'Titre', en: 'Title' },
})

export const summary = (): Field => ({
  name: 'summary',
  type: 'textarea',
  required: true,
  localized: true,
  maxLength: summaryMaxLength,
  label: { fr: 'Résumé', en: 'Summary' },
  admin: {
    description: {
      fr: `${summaryMaxLength} caractères au plus. Affiché dans les listes, la recherche et les aperçus.`,
      en: `At most ${summaryMaxLength} characters. Shown in lists, search and previews.`,
    },
  },
})

export const keyMessages = (): Field => ({
  name: 'keyMessages',
  type: 'array',
  localized: true,
  label: { fr: 'Messages clés', en: 'Key messages' },
  labels: {
    singular: { fr: 'Message clé', en: 'Key message' },
    plural: { fr: 'Messages clés', en: 'Key messages' },
  },
  admin: {
    description: {
      fr: 'Ce que l’intervenant·e doit retenir, en quelques phrases courtes.',
      en: 'What a practitioner must remember.',
    },
  },
  fields: [
    { name: 'text', type: 'textarea', required: true, label: { fr: 'Message', en: 'Message' } },
  ],
})

export const body = (name = 'body', fr = 'Contenu', en = 'Body'): Field => ({
  name,
  type: 'richText',
  localized: true,
  label: { fr, en },
  editor: richTextEditor,
})

export const related = (): Field => ({
  name: 'related',
  type: 'relationship',
  relationTo: [...contentTypes],
  hasMany: true,
  // Items relate to each other (A → B → A): populated one level only, whatever the depth asked.
  maxDepth: 1,
  label: { fr: 'Contenus liés', en: 'Related items' },
})

export const printablePdf = (): Field => ({
  name: 'pdf',
  type: 'upload',
  relationTo: 'documents',
  label: { fr: 'Version imprimable (PDF)', en: 'Printable version (PDF)' },
  filterOptions: { mimeType: { equals: 'application/pdf' } },
})

export const image = (): Field => ({
  name: 'image',
  type: 'upload',
  relationTo: 'media',
  label: { fr: 'Image', en: 'Image' },
})

/** Fields every content type shares, in the order the content team fills them. */
export const sharedContentFields = {
  head: (): Field[] => [title(), summary(), keyMessages()],
  tail: (): Field[] => [
    referencesField(),
    related(),
    image(),
    printablePdf(),
    slugField(),
    ...taxonomyFields(),
    reviewFactsField(),
  ],
}
