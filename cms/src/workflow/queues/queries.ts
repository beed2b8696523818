/**
 * The work queues of the admin's home page, by role. Every read goes through the Local API with
 * the user's own access (`overrideAccess: false`), so a queue never shows what its reader may
 * not open: a contributor's queries return their own items only. Names (who submitted, who is
 * assigned) come from the audit trail or a names-only lookup, never from user accounts.
 *
 * Bounded and few: one read per reviewed collection for all the state-based lists at once (the
 * items being worked on, at most `perCollection` each), then one read each for the submission
 * events, the open change requests, the recent publications and the site builds.
 */
import type { Payload, Where } from 'payload'
import { hasRole } from '../../access/roles'
import { env } from '../../env'
import type { User } from '../../payload-types'
import { typeLabel } from '../documents'
import { itemsDueForReview, type DueItem } from '../reviewDue'
import { reviewedCollections } from '../reviewedCollections'
import { stateOf, type WorkflowState } from '../states'
import { assignedIds } from './assignment'
import { isOverdue, reviewDueAt } from './dueDate'

type Collection = (typeof reviewedCollections)[number]
type Loose = Record<string, any>

export interface QueueItem {
  collection: Collection
  typeLabel: string
  id: number | string
  title: string
  state: WorkflowState
  updatedAt: string | null
  /** Who created the item. */
  createdBy: string | null
  /** The latest submission: who, when, with what message. */
  submittedBy: string | null
  submittedAt: string | null
  message: string | null
  /** A revision of content already online (not a first publication). */
  revision: boolean
  dueAt: string | null
  overdue: boolean
  assigned: string[]
  assignedToMe: boolean
  openChangeRequests: number
  publishAt: string | null
  unpublishAt: string | null
}

export interface CommentSummary {
  id: number | string
  kind: 'comment' | 'change_request'
  body: string
  authorName: string | null
  createdAt: string
  resolved: boolean
}

/** The committee's latest decision on an item (for its contributor): approval or changes asked. */
export interface Decision {
  action: 'approve' | 'request_changes'
  message: string | null
  actorName: string | null
  createdAt: string
}

export interface Publication {
  collection: Collection
  typeLabel: string
  id: number | string
  title: string
  at: string
  by: string | null
  build: { status: string; buildId: string; live: boolean } | null
}

export interface Build {
  id: number | string
  buildId: string
  status: string
  trigger: string | null
  startedAt: string | null
  error: string | null
}

export interface ChangeRequest {
  id: number | string
  collection: Collection
  typeLabel: string
  docId: number | string
  title: string
  body: string
  createdAt: string
  state: WorkflowState | null
}

export interface Queues {
  role: string
  now: string
  reviewDueDays: number
  /** Reviewer (and admin). */
  assignedToMe?: QueueItem[]
  toReview?: QueueItem[]
  periodicDue?: DueItem[]
  myChangeRequests?: ChangeRequest[]
  /** Editor (and admin). */
  myDrafts?: QueueItem[]
  changesRequested?: QueueItem[]
  approved?: QueueItem[]
  scheduled?: QueueItem[]
  recentlyPublished?: Publication[]
  /** Admin. */
  failedBuilds?: Build[]
  overdueReviews?: QueueItem[]
  /** Contributor. */
  contributions?: (QueueItem & { comments: CommentSummary[]; decision: Decision | null })[]
  /** A collection held more items than one read returns: the lists are the most recent ones. */
  truncated: boolean
}

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

const activeStates: WorkflowState[] = ['draft', 'in_review', 'changes_requested', 'approved']
export const perCollection = 200
const listLimit = 50

const titleField = (payload: Payload, collection: Collection) =>
  (payload.collections[collection]?.config.admin?.useAsTitle as string | undefined) ?? 'title'

const aboutDocs = (items: { collection: Collection; id: number | string }[]): Where => {
  const byCollection = new Map<Collection, (number | string)[]>()
  for (const i of items)
    byCollection.set(i.collection, [...(byCollection.get(i.collection) ?? []), i.id])
  return {
    or: [...byCollection].map(([collection, ids]): Where => ({
      and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { in: ids } }] as Where[],
    })),
  }
}

/**
 * The items being worked on, as the user may read them: every active state, plus (for staff)
 * what is scheduled; a contributor gets all their own items, whatever the state.
 */
async function workingItems(payload: Payload, user: User, now: Date) {
  const staff = hasRole(user, 'admin', 'editor', 'reviewer')
  const contributor = hasRole(user, 'contributor')
  let truncated = false
  const raw: { collection: Collection; doc: Loose }[] = []
  const collections = reviewedCollections.filter((c) => payload.collections[c])
  await Promise.all(
    collections.map(async (collection) => {
      const where: Where = contributor
        ? { 'workflow.createdBy': { equals: user.id } }
        : {
            or: [
              { workflowState: { in: activeStates } },
              ...(staff
                ? [
                    { 'schedule.publishAt': { greater_than: now.toISOString() } },
                    { 'schedule.unpublishAt': { greater_than: now.toISOString() } },
                  ]
                : []),
            ],
          }
      const title = titleField(payload, collection)
      const result = await payload.find({
        collection,
        where,
        draft: true,
        depth: 0,
        limit: perCollection,
        sort: '-updatedAt',
        locale: 'fr',
        select: {
          [title]: true,
          workflowState: true,
          workflow: true,
          updatedAt: true,
          _status: true,
          ...(staff ? { assignedReviewers: true, schedule: true } : {}),
        } as never,
        overrideAccess: false,
        user,
      })
      if (result.hasNextPage) truncated = true
      for (const doc of result.docs as Loose[])
        raw.push({ collection, doc: { ...doc, title: doc[title] } })
    }),
  )
  // Online (Payload's main row published): tells a revision from a first publication.
  const online = new Set<string>()
  await Promise.all(
    collections.map(async (collection) => {
      const ids = raw.filter((r) => r.collection === collection).map((r) => r.doc.id)
      if (!ids.length) return
      const { docs } = await payload.find({
        collection,
        where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
        depth: 0,
        limit: ids.length,
        select: {} as never,
        overrideAccess: false,
        user,
      })
      for (const d of docs as Loose[]) online.add(`${collection}:${d.id}`)
    }),
  )
  return { raw, online, truncated }
}

/** One workflow event of an item: what was done, by whom, when, with what message. */
interface EventSummary {
  action: string
  actorName: string | null
  message: string | null
  createdAt: string
}

/**
 * The latest event of each item among `actions`, read as `user` (the history is staff-only),
 * or with access overridden when `user` is null — only for items the caller has already read
 * as its user.
 */
async function latestEvents(
  payload: Payload,
  items: { collection: Collection; id: number | string }[],
  actions: string[],
  user: User | null,
) {
  const latest = new Map<string, EventSummary>()
  if (!items.length) return latest
  const { docs } = await payload.find({
    collection: 'review-events',
    where: { and: [{ action: { in: actions } }, aboutDocs(items)] },
    sort: '-createdAt',
    depth: 0,
    limit: 1000,
    select: { doc: true, action: true, actorName: true, message: true, createdAt: true },
    ...(user ? { overrideAccess: false, user } : { overrideAccess: true }),
  })
  for (const e of docs as Loose[]) {
    const key = `${e.doc.relationTo}:${idOf(e.doc.value)}`
    if (!latest.has(key))
      latest.set(key, {
        action: e.action,
        actorName: e.actorName ?? null,
        message: e.message ?? null,
        createdAt: e.createdAt,
      })
  }
  return latest
}

/**
 * The committee's latest decision on each of a contributor's own items, with its message: the
 * « Demander des modifications » action writes its message into the workflow's history, which
 * only staff read, so it is read here for the items this user may see, and nothing else.
 */
const decisions = (payload: Payload, items: { collection: Collection; id: number | string }[]) =>
  latestEvents(payload, items, ['approve', 'request_changes'], null) as Promise<
    Map<string, Decision>
  >

/** The latest submission event of each item: who submitted it and their message. */
const submissions = async (
  payload: Payload,
  user: User,
  items: { collection: Collection; id: number | string }[],
) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
    ? latestEvents(payload, items, ['submit'], user)
    : new Map<string, EventSummary>()

async function openChangeRequestCounts(
  payload: Payload,
  user: User,
  items: { collection: Collection; id: number | string }[],
) {
  const counts = new Map<string, number>()
  if (!items.length) return counts
  const { docs } = await payload.find({
    collection: 'review-comments',
    where: {
      and: [
        { kind: { equals: 'change_request' } },
        { resolved: { not_equals: true } },
        aboutDocs(items),
      ],
    },
    depth: 0,
    limit: 2000,
    select: { doc: true },
    overrideAccess: false,
    user,
  })
  for (const c of docs as Loose[]) {
    const key = `${c.doc.relationTo}:${idOf(c.doc.value)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** Names of the given accounts (names only: the panel and the e-mails name people too). */
async function namesOf(payload: Payload, ids: string[]) {
  const wanted = [...new Set(ids)]
  if (!wanted.length) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    limit: wanted.length,
    overrideAccess: true,
  })
  return new Map(docs.map((u) => [String(u.id), String((u as { name?: string }).name ?? '')]))
}

const byOldestSubmission = (a: QueueItem, b: QueueItem) =>
  (a.submittedAt ?? a.updatedAt ?? '').localeCompare(b.submittedAt ?? b.updatedAt ?? '')
const byNewest = (a: QueueItem, b: QueueItem) =>
  (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '')

/** The queues for one user, by their role. */
export async function queuesFor(
  payload: Payload,
  user: User,
  { now = new Date(), reviewDueDays }: { now?: Date; reviewDueDays?: number } = {},
): Promise<Queues> {
  const role = user.role ?? ''
  const me = String(user.id)
  const isAdmin = role === 'admin'
  const reviews = isAdmin || role === 'reviewer'
  const edits = isAdmin || role === 'editor'
  const contributor = role === 'contributor'
  const days = reviewDueDays ?? env.NLV_REVIEW_DUE_DAYS
  const queues: Queues = { role, now: now.toISOString(), reviewDueDays: days, truncated: false }
  if (!reviews && !edits && !contributor) return queues

  const { raw, online, truncated } = await workingItems(payload, user, now)
  queues.truncated = truncated
  const refs = raw.map((r) => ({ collection: r.collection, id: r.doc.id }))
  const inReview = raw
    .filter((r) => stateOf(r.doc) === 'in_review')
    .map((r) => ({ collection: r.collection, id: r.doc.id }))
  const [submitted, openCounts] = await Promise.all([
    submissions(payload, user, inReview),
    openChangeRequestCounts(payload, user, refs),
  ])
  const names = await namesOf(
    payload,
    raw.flatMap((r) => assignedIds(r.doc.assignedReviewers)),
  )

  const items: QueueItem[] = raw.map(({ collection, doc }) => {
    const key = `${collection}:${doc.id}`
    const state = stateOf(doc)
    const submission = state === 'in_review' ? submitted.get(key) : undefined
    const submittedAt =
      state === 'in_review' ? (doc.workflow?.submittedAt ?? submission?.createdAt ?? null) : null
    const dueAt = reviewDueAt(submittedAt, days)
    const assigned = assignedIds(doc.assignedReviewers)
    return {
      collection,
      typeLabel: typeLabel(payload, collection as never),
      id: doc.id,
      title: String(doc.title ?? '') || 'Sans titre',
      state,
      updatedAt: doc.updatedAt ?? null,
      createdBy: idOf(doc.workflow?.createdBy),
      submittedBy: submission?.actorName ?? null,
      submittedAt,
      message: submission?.message ?? null,
      revision: online.has(key),
      dueAt,
      overdue: state === 'in_review' && isOverdue(dueAt, now),
      assigned: assigned.map((id) => names.get(id) ?? id),
      assignedToMe: assigned.includes(me),
      openChangeRequests: openCounts.get(key) ?? 0,
      publishAt: doc.schedule?.publishAt ?? null,
      unpublishAt: doc.schedule?.unpublishAt ?? null,
    }
  })
  const ofState = (state: WorkflowState) => items.filter((i) => i.state === state)

  if (contributor) {
    const comments = new Map<string, CommentSummary[]>()
    if (items.length) {
      const { docs } = await payload.find({
        collection: 'review-comments',
        where: aboutDocs(items),
        sort: '-createdAt',
        depth: 0,
        limit: 500,
        select: {
          doc: true,
          kind: true,
          body: true,
          authorName: true,
          createdAt: true,
          resolved: true,
        },
        overrideAccess: false,
        user,
      })
      for (const c of docs as Loose[]) {
        const key = `${c.doc.relationTo}:${idOf(c.doc.value)}`
        const list = comments.get(key) ?? []
        if (list.length < 5)
          list.push({
            id: c.id,
            kind: c.kind,
            body: c.body,
            authorName: c.authorName ?? null,
            createdAt: c.createdAt,
            resolved: Boolean(c.resolved),
          })
        comments.set(key, list)
      }
    }
    const shown = items.sort(byNewest).slice(0, listLimit)
    // `items` holds only what this contributor may read (their own): see workingItems().
    const decided = await decisions(payload, shown)
    queues.contributions = shown.map((i) => ({
      ...i,
      comments: comments.get(`${i.collection}:${i.id}`) ?? [],
      decision: decided.get(`${i.collection}:${i.id}`) ?? null,
    }))
    return queues
  }

  if (reviews) {
    const toReview = ofState('in_review').sort(byOldestSubmission)
    queues.assignedToMe = toReview.filter((i) => i.assignedToMe)
    queues.toReview = toReview
    queues.periodicDue = await itemsDueForReview(payload, { withinDays: 30, now })
    queues.myChangeRequests = await myOpenChangeRequests(payload, user, items)
  }
  if (edits) {
    queues.myDrafts = ofState('draft')
      .filter((i) => {
        const doc = raw.find((r) => r.collection === i.collection && r.doc.id === i.id)?.doc
        const editors = (doc?.workflow?.contentEditors ?? []).map(idOf)
        return (
          i.createdBy === me ||
          idOf(doc?.workflow?.lastContentEditor) === me ||
          editors.includes(me)
        )
      })
      .sort(byNewest)
      .slice(0, listLimit)
    queues.changesRequested = ofState('changes_requested').sort(byNewest).slice(0, listLimit)
    queues.approved = ofState('approved').sort(byNewest).slice(0, listLimit)
    queues.scheduled = items
      .filter((i) => [i.publishAt, i.unpublishAt].some((d) => d && new Date(d) > now))
      .sort((a, b) =>
        (a.publishAt ?? a.unpublishAt ?? '').localeCompare(b.publishAt ?? b.unpublishAt ?? ''),
      )
      .slice(0, listLimit)
    queues.recentlyPublished = await recentPublications(payload, user)
  }
  if (isAdmin) {
    queues.failedBuilds = await failedBuilds(payload, user)
    queues.overdueReviews = ofState('in_review')
      .filter((i) => i.overdue)
      .sort(byOldestSubmission)
  }
  return queues
}

/** The open change requests this reviewer wrote, with the item they are about. */
async function myOpenChangeRequests(
  payload: Payload,
  user: User,
  known: QueueItem[],
): Promise<ChangeRequest[]> {
  const { docs } = await payload.find({
    collection: 'review-comments',
    where: {
      and: [
        { author: { equals: user.id } },
        { kind: { equals: 'change_request' } },
        { resolved: { not_equals: true } },
      ],
    },
    sort: 'createdAt',
    depth: 0,
    limit: listLimit,
    select: { doc: true, body: true, createdAt: true },
    overrideAccess: false,
    user,
  })
  const titles = new Map(known.map((i) => [`${i.collection}:${i.id}`, i]))
  // Items no longer being worked on (rare): their titles in one read per collection.
  const missing = (docs as Loose[]).filter(
    (c) => !titles.has(`${c.doc.relationTo}:${idOf(c.doc.value)}`),
  )
  for (const collection of new Set(missing.map((c) => c.doc.relationTo as Collection))) {
    const ids = missing
      .filter((c) => c.doc.relationTo === collection)
      .map((c) => idOf(c.doc.value)!)
    const title = titleField(payload, collection)
    const found = await payload.find({
      collection,
      where: { id: { in: ids } },
      draft: true,
      depth: 0,
      limit: ids.length,
      locale: 'fr',
      select: { [title]: true, workflowState: true, _status: true } as never,
      overrideAccess: false,
      user,
    })
    for (const d of found.docs as Loose[])
      titles.set(`${collection}:${d.id}`, { title: d[title], state: stateOf(d) } as QueueItem)
  }
  return (docs as Loose[]).map((c) => {
    const collection = c.doc.relationTo as Collection
    const docId = idOf(c.doc.value)!
    const item = titles.get(`${collection}:${docId}`)
    return {
      id: c.id,
      collection,
      typeLabel: typeLabel(payload, collection as never),
      docId,
      title: item?.title ?? 'Sans titre',
      body: c.body,
      createdAt: c.createdAt,
      state: item?.state ?? null,
    }
  })
}

/** The latest publications and the build that put each one online (or not yet). */
async function recentPublications(payload: Payload, user: User): Promise<Publication[]> {
  const [{ docs: events }, { docs: builds }] = await Promise.all([
    payload.find({
      collection: 'review-events',
      where: { action: { equals: 'publish' } },
      sort: '-createdAt',
      depth: 0,
      limit: 8,
      select: { doc: true, docTitle: true, actorName: true, createdAt: true },
      overrideAccess: false,
      user,
    }),
    payload.find({
      collection: 'site-builds',
      sort: '-startedAt',
      depth: 0,
      limit: 30,
      select: { buildId: true, status: true, live: true, startedAt: true },
      overrideAccess: false,
      user,
    }),
  ])
  const oldestFirst = [...(builds as Loose[])].reverse()
  return (events as Loose[]).map((e) => {
    // The first build started after the publication contains it.
    const build = oldestFirst.find((b) => b.startedAt && b.startedAt >= e.createdAt)
    const collection = e.doc.relationTo as Collection
    return {
      collection,
      typeLabel: typeLabel(payload, collection as never),
      id: idOf(e.doc.value)!,
      title: e.docTitle ?? 'Sans titre',
      at: e.createdAt,
      by: e.actorName ?? null,
      build: build
        ? { status: build.status, buildId: build.buildId, live: Boolean(build.live) }
        : null,
    }
  })
}

/** Failed site builds since the last one that succeeded (what still needs someone). */
async function failedBuilds(payload: Payload, user: User): Promise<Build[]> {
  const { docs } = await payload.find({
    collection: 'site-builds',
    sort: '-startedAt',
    depth: 0,
    limit: 20,
    select: { buildId: true, status: true, trigger: true, startedAt: true, error: true },
    overrideAccess: false,
    user,
  })
  const failed: Build[] = []
  for (const b of docs as Loose[]) {
    if (b.status === 'succeeded' || b.status === 'rollback') break
    if (b.status === 'failed')
      failed.push({
        id: b.id,
        buildId: b.buildId,
        status: b.status,
        trigger: b.trigger ?? null,
        startedAt: b.startedAt ?? null,
        error: b.error ? String(b.error).slice(0, 300) : null,
      })
  }
  return failed
}
