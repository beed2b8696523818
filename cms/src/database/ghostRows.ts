/**
 * Ghost rows: what failed writes left behind before every write was atomic (issue 11). A create
 * that failed half-way left a main row (and its French locale row) without its arrays or any
 * version — hidden from the admin's draft lists, listed by a plain list, published if it was
 * sent as published; an update that failed half-way left a published item without the arrays
 * its published version has. This finds both in the reviewed collections and says what each is;
 * `pnpm --filter @nlv/cms ghost-rows` prints them (scripts/ghost-rows.ts).
 */
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import type { Field, Payload } from 'payload'
import { forEachFieldValue } from '../fields/forEachFieldValue'

export interface GhostRow {
  collection: ContentType
  id: number | string
  title: string | null
  published: boolean
  problem: 'no-version' | 'arrays-differ-from-published-version'
  /** For `arrays-differ…`: the array or blocks fields (per locale) whose row counts differ. */
  fields?: string[]
}

type Doc = Record<string, unknown> & { id: number | string }

/** Row count of every array and blocks field, per locale: `keyMessages.fr` → 3. */
function rowCounts(fields: Field[], doc: unknown): Map<string, number> {
  const counts = new Map<string, number>()
  forEachFieldValue(
    fields,
    doc,
    (field, value, path) => {
      if (field.type === 'array' || field.type === 'blocks') {
        counts.set(path, Array.isArray(value) ? value.length : 0)
      }
    },
    { allLocales: true },
  )
  return counts
}

const titleOf = (doc: Doc) => {
  const title = doc.title as Record<string, string> | string | undefined
  return (typeof title === 'object' ? (title?.fr ?? title?.en) : title) ?? null
}

export async function findGhostRows(payload: Payload): Promise<GhostRow[]> {
  const ghosts: GhostRow[] = []
  for (const collection of contentTypes) {
    const { fields } = payload.collections[collection].config
    // The main rows as they are: every row, whatever its status, every locale.
    const { docs } = (await payload.find({
      collection,
      draft: false,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })) as unknown as { docs: Doc[] }
    for (const doc of docs) {
      const published = doc._status === 'published'
      const ghost = { collection, id: doc.id, title: titleOf(doc), published }
      const { docs: versions } = await payload.findVersions({
        collection,
        where: {
          and: [
            { parent: { equals: doc.id } },
            ...(published ? [{ 'version._status': { equals: 'published' } }] : []),
          ],
        },
        sort: '-updatedAt',
        limit: 1,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
      const version = versions[0]
      if (!version) {
        const { totalDocs } = await payload.countVersions({
          collection,
          where: { parent: { equals: doc.id } },
          overrideAccess: true,
        })
        if (!totalDocs) ghosts.push({ ...ghost, problem: 'no-version' })
        continue
      }
      if (!published) continue
      const main = rowCounts(fields, doc)
      const expected = rowCounts(fields, version.version)
      const differ = [...new Set([...main.keys(), ...expected.keys()])].filter(
        (path) => (main.get(path) ?? 0) !== (expected.get(path) ?? 0),
      )
      if (differ.length) {
        ghosts.push({ ...ghost, problem: 'arrays-differ-from-published-version', fields: differ })
      }
    }
  }
  return ghosts
}
