/**
 * The CMS's environment, parsed once. No other module reads `process.env` for configuration.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { checkObjectStorageEnv, objectStorageEnv } from './storage/env'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const repoRoot = path.resolve(cmsDir, '..')

/** Documented development defaults; refused in production (see productionSafety.ts). */
export const DEV_PAYLOAD_SECRET = 'dev-secret-nourrir-la-vie-change-me'
export const DEV_SEED_PASSWORD = 'nourrir-la-vie-dev'

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** `postgres://…` selects PostgreSQL; a `file:` URL (or nothing) selects the SQLite file. */
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().default(DEV_PAYLOAD_SECRET),
  PORT: z.coerce.number().int().positive().default(3000),
  /** Public URL of the CMS (admin, API, uploaded files). */
  CMS_URL: z.url().optional(),
  /** Public URL of the static site. */
  SITE_URL: z.url().default('http://localhost:4321'),
  /** Runtime data: SQLite file, uploads, builds, outbox. */
  NLV_DATA_DIR: z.string().default(path.join(repoRoot, 'var')),
  /** Largest accepted upload, in megabytes. */
  NLV_MAX_UPLOAD_MB: z.coerce.number().positive().default(100),
  /** Largest document data accepted from a client (a JSON body, a field of the admin's form), in megabytes. */
  NLV_MAX_DOCUMENT_MB: z.coerce.number().positive().default(8),
  /** Apply the schema to the database on start (development and tests); production uses migrations. */
  NLV_DB_PUSH: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Secret that lets another machine fetch the published snapshot (`GET /api/snapshot`). Unset: disabled. */
  NLV_BUILD_TOKEN: z.string().min(24, 'NLV_BUILD_TOKEN must be at least 24 characters').optional(),
  /** How many site builds (snapshot + output) to keep for rollback. */
  NLV_KEEP_BUILDS: z.coerce.number().int().min(2).default(5),
  /** The Astro project that builds the public site. */
  NLV_SITE_DIR: z.string().default(path.join(repoRoot, 'site')),
  /** Port the live site is served on. */
  SITE_PORT: z.coerce.number().int().positive().default(4321),
  /** Set by Next.js in its server: the long-running process where queued jobs run. */
  NEXT_RUNTIME: z.string().optional(),
  /** Run queued jobs (site builds, scheduled publishing) in this process. Default: in the Next server only. */
  NLV_JOBS_AUTORUN: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Months the search and readers counts are kept (insights/); older rows are deleted daily. */
  NLV_INSIGHTS_RETENTION_MONTHS: z.coerce
    .number()
    .int('NLV_INSIGHTS_RETENTION_MONTHS must be a whole number of months')
    .min(1, 'NLV_INSIGHTS_RETENTION_MONTHS must be at least 1')
    .max(120, 'NLV_INSIGHTS_RETENTION_MONTHS must be at most 120')
    .default(24),
  /** Distinct search queries stored a day and language; reports of new ones beyond are not stored. */
  NLV_INSIGHTS_MAX_QUERIES_PER_DAY: z.coerce.number().int().min(10).max(100_000).default(2000),
  /** Reports one client may send a minute to each public counting endpoint (then 429). */
  NLV_INSIGHTS_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Days the committee has to review a submission; past it, the item is overdue (queues, digest). */
  NLV_REVIEW_DUE_DAYS: z.coerce
    .number()
    .int('NLV_REVIEW_DUE_DAYS must be a whole number of days')
    .min(1, 'NLV_REVIEW_DUE_DAYS must be at least 1')
    .max(365, 'NLV_REVIEW_DUE_DAYS must be at most 365')
    .default(14),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  SMTP_SECURE: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  MAIL_FROM: z.string().default('Nourrir la vie <no-reply@nourrirlavie.local>'),
  ...objectStorageEnv,
})

export type Env = z.infer<typeof envSchema>

const checkedSchema = envSchema.superRefine(checkObjectStorageEnv)

function parseEnv(): Env {
  const result = checkedSchema.safeParse(process.env)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment:\n${lines.join('\n')}`)
  }
  return result.data
}

export const env = parseEnv()

/** Production mode, except while `next build` compiles (it runs with NODE_ENV=production). */
export const isProductionRuntime =
  env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

export const isPostgres = /^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')

export const dataDir = path.resolve(env.NLV_DATA_DIR)
export const cmsUrl = env.CMS_URL ?? `http://localhost:${env.PORT}`
export const sqliteUrl =
  env.DATABASE_URL && !isPostgres ? env.DATABASE_URL : `file:${path.join(dataDir, 'nlv.db')}`
export const uploadDir = (collection: 'media' | 'documents') =>
  path.join(dataDir, 'uploads', collection)
export const maxUploadBytes = Math.round(env.NLV_MAX_UPLOAD_MB * 1024 * 1024)
export const maxDocumentBytes = Math.round(env.NLV_MAX_DOCUMENT_MB * 1024 * 1024)
