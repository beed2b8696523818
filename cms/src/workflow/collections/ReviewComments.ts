import { APIError, type CollectionBeforeChangeHook, type CollectionConfig } from 'payload'
import { reviewedCollections } from '../reviewedCollections'
import { isAdmin } from '../../access/isAdmin'
import { isAdminOrReviewer } from '../../access/isAdminOrReviewer'
import { isLoggedIn } from '../../access/isLoggedIn'
import { isStaffOrAboutOwnItem, ownItemIds } from '../../access/isStaffOrAboutOwnItem'
import { hasRole } from '../../access/roles'
import { nobody } from '../../access/nobody'
import { say } from '../../i18n/say'
import { anchorFields } from '../anchors'
import { isContentType, latestVersionId } from '../documents'

type CommentData = {
  doc?: { relationTo?: string; value?: unknown }
  kind?: string
  parent?: unknown
  resolved?: boolean
  [key: string]: unknown
}

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

/**
 * Sets who wrote a comment and which version it is about; keeps change requests to the
 * committee; stamps who resolved it and when.
 */
const stampComment: CollectionBeforeChangeHook = async ({
  data: incoming,
  operation,
  originalDoc,
  req,
}) => {
  const data = incoming as CommentData
  const user = req.user
  if (operation === 'create') {
    const target = data.doc
    const id = idOf(target?.value)
    if (!target?.relationTo || !isContentType(target.relationTo) || id === null) {
      throw new APIError(
        say(req, {
          fr: 'Un commentaire doit viser un contenu.',
          en: 'A comment must refer to an item.',
        }),
        400,
        undefined,
        true,
      )
    }
    // A contributor answers the committee on their own items only.
    if (
      hasRole(user, 'contributor') &&
      !(await ownItemIds(req)).get(target.relationTo)?.some((v) => String(v) === id)
    ) {
      throw new APIError(
        say(req, {
          fr: 'Vous ne pouvez commenter que vos propres contributions.',
          en: 'You may comment on your own contributions only.',
        }),
        403,
        undefined,
        true,
      )
    }
    if (data.kind === 'change_request' && user && !isAdminOrReviewer({ req })) {
      throw new APIError(
        say(req, {
          fr: "Seul le comité d'experts demande des modifications : répondez par un commentaire.",
          en: 'Only the expert committee requests changes: reply with a comment.',
        }),
        403,
        undefined,
        true,
      )
    }
    if (data.parent) {
      const parent = (await req.payload
        .findByID({
          collection: 'review-comments',
          id: idOf(data.parent)!,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
          req,
        })
        .catch(() => null)) as CommentData | null
      const sameDoc =
        parent?.doc?.relationTo === target.relationTo && idOf(parent?.doc?.value) === id
      if (!sameDoc) {
        throw new APIError(
          say(req, {
            fr: 'Une réponse doit porter sur le même contenu.',
            en: 'A reply must be about the same item.',
          }),
          400,
          undefined,
          true,
        )
      }
    }
    data.author = user?.id ?? null
    data.authorName = (user as { name?: string } | null)?.name ?? user?.email ?? 'Système'
    data.version = await latestVersionId(req, target.relationTo, id)
    data.resolved = false
  }
  const wasResolved = Boolean(originalDoc?.resolved)
  if (operation === 'update' && Boolean(data.resolved) !== wasResolved) {
    data.resolvedBy = data.resolved ? (user?.id ?? null) : null
    data.resolvedAt = data.resolved ? new Date().toISOString() : null
  }
  return data
}

/**
 * Reviewers' comments on a document, optionally anchored to one field, with the version they
 * read. A `change_request` blocks approval until a reviewer marks it resolved. Editors reply
 * (a comment whose `parent` is the one they answer); reviewers resolve.
 */
export const ReviewComments: CollectionConfig = {
  slug: 'review-comments',
  labels: {
    singular: { fr: 'Commentaire de révision', en: 'Review comment' },
    plural: { fr: 'Commentaires de révision', en: 'Review comments' },
  },
  // A contributor reads and answers the comments on their own items (the hook checks the item).
  access: {
    read: isStaffOrAboutOwnItem,
    create: isLoggedIn,
    update: isAdminOrReviewer,
    delete: isAdmin,
  },
  admin: {
    useAsTitle: 'body',
    defaultColumns: ['createdAt', 'doc', 'kind', 'field', 'authorName', 'resolved'],
    group: { fr: 'Révision', en: 'Review' },
  },
  defaultSort: 'createdAt',
  fields: [
    {
      name: 'doc',
      type: 'relationship',
      relationTo: [...reviewedCollections],
      required: true,
      index: true,
      label: { fr: 'Contenu', en: 'Item' },
      access: { update: isAdmin },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'comment',
      label: { fr: 'Type', en: 'Kind' },
      options: [
        { value: 'comment', label: { fr: 'Commentaire', en: 'Comment' } },
        { value: 'change_request', label: { fr: 'Demande de modification', en: 'Change request' } },
      ],
      access: { update: isAdmin },
    },
    {
      name: 'field',
      type: 'select',
      label: { fr: 'Partie visée', en: 'About the field' },
      options: Object.entries(anchorFields).map(([value, label]) => ({ value, label })),
      access: { update: isAdmin },
    },
    {
      name: 'body',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: { fr: 'Commentaire', en: 'Comment' },
      access: { update: isAdmin },
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'review-comments',
      label: { fr: 'En réponse à', en: 'In reply to' },
      access: { update: isAdmin },
    },
    {
      name: 'resolved',
      type: 'checkbox',
      defaultValue: false,
      label: { fr: 'Résolu', en: 'Resolved' },
      access: { create: nobody, update: isAdminOrReviewer },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Auteur·rice', en: 'Author' },
          access: { create: nobody, update: nobody },
        },
        {
          name: 'authorName',
          type: 'text',
          label: { fr: 'Nom', en: 'Name' },
          access: { create: nobody, update: nobody },
        },
      ],
    },
    {
      name: 'version',
      type: 'text',
      label: { fr: 'Version commentée', en: 'Version commented on' },
      access: { create: nobody, update: nobody },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'resolvedBy',
          type: 'relationship',
          relationTo: 'users',
          label: { fr: 'Résolu par', en: 'Resolved by' },
          access: { create: nobody, update: nobody },
        },
        {
          name: 'resolvedAt',
          type: 'date',
          label: { fr: 'Résolu le', en: 'Resolved on' },
          access: { create: nobody, update: nobody },
        },
      ],
    },
  ],
  hooks: { beforeChange: [stampComment] },
}
