import type { SanitizedConfig } from 'payload'
import { nobody } from '../access/nobody'
import { isAdmin } from '../access/isAdmin'

/**
 * The `payload-jobs-stats` global (the job scheduler's bookkeeping) is added by Payload while
 * it sanitizes the config — after plugins run — with the default access: any logged-in
 * user could read it and overwrite it through `/api/globals/payload-jobs-stats`, e.g. to
 * stop the weekly review digest from being scheduled. Only admins read it; no API writes it
 * (the scheduler writes through the database adapter, which access does not apply to).
 */
export function closeJobStats(config: SanitizedConfig): SanitizedConfig {
  const stats = config.globals.find((global) => global.slug === 'payload-jobs-stats')
  if (stats) stats.access = { ...stats.access, read: isAdmin, update: nobody, readVersions: nobody }
  return config
}
