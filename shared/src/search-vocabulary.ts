/**
 * The search vocabulary the content team keeps in the CMS (« Vocabulaire de recherche »):
 * groups of equivalent terms and abbreviations (« diabète de grossesse » = « diabète
 * gestationnel » = « DG »), and one-way expansions (« anxiété » → « santé mentale »: a search
 * for anxiety also finds mental health, not the reverse). Published in the snapshot; the
 * search page expands a query with it before asking Pagefind.
 */
import { z } from 'zod'

export const vocabularyKinds = ['equivalents', 'expansion'] as const
export type VocabularyKind = (typeof vocabularyKinds)[number]

/** Which search page uses an entry: the French one, the English one, or both. */
export const vocabularyLanguages = ['fr', 'en', 'all'] as const
export type VocabularyLanguage = (typeof vocabularyLanguages)[number]

const term = z.string().trim().min(1).max(80)

export const searchVocabularyEntrySchema = z
  .object({
    kind: z.enum(vocabularyKinds),
    language: z.enum(vocabularyLanguages).default('fr'),
    /** Equivalents: every term of the group. Expansion: the terms that are expanded. */
    terms: z.array(term).min(1).max(20),
    /** Expansion only: what a search for one of `terms` also looks for. */
    expandsTo: z.array(term).max(20).default([]),
  })
  .refine((entry) => entry.kind !== 'equivalents' || entry.terms.length >= 2, {
    message: 'a group of equivalents needs at least two terms',
    path: ['terms'],
  })
  .refine((entry) => entry.kind !== 'expansion' || entry.expandsTo.length >= 1, {
    message: 'an expansion needs at least one term to expand to',
    path: ['expandsTo'],
  })
export type SearchVocabularyEntry = z.infer<typeof searchVocabularyEntrySchema>
export type SearchVocabularyEntryInput = z.input<typeof searchVocabularyEntrySchema>

export const searchVocabularySchema = z.array(searchVocabularyEntrySchema).max(5000)
