/**
 * Seeds the « Vocabulaire de recherche » from `data/search-vocabulary.json` (groups drawn
 * from the field's vocabulary). An entry is matched by its kind, language and first term, so
 * a second run creates nothing.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { searchVocabularySchema, type SearchVocabularyEntry } from '@nlv/shared/search-vocabulary'
import type { Payload, RequestContext } from 'payload'
import { dataDir } from './records'

export function loadSearchVocabulary(dir = dataDir): SearchVocabularyEntry[] {
  const file = path.join(dir, 'search-vocabulary.json')
  const parsed = searchVocabularySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')))
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`)
  return parsed.data
}

const signature = (e: { kind: string; language: string; terms: string[] }) =>
  `${e.kind}|${e.language}|${(e.terms[0] ?? '').toLowerCase()}`

export async function seedSearchVocabulary(
  payload: Payload,
  entries: SearchVocabularyEntry[],
  context: RequestContext,
  count: (created: boolean) => void,
): Promise<void> {
  const { docs } = await payload.find({
    collection: 'search-vocabulary',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const present = new Set(
    docs.map((d) => signature({ kind: d.kind, language: d.language, terms: d.terms ?? [] })),
  )
  for (const entry of entries) {
    const exists = present.has(signature(entry))
    count(!exists)
    if (exists) continue
    await payload.create({
      collection: 'search-vocabulary',
      data: {
        kind: entry.kind,
        language: entry.language,
        terms: entry.terms,
        ...(entry.kind === 'expansion' ? { expandsTo: entry.expandsTo } : {}),
      },
      overrideAccess: true,
      context,
    })
  }
}
