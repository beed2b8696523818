/**
 * `GET /api/<collection>/:id/changes?from=<version>&to=<version>`: the comparison of
 * changes.ts as JSON (the admin's changes view renders the same report on the server).
 * `summary=true` answers only what the workflow panel's link needs.
 */
import type { Endpoint } from 'payload'
import { say } from '../../i18n/say'
import { changesFor, ChangesRefused } from './changes'

const one = (v: unknown) => (typeof v === 'string' && v ? v : null)

export const changesEndpoint: Endpoint = {
  path: '/:id/changes',
  method: 'get',
  handler: async (req) => {
    const query = (req.query ?? {}) as Record<string, unknown>
    try {
      const report = await changesFor(
        req,
        String(req.routeParams?.collection),
        String(req.routeParams?.id),
        { from: one(query.from), to: one(query.to) },
      )
      if (query.summary === 'true')
        return Response.json({ basis: report.basis, count: report.count, heading: report.heading })
      return Response.json(report)
    } catch (error) {
      if (error instanceof ChangesRefused)
        return Response.json(
          { errors: [{ message: say(req, error.reason) }] },
          { status: error.status },
        )
      throw error
    }
  },
}
