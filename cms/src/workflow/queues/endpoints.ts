/**
 * `GET /api/workflow/reviewers`: the expert committee by name, for the assignment picker. The
 * content team may not read user accounts (e-mail addresses); this answers staff with ids and
 * names only (the committee's names are no secret among staff).
 */
import type { Endpoint } from 'payload'
import { isStaff } from '../../access/isStaff'
import { say } from '../../i18n/say'

const reviewers: Endpoint = {
  path: '/workflow/reviewers',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return Response.json(
        {
          errors: [
            { message: say(req, { fr: 'Connectez-vous pour continuer.', en: 'Please log in.' }) },
          ],
        },
        { status: 401 },
      )
    if (!isStaff({ req }))
      return Response.json(
        { errors: [{ message: say(req, { fr: 'Accès refusé.', en: 'Forbidden.' }) }] },
        { status: 403 },
      )
    const { docs } = await req.payload.find({
      collection: 'users',
      where: { role: { equals: 'reviewer' } },
      select: { name: true },
      sort: 'name',
      limit: 200,
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({
      reviewers: docs.map((u) => ({ id: u.id, name: (u as { name?: string }).name ?? '' })),
    })
  },
}

export const queueEndpoints: Endpoint[] = [reviewers]
