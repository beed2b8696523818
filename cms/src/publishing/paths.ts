import path from 'node:path'
import { dataDir, env } from '../env'

/**
 * Where builds live: `var/builds/<buildId>/{snapshot.json,search-index.json,site/}`, the files
 * they share (`var/builds/.files/`), the bucket mirror (`var/builds/.bucket-files/`) and the `var/live` link.
 */
export const buildsDir = () => path.join(dataDir, 'builds')
export const buildDir = (buildId: string) => path.join(buildsDir(), buildId)
export const buildSiteDir = (buildId: string) => path.join(buildDir(buildId), 'site')
export const buildSnapshotFile = (buildId: string) => path.join(buildDir(buildId), 'snapshot.json')
/** The site build's report of its search index (`site/src/integrations/pagefind.ts`). */
export const buildSearchReportFile = (buildId: string) =>
  path.join(buildDir(buildId), 'search-index.json')
/**
 * The files of the kept builds, once each by content (`<sha256>`): each build's
 * `site/fichiers/<hash>/<name>` is a hard link to one of them.
 */
export const filesStoreDir = () => path.join(buildsDir(), '.files')
/** With S3_BUCKET, the bucket's files that published content uses, mirrored for the next build. */
export const bucketMirrorDir = () => path.join(buildsDir(), '.bucket-files')
/** A symbolic link to the served build's `site/` folder, swapped atomically. */
export const liveLink = () => path.join(dataDir, 'live')
/** The Astro project that builds the site. */
export const siteProjectDir = () => env.NLV_SITE_DIR
