import { contentTypes } from '@nlv/shared/content-types'
import type { Access, PayloadRequest, Where } from 'payload'
import { isStaff } from './isStaff'
import { createdByPath } from './ownContent'
import { hasRole } from './roles'

/** The ids of a contributor's own items, by content type (bounded: one person's work). */
export async function ownItemIds(req: PayloadRequest): Promise<Map<string, (number | string)[]>> {
  const ids = new Map<string, (number | string)[]>()
  for (const collection of contentTypes) {
    const { docs } = await req.payload.find({
      collection,
      where: { [createdByPath]: { equals: req.user!.id } },
      select: {},
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      req,
    })
    if (docs.length)
      ids.set(
        collection,
        docs.map((d) => d.id),
      )
  }
  return ids
}

/**
 * Records about an item (comments on it): staff read them all, a contributor those about their
 * own items only (never the committee's exchanges about someone else's work).
 */
export const isStaffOrAboutOwnItem: Access = async ({ req }) => {
  if (isStaff({ req })) return true
  if (!hasRole(req.user, 'contributor')) return false
  const own = await ownItemIds(req)
  if (!own.size) return { id: { equals: -1 } } as Where
  const or = [...own].map(([collection, ids]): Where => ({
    and: [{ 'doc.relationTo': { equals: collection } }, { 'doc.value': { in: ids } }] as Where[],
  }))
  return { or }
}
