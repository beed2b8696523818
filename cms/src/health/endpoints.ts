/**
 * `POST /api/link-checks/run`: « Vérifier les liens maintenant » — queues a link check now
 * (unless one is waiting or running). The view's button is a plain form: answered with a
 * redirect back to the view; an API client gets JSON.
 */
import type { Endpoint } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { linkCheckPending } from './linkCheck'
import { HEALTH_QUEUE, LINK_CHECK_TASK } from './queue'

export const runLinkCheckEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    const wantsPage = (req.headers.get('accept') ?? '').includes('text/html')
    if (!isAdminOrEditor({ req }))
      return Response.json({ error: 'Réservé à l’équipe de contenu.' }, { status: 403 })
    const pending = await linkCheckPending(req.payload)
    if (!pending) {
      await req.payload.jobs.queue({ task: LINK_CHECK_TASK, input: {}, queue: HEALTH_QUEUE, req })
      req.payload.logger.info(`[health] link check queued by user ${req.user?.id}`)
    }
    if (wantsPage) {
      return new Response(null, {
        status: 303,
        headers: {
          Location: `${req.payload.config.routes.admin}/sante?verification=demandee#liens`,
        },
      })
    }
    return Response.json(
      {
        message: pending ? 'Une vérification est déjà prévue.' : 'Vérification des liens demandée.',
      },
      { status: 202 },
    )
  },
}
