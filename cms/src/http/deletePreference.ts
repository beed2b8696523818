import { APIError, UnauthorizedError, type PayloadHandler, type SanitizedConfig } from 'payload'
import { say } from '../i18n/say'

const slug = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key` (the admin's « reset preferences »). Payload's own
 * handler deletes through a query that SQLite cannot run (a join alias it never declares), so
 * it answered 500 for every key, existing or not. Here: find the user's preference, delete it
 * by id; a missing one is a French 404.
 */
const deletePreference: PayloadHandler = async (req) => {
  if (!req.user) throw new UnauthorizedError(req.t)
  const { docs } = await req.payload.find({
    collection: slug,
    where: {
      and: [
        { key: { equals: String(req.routeParams?.key ?? '') } },
        { 'user.value': { equals: req.user.id } },
        { 'user.relationTo': { equals: req.user.collection } },
      ],
    },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const found = docs[0]
  if (!found) {
    const key = String(req.routeParams?.key ?? '')
    throw new APIError(
      say(req, {
        fr: `Aucune préférence enregistrée sous la clé « ${key} ».`,
        en: `No preference is saved under the key "${key}".`,
      }),
      404,
      undefined,
      true,
    )
  }
  await req.payload.db.deleteOne({ collection: slug, where: { id: { equals: found.id } }, req })
  return Response.json({ ...found, message: req.t('general:deletedSuccessfully') })
}

export function fixPreferenceDelete(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((c) => c.slug === slug)
  const endpoint = Array.isArray(preferences?.endpoints)
    ? preferences.endpoints.find((e) => e.method === 'delete' && e.path === '/:key')
    : undefined
  if (endpoint) endpoint.handler = deletePreference
  return config
}
