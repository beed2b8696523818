/**
 * What the preview shows: the latest draft of a document (or one of its versions) turned
 * into the snapshot item the site would build from it, read *as the logged-in user*
 * (`overrideAccess: false`), so the collection's access rules decide what may be seen.
 */
import type { Payload } from 'payload'
import { contentTypes, type ContentType } from '@nlv/shared/content-types'
import { locales, type Locale } from '@nlv/shared/locales'
import { snapshotItemSchema, type SnapshotItem } from '@nlv/shared/snapshot'
import { relationId } from '../fields/relationId'
import { docToSnapshotItem } from '../snapshot/buildSnapshot'

type Doc = Record<string, any>

export interface PreviewRequest {
  collection: ContentType
  id: string
  /** A version id (the collection's versions table); absent: the latest draft. */
  version?: string
  user: Doc
}

export type PreviewItem =
  | {
      status: 'ok'
      item: SnapshotItem
      /** When the previewed version was saved. */
      savedAt: string | undefined
      /** Published URLs of the documents its internal links point to (`fact-sheets:12` → slugs). */
      linkTargets: LinkTargets
    }
  | { status: 'not-found' }
  /** The draft does not meet the site's contract yet (a required field left empty…). */
  | { status: 'invalid'; issues: string[] }

async function readDoc(payload: Payload, request: PreviewRequest, locale: Locale) {
  const common = {
    collection: request.collection,
    locale,
    // As the snapshot reads them: English without a French fallback, to tell it is missing.
    fallbackLocale: locale === 'fr' ? ('fr' as const) : (false as const),
    depth: 1,
    user: request.user,
    overrideAccess: false,
    disableErrors: true,
  }
  try {
    if (!request.version) {
      return (await payload.findByID({ ...common, id: request.id, draft: true })) as Doc | null
    }
    const version = (await payload.findVersionByID({
      ...common,
      id: request.version,
    })) as Doc | null
    if (!version || relationId(version.parent) !== request.id) return null
    return { ...(version.version as Doc), id: request.id } as Doc
  } catch {
    // A malformed id (`abc` where ids are numbers) is a document that does not exist.
    return null
  }
}

/** Slugs of the published documents internal links point to, by `type:id`. */
export type LinkTargets = Map<string, Partial<Record<Locale, string>>>

/** Every `{ relationTo, value }` of an internal link in the item's rich-text fields. */
function internalLinks(item: unknown): Array<{ type: ContentType; id: string }> {
  const found: Array<{ type: ContentType; id: string }> = []
  const visit = (value: unknown, depth: number) => {
    if (depth > 80 || typeof value !== 'object' || value === null) return
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1))
    const doc = (value as Doc).doc
    if (doc && typeof doc === 'object' && contentTypes.includes(doc.relationTo)) {
      const id = relationId(doc.value)
      if (id) found.push({ type: doc.relationTo, id })
    }
    for (const child of Object.values(value)) visit(child, depth + 1)
  }
  visit(item, 0)
  return found
}

/**
 * The site links only to published items (its catalog is the published snapshot): read the
 * targets as the public does, so the preview links exactly where the site would.
 */
async function readLinkTargets(payload: Payload, item: SnapshotItem): Promise<LinkTargets> {
  const targets: LinkTargets = new Map()
  const links = internalLinks(item.locales)
  for (const type of contentTypes) {
    const ids = [...new Set(links.filter((l) => l.type === type).map((l) => l.id))]
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection: type,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      locale: 'all',
      depth: 0,
      limit: ids.length,
      pagination: false,
      overrideAccess: false,
    })
    for (const doc of docs as Doc[]) {
      const slugs: Partial<Record<Locale, string>> = {}
      for (const locale of locales) {
        const slug = typeof doc.slug === 'object' && doc.slug ? doc.slug[locale] : undefined
        if (typeof slug === 'string' && slug) slugs[locale] = slug
      }
      targets.set(`${type}:${doc.id}`, slugs)
    }
  }
  return targets
}

export async function loadPreviewItem(
  payload: Payload,
  request: PreviewRequest,
): Promise<PreviewItem> {
  const [fr, en] = await Promise.all([
    readDoc(payload, request, 'fr'),
    readDoc(payload, request, 'en'),
  ])
  if (!fr) return { status: 'not-found' }
  // The mapping keeps the English fields only where English is written, as the snapshot does.
  const parsed = snapshotItemSchema.safeParse(
    docToSnapshotItem(request.collection, fr, en ?? undefined),
  )
  if (!parsed.success) {
    return {
      status: 'invalid',
      issues: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    }
  }
  return {
    status: 'ok',
    item: parsed.data,
    savedAt: typeof fr.updatedAt === 'string' ? fr.updatedAt : undefined,
    linkTargets: await readLinkTargets(payload, parsed.data),
  }
}
