/**
 * Versions by their meaning rather than their id: « Approuvé · 1 déc. 2026, 18 h 43 · approuvée
 * par Dre Tremblay ». Read from the versions themselves (their review state, `_status` and
 * last content editor) and from the audit trail (ReviewEvents records the version each
 * transition wrote).
 */
import type { ContentType } from '@nlv/shared/content-types'
import type { PayloadRequest } from 'payload'
import { aboutDoc } from '../documents'
import { type Bilingual, stateLabels, stateOf, type WorkflowState } from '../states'

/** One version of a document as the review view needs it (content read with `locale: 'all'`). */
export interface VersionRow {
  id: string
  updatedAt: string
  /** The version's data: the document's fields, every locale. */
  data: Record<string, any>
}

export interface VersionMeaning {
  id: string
  updatedAt: string
  state: WorkflowState
  /** Whether this version was written by a publication (Payload's `_status: 'published'`). */
  published: boolean
  /** Whether it is the version the public site shows now. */
  online: boolean
  /** Who wrote it: the person who took the action, else the last content editor. */
  author: string | null
  /** The reviewer who approved it (the version the approval wrote). */
  approvedBy: string | null
  /** What the action was, when a workflow action wrote this version. */
  action: string | null
  label: Bilingual
}

const idOf = (v: unknown): string | null =>
  v === null || v === undefined || v === ''
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

/** « 1 déc. 2026, 18 h 43 » (24-hour, Montreal time). */
export const when = (iso: string, lang: 'fr' | 'en' = 'fr') =>
  new Date(iso).toLocaleString(lang === 'en' ? 'en-CA' : 'fr-CA', {
    dateStyle: 'medium',
    timeStyle: 'short',
    hourCycle: 'h23',
    timeZone: 'America/Toronto',
  })

/** Every version of a document, newest first (Payload's locale snapshots left out). */
export async function versionsOf(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
): Promise<VersionRow[]> {
  const { docs } = await req.payload.findVersions({
    collection,
    where: { and: [{ parent: { equals: id } }, { snapshot: { not_equals: true } }] },
    sort: '-updatedAt',
    limit: 200,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs.map((v) => ({
    id: String(v.id),
    updatedAt: String(v.updatedAt),
    data: v.version as Record<string, any>,
  }))
}

interface EventRow {
  action: string
  version?: string | null
  actorName?: string | null
  createdAt: string
}

async function eventsOf(req: PayloadRequest, collection: ContentType, id: number | string) {
  const { docs } = await req.payload.find({
    collection: 'review-events',
    where: aboutDoc(collection, id),
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs as unknown as EventRow[]
}

async function userNames(req: PayloadRequest, ids: string[]) {
  if (!ids.length) return new Map<string, string>()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((u) => [String(u.id), String((u as { name?: string }).name ?? u.email)]))
}

/** Each version with what it means, newest first. */
export async function labelVersions(
  req: PayloadRequest,
  collection: ContentType,
  id: number | string,
  versions: VersionRow[],
): Promise<VersionMeaning[]> {
  const events = await eventsOf(req, collection, id)
  const byVersion = new Map<string, EventRow>()
  // Oldest first, so that the last event written with a version wins (a publish after an edit).
  // (A correction of the review facts recorded with the same write does not hide its action.)
  for (const event of [...events].reverse())
    if (event.version && event.action !== 'review_facts') byVersion.set(event.version, event)
  const editors = [
    ...new Set(
      versions.map((v) => idOf(v.data.workflow?.lastContentEditor)).filter((x): x is string => !!x),
    ),
  ]
  const names = await userNames(req, editors)
  // The public version: the newest written by a publication, unless an archive came after it.
  const lastPublished = versions.find((v) => v.data._status === 'published')
  const archivedAfter =
    lastPublished &&
    versions.some((v) => v.updatedAt > lastPublished.updatedAt && stateOf(v.data) === 'archived')
  return versions.map((v) => {
    const event = byVersion.get(v.id)
    const state = stateOf(v.data)
    const published = v.data._status === 'published'
    const online = Boolean(lastPublished && v.id === lastPublished.id && !archivedAfter)
    const author =
      event?.actorName ?? names.get(idOf(v.data.workflow?.lastContentEditor) ?? '') ?? null
    const approvedBy = event?.action === 'approve' ? (event.actorName ?? null) : null
    const date = { fr: when(v.updatedAt, 'fr'), en: when(v.updatedAt, 'en') }
    const parts = (lang: 'fr' | 'en') => {
      const out = [stateLabels[state][lang], date[lang]]
      if (approvedBy)
        out.push(lang === 'fr' ? `approuvée par ${approvedBy}` : `approved by ${approvedBy}`)
      else if (published && author)
        out.push(lang === 'fr' ? `publiée par ${author}` : `published by ${author}`)
      else if (event?.action === 'submit' && author)
        out.push(lang === 'fr' ? `soumise par ${author}` : `submitted by ${author}`)
      else if (author) out.push(lang === 'fr' ? `par ${author}` : `by ${author}`)
      if (online) out.push(lang === 'fr' ? 'en ligne' : 'online')
      else if (published) out.push(lang === 'fr' ? 'publiée' : 'published')
      return out.join(' · ')
    }
    return {
      id: v.id,
      updatedAt: v.updatedAt,
      state,
      published,
      online,
      author,
      approvedBy,
      action: event?.action ?? null,
      label: { fr: parts('fr'), en: parts('en') },
    }
  })
}
