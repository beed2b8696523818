import type {
  Access,
  CollectionBeforeChangeHook,
  PayloadRequest,
  SanitizedConfig,
  Where,
} from 'payload'
import { hasRole } from './roles'

const ownedBy = (req: PayloadRequest): Where => ({
  and: [
    { 'user.value': { equals: req.user!.id } },
    { 'user.relationTo': { equals: req.user!.collection } },
  ],
})

/** The lock's owner or an admin. */
const ownerOrAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return hasRole(req.user, 'admin') || ownedBy(req)
}

const staff: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer')
/** A contributor editing their own item locks it, and sees only their own locks. */
const staffOrOwnLocks: Access = ({ req }) =>
  hasRole(req.user, 'contributor') ? ownedBy(req) : staff({ req })
const staffOrContributor: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'reviewer', 'contributor')
/** Taking over someone's editing (the admin's « Prendre le relais »): those who edit content. */
const editors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/**
 * A lock always belongs to whoever writes it: the `user` sent is ignored, and an update (a take
 * over) changes only who holds the lock, never which document it locks.
 */
const lockIsMine: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  const mine = { relationTo: req.user.collection, value: req.user.id }
  if (operation === 'update' && originalDoc)
    return {
      ...data,
      user: mine,
      document: originalDoc.document,
      globalSlug: originalDoc.globalSlug,
    }
  return { ...data, user: mine }
}

/**
 * `payload-locked-documents` (who is editing what) is added by Payload while it sanitizes the
 * config, with "any logged-in user may do anything": a reviewer could lock a document in an
 * editor's name (the editor then gets 423) and delete anyone's lock. Patched here: a lock is
 * its creator's; only the owner or an admin removes it. The admin's own locking goes through
 * the database adapter and is not affected.
 */
export function ownLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (!locks) return config
  locks.access = {
    ...locks.access,
    read: staffOrOwnLocks,
    create: staffOrContributor,
    update: editors,
    delete: ownerOrAdmin,
  }
  locks.hooks.beforeChange = [lockIsMine, ...(locks.hooks.beforeChange ?? [])]
  return config
}
