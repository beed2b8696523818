import type { Access, PayloadRequest } from 'payload'
import { hasBuildToken } from '../publishing/buildToken'
import { isStaff } from './isStaff'

/**
 * The context flag of the published snapshot's reads (`snapshot/buildSnapshot.ts`). Only
 * server code sets a request's context: no HTTP request can carry it.
 */
export const publishedSnapshotContext = { nlvPublishedSnapshot: true } as const

const readsPublishedSnapshot = (req: PayloadRequest) => req.context?.nlvPublishedSnapshot === true

/**
 * Images and documents: staff only — and the site build. The public never reads a file from
 * the CMS: the build copies the files published content uses into the site (`/fichiers/`).
 * The snapshot, which reads published content as the public, populates the files that content
 * attaches (so only those reach the site); a build on another machine fetches them with the
 * build token.
 */
export const isStaffOrSiteBuild: Access = ({ req, data }) => {
  // A NUL byte in a requested file name would reach the database (PostgreSQL refuses it).
  if (typeof data?.filename === 'string' && data.filename.includes('\u0000')) return false
  return isStaff({ req }) || readsPublishedSnapshot(req) || hasBuildToken(req)
}
