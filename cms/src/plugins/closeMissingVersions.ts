import type { SanitizedConfig } from 'payload'
import { nobody } from '../access/nobody'

/**
 * Payload routes `/api/<collection>/versions` for every collection, and for a user its default
 * access lets through, a collection that keeps no versions answers 500 (there is no versions
 * table to read). Closed here — on the sanitized config, so that the collections Payload adds
 * itself (`payload-jobs`, `payload-preferences`, …) are covered too: a clean 403 instead.
 */
export function closeMissingVersions(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    if (!collection.versions) collection.access = { ...collection.access, readVersions: nobody }
  }
  return config
}
