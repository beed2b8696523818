/**
 * The site's build environment, parsed once. No other module reads `process.env`.
 *
 * Default paths are resolved from the repository root (the folder of `pnpm-workspace.yaml`).
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

function findUp(from: string): string | undefined {
  let dir = path.resolve(from)
  for (;;) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return undefined
    dir = parent
  }
}

/** The repository root: above this module, else above the working directory. */
export const repoRoot =
  findUp(path.dirname(fileURLToPath(import.meta.url))) ??
  findUp(process.cwd()) ??
  path.resolve(process.cwd(), '..')

const trimSlash = (url: string) => url.replace(/\/+$/, '')

const envSchema = z.object({
  /** Published snapshot to build from. Default: `<repo>/var/snapshot/current.json`. */
  NLV_SNAPSHOT: z.string().default(path.join(repoRoot, 'var', 'snapshot', 'current.json')),
  /** Public URL of the site (canonical URLs, sitemap, feeds). Default: `http://localhost:4321`. */
  SITE_URL: z.url().default('http://localhost:4321').transform(trimSlash),
  /** Public URL of the CMS, prefixed to relative file URLs. Default: `http://localhost:3000`. */
  CMS_URL: z.url().default('http://localhost:3000').transform(trimSlash),
  /** Build output folder. Default: `site/dist`. */
  NLV_SITE_OUT: z.string().optional(),
  /** Vite cache folder (separate builds running at once need separate caches). */
  NLV_SITE_CACHE: z.string().optional(),
  /**
   * The CMS's counting endpoints (`<CMS>/api/insights`): the search page reports final queries
   * there, content pages count a view with a 1×1 image and downloads with `ping`. Unset: none
   * (the CMS's builds set it; a site built by hand counts nothing).
   */
  NLV_INSIGHTS_URL: z
    .url()
    .optional()
    .transform((url) => (url ? trimSlash(url) : undefined)),
  /** Where to write the search index's report (JSON, `SearchIndexReport`); none by default. */
  NLV_SEARCH_REPORT: z.string().optional(),
  /**
   * The CMS's upload folder (`<dir>/media/…`, `<dir>/documents/…`): the files published content
   * uses are read there. A file not found there is fetched from `CMS_URL` with the build token.
   */
  NLV_FILES_DIR: z.string().optional(),
  /**
   * The content-addressed store the output's files are hard-linked to (builds that share it
   * share the bytes). Default: `nlv-files/` in Astro's cache folder.
   */
  NLV_FILES_STORE: z.string().optional(),
  /** The CMS's build token: the CMS serves its files to staff and to this token only. */
  NLV_BUILD_TOKEN: z.string().optional(),
})

export type SiteEnv = z.infer<typeof envSchema>

function parseEnv(): SiteEnv {
  const result = envSchema.safeParse(process.env)
  if (result.success) return result.data
  const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
  throw new Error(`Invalid site environment:\n${lines.join('\n')}`)
}

export const env = parseEnv()
