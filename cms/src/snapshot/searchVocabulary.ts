/** The search vocabulary as the snapshot publishes it (read as the public, like content). */
import type { Payload } from 'payload'
import type { SearchVocabularyEntryInput } from '@nlv/shared/search-vocabulary'

export async function findSearchVocabulary(
  payload: Payload,
): Promise<SearchVocabularyEntryInput[]> {
  const { docs } = await payload.find({
    collection: 'search-vocabulary',
    pagination: false,
    sort: 'createdAt',
    depth: 0,
    overrideAccess: false,
  })
  return docs.map((doc) => ({
    kind: doc.kind,
    language: doc.language,
    terms: doc.terms ?? [],
    expandsTo: doc.kind === 'expansion' ? (doc.expandsTo ?? []) : [],
  }))
}
