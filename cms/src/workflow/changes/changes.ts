/**
 * « What changed »: the working copy of a document (or a chosen version) against the last
 * version the committee approved, or the last one published when that is more recent; for a
 * first submission, against nothing (the whole content is new). Read with access overridden
 * once `canSeeChanges` has said the user may read the document's drafts.
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { Locale } from '@nlv/shared/locales'
import {
  appendVersionToQueryKey,
  combineQueries,
  type FlattenedField,
  type PayloadRequest,
} from 'payload'
import { configOf, isContentType, localeCodes } from '../documents'
import type { Bilingual } from '../states'
import { changeCount, diffContent, referencedKeys, type Section } from './diffContent'
import { labelVersions, type VersionMeaning, versionsOf } from './versionLabels'

/** What the comparison starts from. */
export type Basis = 'approved' | 'published' | 'chosen' | 'none'

export interface ChangesReport {
  collection: ContentType
  id: string
  title: string
  basis: Basis
  /** The version compared from (null for a first submission). */
  from: VersionMeaning | null
  to: VersionMeaning
  /** Every version, newest first, labelled by meaning (for the pickers). */
  versions: VersionMeaning[]
  sections: Section[]
  count: number
  heading: Bilingual
}

export class ChangesRefused extends Error {
  constructor(
    public readonly status: 401 | 403 | 404,
    public readonly reason: Bilingual,
  ) {
    super(reason.en)
    this.name = 'ChangesRefused'
  }
}

const notFound = new ChangesRefused(404, { fr: 'Contenu introuvable.', en: 'Item not found.' })

/**
 * Whether the user may see a document's changes: they must be able to read its working copy
 * (its latest draft) themselves. A reader of the published version only (a contributor on
 * someone else's item, the public) may not; neither may anyone without an account.
 */
export async function canSeeChanges(
  req: PayloadRequest,
  collection: ContentType,
  id: string,
  latest: { id: string },
): Promise<boolean> {
  if (!req.user) return false
  // The collection's own read rule, applied to the latest version (as Payload does for drafts).
  const rule = configOf(req.payload, collection).access.read
  const result = rule ? await rule({ req, id: id as never }) : false
  if (result === true) return true
  if (!result) return false
  const { docs } = await req.payload.findVersions({
    collection,
    where: combineQueries({ id: { equals: latest.id } }, appendVersionToQueryKey(result)),
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.length === 1
}

/** The `collection:id` → title (or file name) map for the relations of the compared versions. */
async function labelsFor(
  req: PayloadRequest,
  fields: FlattenedField[],
  docs: (Record<string, unknown> | null)[],
): Promise<Map<string, string>> {
  const byCollection = new Map<string, string[]>()
  for (const key of referencedKeys(fields, docs)) {
    const [collection, id] = key.split(':') as [string, string]
    byCollection.set(collection, [...(byCollection.get(collection) ?? []), id])
  }
  const labels = new Map<string, string>()
  for (const [slug, ids] of byCollection) {
    const config = req.payload.collections[slug as ContentType]?.config
    if (!config) continue
    const titleField = config.upload ? 'filename' : (config.admin?.useAsTitle ?? 'id')
    const { docs: found } = await req.payload.find({
      collection: slug as ContentType,
      where: { id: { in: ids } },
      pagination: false,
      depth: 0,
      locale: 'fr',
      overrideAccess: true,
      req,
    })
    for (const doc of found as unknown as Record<string, unknown>[]) {
      const value = doc[titleField]
      labels.set(`${slug}:${doc.id}`, value ? String(value) : `${slug} ${doc.id}`)
    }
  }
  return labels
}

const titleOf = (data: Record<string, any>): string => {
  const t = data.title
  if (typeof t === 'string') return t
  if (t && typeof t === 'object') return String(t.fr ?? Object.values(t).find(Boolean) ?? '')
  return ''
}

function headingFor(basis: Basis, from: VersionMeaning | null): Bilingual {
  switch (basis) {
    case 'approved':
      return {
        fr: 'Changements depuis la dernière version approuvée',
        en: 'Changes since the last approved version',
      }
    case 'published':
      return {
        fr: 'Changements depuis la dernière version publiée',
        en: 'Changes since the last published version',
      }
    case 'chosen':
      return {
        fr: `Changements depuis la version « ${from?.label.fr ?? ''} »`,
        en: `Changes since the version “${from?.label.en ?? ''}”`,
      }
    case 'none':
      return {
        fr: 'Contenu soumis : première version, tout le contenu est nouveau',
        en: 'Submitted content: first version, everything is new',
      }
  }
}

/**
 * The comparison for one document. `to` (a version id) defaults to the working copy; `from`
 * defaults to the last approved or published version before `to`, whichever is more recent.
 */
export async function changesFor(
  req: PayloadRequest,
  collectionSlug: string,
  id: string,
  options: { from?: string | null; to?: string | null } = {},
): Promise<ChangesReport> {
  if (!req.user)
    throw new ChangesRefused(401, { fr: 'Connectez-vous pour continuer.', en: 'Please log in.' })
  if (!isContentType(collectionSlug)) throw notFound
  const collection: ContentType = collectionSlug
  const rows = await versionsOf(req, collection, id)
  if (!rows.length) throw notFound
  if (!(await canSeeChanges(req, collection, id, rows[0]!)))
    throw new ChangesRefused(403, {
      fr: 'Vous ne pouvez pas voir les brouillons de ce contenu.',
      en: 'You cannot read the drafts of this item.',
    })
  const versions = await labelVersions(req, collection, id, rows)
  const find = (versionId: string | null | undefined) =>
    versionId ? versions.findIndex((v) => v.id === versionId) : -1
  const toIndex = options.to ? find(options.to) : 0
  if (toIndex < 0) throw notFound
  const to = versions[toIndex]!

  let basis: Basis
  let from: VersionMeaning | null
  if (options.from) {
    const i = find(options.from)
    if (i < 0) throw notFound
    basis = 'chosen'
    from = versions[i]!
  } else {
    // Versions are newest first: the first approval or publication older than `to`.
    const earlier = versions.slice(toIndex + 1)
    from = earlier.find((v) => v.action === 'approve' || v.published) ?? null
    basis = !from ? 'none' : from.action === 'approve' ? 'approved' : 'published'
  }

  const config = configOf(req.payload, collection)
  const fields = config.flattenedFields
  const before = from ? rows.find((r) => r.id === from!.id)!.data : null
  const after = rows[toIndex]!.data
  const labels = await labelsFor(req, fields, [before, after])
  const sections = diffContent(fields, before, after, {
    locales: localeCodes(req.payload) as Locale[],
    labels,
  })
  return {
    collection,
    id,
    title: titleOf(after),
    basis,
    from,
    to,
    versions,
    sections,
    count: changeCount(sections),
    heading: headingFor(basis, from),
  }
}
