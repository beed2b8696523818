/**
 * Every plugin and every patch of the built config, in the order they apply. payload.config.ts
 * only assembles: collections, localization, database, and these.
 *
 * Plugins (each gets the config the previous one returned):
 * 1. reviewWorkflow  puts the content types under the committee's review (workflow/), with
 *                    the role work queues on the admin's home page (workflow/queues/);
 * 2. changesView     « what changed »: the changes view, versions by meaning (workflow/changes/);
 * 3. publishing      queues a site build when public content changes (publishing/);
 * 4. objectStorage   media and documents in an S3 bucket when S3_BUCKET is set (storage/);
 * 5. insights        counts searches and readers, shows them to the team (insights/);
 * 6. contentHealth   « Santé du contenu »: links, translations, completeness (health/);
 * 7. jobsRunner      where and when every queue's jobs run (jobs.ts, the one place);
 * 8. requestLimits   clamps what anonymous requests may ask for (depth, limit, GraphQL cost);
 * 9. adminFrench     French over Payload's fallback strings, 24-hour dates (i18n/);
 * 10. malformedInputGuard  last, so that it covers the collections the others add.
 *
 * Config patches (on the sanitized config, once Payload has added its own collections and
 * globals, which no plugin sees): closeJobStats, closeMissingVersions, ownLocks (document
 * locks belong to their creator), fixPreferenceDelete (a missing preference is a 404),
 * documentWriteLock (on PostgreSQL, one update at a time per document, across instances).
 */
import type { Plugin, SanitizedConfig } from 'payload'
import { ownLocks } from '../access/ownLocks'
import { contentHealth } from '../health/plugin'
import { malformedInputGuard } from '../hooks/rejectMalformedInput'
import { documentWriteLock } from '../database/documentWriteLock'
import { fixPreferenceDelete } from '../http/deletePreference'
import { insights } from '../insights/plugin'
import { adminFrench } from '../i18n/plugin'
import { requestLimitsPlugin } from '../http/requestLimits'
import { publishing } from '../publishing/plugin'
import { objectStorage } from '../storage/plugin'
import { changesView } from '../workflow/changes/plugin'
import { reviewWorkflow } from '../workflow/plugin'
import { reviewedCollections } from '../workflow/reviewedCollections'
import { closeJobStats } from './closeJobStats'
import { closeMissingVersions } from './closeMissingVersions'
import { jobsRunner } from './jobs'

export const plugins: Plugin[] = [
  reviewWorkflow({ collections: reviewedCollections }),
  changesView({ collections: reviewedCollections }),
  publishing(),
  objectStorage(),
  insights(),
  contentHealth(),
  jobsRunner(),
  requestLimitsPlugin(),
  adminFrench(),
  malformedInputGuard(),
]

const configPatches: ((config: SanitizedConfig) => SanitizedConfig)[] = [
  closeJobStats,
  closeMissingVersions,
  ownLocks,
  fixPreferenceDelete,
  documentWriteLock,
]

export const patchConfig = (config: SanitizedConfig): SanitizedConfig =>
  configPatches.reduce((patched, patch) => patch(patched), config)
