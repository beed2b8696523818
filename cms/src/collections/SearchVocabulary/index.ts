/**
 * « Vocabulaire de recherche »: the words practitioners type that the content does not use.
 * A group of equivalent terms (« diabète de grossesse » = « diabète gestationnel » = « DG »)
 * makes a search for any of them find the others; a one-way expansion (« anxiété » →
 * « santé mentale ») widens a search without the reverse. Published with the snapshot
 * (`searchVocabulary`, shared/src/search-vocabulary.ts); a change rebuilds the site (the
 * publishing plugin watches this collection). The search page applies it to queries.
 */
import type { CollectionConfig, FieldHook, TextFieldManyValidation } from 'payload'
import { vocabularyKinds, vocabularyLanguages } from '@nlv/shared/search-vocabulary'
import { anyone } from '../../access/anyone'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'

const kindLabels: Record<(typeof vocabularyKinds)[number], { fr: string; en: string }> = {
  equivalents: { fr: 'Termes équivalents', en: 'Equivalent terms' },
  expansion: { fr: 'Élargissement (sens unique)', en: 'One-way expansion' },
}
const languageLabels: Record<(typeof vocabularyLanguages)[number], { fr: string; en: string }> = {
  fr: { fr: 'Recherche en français', en: 'French search' },
  en: { fr: 'Recherche en anglais', en: 'English search' },
  all: { fr: 'Les deux langues', en: 'Both languages' },
}

/** Trimmed, inner spaces collapsed, each term once (case and accents aside). */
const cleanTerms: FieldHook = ({ value }) => {
  if (!Array.isArray(value)) return value
  const seen = new Set<string>()
  return value
    .map((term) => String(term).replace(/\s+/g, ' ').trim())
    .filter((term) => {
      const key = term.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
      if (!term || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

const maxTermLength = 80

const validTerms =
  (which: 'terms' | 'expandsTo'): TextFieldManyValidation =>
  (value, { siblingData }) => {
    const kind = (siblingData as { kind?: string }).kind
    const terms = Array.isArray(value) ? value : []
    if (terms.some((t) => String(t).length > maxTermLength))
      return `Un terme compte au plus ${maxTermLength} caractères.`
    if (which === 'terms' && kind === 'equivalents' && terms.length < 2)
      return 'Un groupe de termes équivalents compte au moins deux termes.'
    if (which === 'terms' && terms.length < 1) return 'Indiquez au moins un terme.'
    if (which === 'expandsTo' && kind === 'expansion' && terms.length < 1)
      return 'Indiquez au moins un terme vers lequel élargir la recherche.'
    return true
  }

export const SearchVocabulary: CollectionConfig = {
  slug: 'search-vocabulary',
  labels: {
    singular: { fr: 'Entrée du vocabulaire de recherche', en: 'Search vocabulary entry' },
    plural: { fr: 'Vocabulaire de recherche', en: 'Search vocabulary' },
  },
  access: {
    read: anyone,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['summary', 'kind', 'language', 'updatedAt'],
    group: { fr: 'Classement', en: 'Taxonomy' },
    description: {
      fr: 'Les mots que les intervenantes tapent dans la recherche du site sans qu’ils figurent dans les contenus : abréviations, mots courants, synonymes, termes anglais. Chaque modification reconstruit le site.',
      en: 'Words practitioners type into the site search that the content does not use: abbreviations, everyday words, synonyms, English terms. Every change rebuilds the site.',
    },
    listSearchableFields: ['summary'],
  },
  defaultSort: 'summary',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'equivalents',
      label: { fr: 'Type', en: 'Kind' },
      options: vocabularyKinds.map((value) => ({ value, label: kindLabels[value] })),
      admin: {
        description: {
          fr: 'Équivalents : chercher un terme trouve aussi tous les autres. Élargissement : chercher un terme trouve aussi les termes visés, sans l’inverse.',
          en: 'Equivalents: searching for one term also finds all the others. Expansion: searching for a term also finds the target terms, not the reverse.',
        },
      },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'fr',
      label: { fr: 'Langue de la recherche', en: 'Search language' },
      options: vocabularyLanguages.map((value) => ({ value, label: languageLabels[value] })),
    },
    {
      name: 'terms',
      type: 'text',
      hasMany: true,
      required: true,
      label: { fr: 'Termes', en: 'Terms' },
      validate: validTerms('terms'),
      hooks: { beforeValidate: [cleanTerms] },
      admin: {
        description: {
          fr: 'Un terme par entrée (Entrée pour ajouter) : « diabète de grossesse », « diabète gestationnel », « DG ».',
          en: 'One term per entry (Enter to add): “gestational diabetes”, “GDM”.',
        },
      },
    },
    {
      name: 'expandsTo',
      type: 'text',
      hasMany: true,
      label: { fr: 'Élargir vers', en: 'Expands to' },
      validate: validTerms('expandsTo'),
      hooks: { beforeValidate: [cleanTerms] },
      admin: {
        condition: (_, siblingData) => siblingData?.kind === 'expansion',
        description: {
          fr: 'Ce qu’une recherche des termes ci-dessus trouve aussi : « santé mentale » pour « anxiété ».',
          en: 'What a search for the terms above also finds: “mental health” for “anxiety”.',
        },
      },
    },
    {
      // The list's title: « diabète de grossesse = DG », « anxiété → santé mentale ».
      name: 'summary',
      type: 'text',
      label: { fr: 'Résumé', en: 'Summary' },
      admin: { readOnly: true, hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) => {
            const terms = (siblingData.terms as string[] | undefined) ?? []
            const to = (siblingData.expandsTo as string[] | undefined) ?? []
            return siblingData.kind === 'expansion'
              ? `${terms.join(', ')} → ${to.join(', ')}`
              : terms.join(' = ')
          },
        ],
      },
    },
  ],
}
