/**
 * What the workflow reads about one document: its latest version in every locale, whether its
 * published version is online, its open change requests. Always with access overridden: the
 * caller has already decided who may see what.
 */
import type { ContentType } from '@nlv/shared/content-types'
import {
  isolateObjectProperty,
  type Payload,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'
import type { FactSheet, InterventionTool, Publication, Webinar } from '../payload-types'
import { contentHash } from './contentHash'
import { reviewedCollections } from './reviewedCollections'
import type { Facts } from './rules'

/**
 * A document read with `locale: 'all'` (the working copy): localized fields hold one value per
 * locale there, which the generated types (one locale's view) do not describe; kept loose.
 */
export type Doc = Record<string, any> & {
  id: number | string
  workflowState?: string | null
  _status?: string | null
}

/** A document of a reviewed collection, as one locale reads it (payload-types.ts). */
export type ReviewedDoc = FactSheet | InterventionTool | Webinar | Publication

/** Whether a collection is under review (see reviewedCollections.ts). */
export const isContentType = (slug: string): slug is ContentType =>
  (reviewedCollections as readonly string[]).includes(slug)

/** A reviewed collection's sanitized config (its fields define what "the content" is). */
export function configOf(payload: Payload, collection: ContentType): SanitizedCollectionConfig {
  const config = payload.collections[collection]?.config
  if (!config) throw new Error(`Collection ${collection} is not configured`)
  return config
}

/** A collection's singular label in French, for messages. */
export function typeLabel(payload: Payload, collection: ContentType): string {
  const label = configOf(payload, collection).labels.singular
  return typeof label === 'string' ? label : ((label as Record<string, string>).fr ?? collection)
}

export const localeCodes = (payload: Payload): string[] =>
  payload.config.localization ? payload.config.localization.localeCodes : ['fr']

/** The working copy: the latest version (draft or published), every locale, ids only. */
export async function latestDoc(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<Doc | null> {
  // The Local API sets locale and context on the request it is given: keep the caller's untouched.
  const allLocales = isolateObjectProperty(req, ['locale', 'fallbackLocale', 'context'])
  const doc = await req.payload
    .findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req: allLocales,
    })
    .catch(() => null)
  return (doc as Doc | null) ?? null
}

export async function latestVersionId(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ? String(docs[0].id) : null
}

/** Whether the document's published version is public (Payload's main row is published). */
export async function isOnline(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<boolean> {
  const row = await req.payload.db.findOne<{ id: number | string; _status?: string }>({
    collection,
    where: { id: { equals: id } },
    req,
  })
  return row?._status === 'published'
}

export const aboutDoc = (collection: ContentType, id: number | string): Where => ({
  and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { equals: id } }],
})

export async function unresolvedChangeRequests(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
) {
  const { totalDocs } = await req.payload.count({
    collection: 'review-comments',
    where: {
      and: [
        aboutDoc(collection, id),
        { kind: { equals: 'change_request' } },
        { resolved: { not_equals: true } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs
}

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

/** The facts the rules need, read from the stored latest version. */
export async function factsFor(
  req: PayloadRequest,
  collection: ContentType,
  doc: Doc,
): Promise<Omit<Facts, 'hasMessage'>> {
  const config = configOf(req.payload, collection)
  const approvedHash = doc.workflow?.approvedHash as string | null | undefined
  const lastContentEditor = idOf(doc.workflow?.lastContentEditor)
  // The last editor counts even when the list is empty (written before the list existed).
  const contentEditors = new Set<string>(lastContentEditor ? [lastContentEditor] : [])
  for (const editor of doc.workflow?.contentEditors ?? []) {
    const id = idOf(editor)
    if (id) contentEditors.add(id)
  }
  return {
    unresolvedChangeRequests: await unresolvedChangeRequests(req, collection, doc.id),
    lastContentEditor,
    contentEditors: [...contentEditors],
    contentApproved:
      Boolean(approvedHash) && approvedHash === contentHash(config, doc, localeCodes(req.payload)),
    online: await isOnline(req, collection, doc.id),
    createdBy: idOf(doc.workflow?.createdBy),
  }
}

/** A document's title for messages and the audit trail (French, or whatever locale exists). */
export function titleOf(doc: Doc | null | undefined): string {
  const title = doc?.title
  if (typeof title === 'string') return title
  if (title && typeof title === 'object')
    return String(title.fr ?? Object.values(title).find(Boolean) ?? '')
  return ''
}
