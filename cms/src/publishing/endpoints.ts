import type { Endpoint, PayloadRequest } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { env } from '../env'
import { buildSnapshot } from '../snapshot/buildSnapshot'
import { hasBuildToken } from './buildToken'
import { isKept, publicLiveBuildId, rollBackTo } from './liveLink'
import { formatDate } from '../i18n/formatDate'
import { rollbackPreview } from './rollbackPreview'
import { queueSiteBuild } from './queueSiteBuild'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Who asked, as the build history shows it to every editor: the display name, never the
 * e-mail address (editors may not read their colleagues' addresses).
 */
const requestedBy = (user: PayloadRequest['user']) =>
  (typeof user?.name === 'string' && user.name.trim()) || 'un·e membre de l’équipe'

/** `POST /api/site-builds/rebuild`: queue a build now, even if nothing changed. */
export const rebuildEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req) => {
    if (!isAdminOrEditor({ req })) return json({ error: 'Réservé à l’équipe de contenu.' }, 403)
    await queueSiteBuild(req, `reconstruction demandée par ${requestedBy(req.user)}`, true)
    return json({ message: 'Reconstruction du site demandée.' }, 202)
  },
}

/** `POST /api/site-builds/:id/rollback`: put a kept build back online in one action (admins). */
export const rollbackEndpoint: Endpoint = {
  path: '/:id/rollback',
  method: 'post',
  handler: async (req) => {
    if (!isAdmin({ req }))
      return json(
        { error: 'Seuls les administrateurs peuvent revenir à une version précédente du site.' },
        403,
      )
    const id = req.routeParams?.id as string
    const build = await req.payload.findByID({
      collection: 'site-builds',
      id,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!build || build.status !== 'succeeded')
      return json({ error: 'Cette mise en ligne n’a pas réussi : impossible d’y revenir.' }, 400)
    // Kept in this machine's build folder, or (NLV_SITE_BUCKET) in the site bucket.
    if (!(await isKept(build.buildId)))
      return json({ error: 'Cette version du site n’est plus conservée.' }, 410)
    try {
      await rollBackTo(build.buildId)
    } catch (error) {
      req.payload.logger.error(
        `[site-build] rollback to ${build.buildId} failed; the live site is unchanged: ${String(error)}`,
      )
      return json(
        {
          error:
            'Le retour à cette version a échoué ; le site en ligne n’a pas changé. Réessayez dans un moment.',
        },
        502,
      )
    }
    await req.payload.update({
      collection: 'site-builds',
      where: { live: { equals: true } },
      data: { live: false },
      overrideAccess: true,
    })
    await req.payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { live: true },
      overrideAccess: true,
    })
    const now = new Date().toISOString()
    await req.payload.create({
      collection: 'site-builds',
      data: {
        buildId: `${build.buildId}-rollback-${Date.now()}`,
        status: 'rollback',
        trigger: `retour à la mise en ligne du ${formatDate(build.startedAt, 'fr')}, par ${requestedBy(req.user)}`,
        startedAt: now,
        finishedAt: now,
        durationMs: 0,
        items: build.items,
      },
      overrideAccess: true,
    })
    return json({
      message: `Le site en ligne est revenu à la mise en ligne du ${formatDate(build.startedAt, 'fr')}.`,
    })
  },
}

/** `GET /api/site-builds/:id/rollback-preview`: what a rollback to this build would change (admins). */
export const rollbackPreviewEndpoint: Endpoint = {
  path: '/:id/rollback-preview',
  method: 'get',
  handler: async (req) => {
    if (!isAdmin({ req }))
      return json(
        { error: 'Seuls les administrateurs peuvent revenir à une version précédente du site.' },
        403,
      )
    const build = await req.payload.findByID({
      collection: 'site-builds',
      id: req.routeParams?.id as string,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!build || build.status !== 'succeeded')
      return json({ error: 'Cette mise en ligne n’a pas réussi : impossible d’y revenir.' }, 400)
    const preview = await rollbackPreview(build.buildId, await publicLiveBuildId())
    if (!preview) return json({ error: 'Cette version du site n’est plus conservée.' }, 410)
    return json({ ...preview, builtAt: build.startedAt ?? null })
  },
}

/**
 * `GET /api/snapshot` with `Authorization: Bearer <NLV_BUILD_TOKEN>`: the published snapshot,
 * so the site can be built on another machine or a CI service. The build fetches the files the
 * snapshot attaches with the same token (`access/isStaffOrSiteBuild.ts`).
 */
export const snapshotEndpoint: Endpoint = {
  path: '/snapshot',
  method: 'get',
  handler: async (req) => {
    if (!env.NLV_BUILD_TOKEN)
      return json({ error: 'Snapshot over HTTP is disabled: set NLV_BUILD_TOKEN.' }, 404)
    if (!hasBuildToken(req)) return json({ error: 'A valid build token is required.' }, 401)
    return json(await buildSnapshot(req.payload))
  },
}
