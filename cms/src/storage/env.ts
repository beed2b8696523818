/**
 * The object-storage settings of the environment (parsed with the rest in `env.ts`): an
 * S3-compatible service for uploads (`S3_BUCKET`) and, separately, for the published site
 * (`NLV_SITE_BUCKET`). Both use the same endpoint, region and keys.
 */
import { z } from 'zod'

const bool = z
  .enum(['true', 'false'], { message: 'must be true or false' })
  .default('false')
  .transform((v) => v === 'true')

// S3's rules for a bucket name (lowercase letters, digits, dots, dashes; 3–63 characters).
const bucketName = z
  .string()
  .regex(
    /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
    'must be an S3 bucket name: 3 to 63 lowercase letters, digits, dots or dashes',
  )

export const objectStorageEnv = {
  /** Stores media and documents in this bucket instead of the local disk. Unset: local disk. */
  S3_BUCKET: bucketName.optional(),
  /** The service's URL (`https://s3.ca-central-1.amazonaws.com`, a MinIO, …). Unset: AWS. */
  S3_ENDPOINT: z
    .url({
      protocol: /^https?$/,
      message: 'must be an http(s) URL, e.g. https://s3.ca-central-1.amazonaws.com',
    })
    .optional(),
  S3_REGION: z.string().min(1).optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `https://endpoint/bucket/key` addresses instead of `https://bucket.endpoint/key` (MinIO, most self-hosted services). */
  S3_FORCE_PATH_STYLE: bool,
  /** Publishes the built site to this bucket (for a CDN or a static host) as well as the local folder. */
  NLV_SITE_BUCKET: bucketName.optional(),
}

type StorageEnv = z.infer<z.ZodObject<typeof objectStorageEnv>>

/** A bucket needs a region and both keys: said once, in English, naming each missing variable. */
export function checkObjectStorageEnv(value: StorageEnv, ctx: z.RefinementCtx): void {
  const uses = [value.S3_BUCKET && 'S3_BUCKET', value.NLV_SITE_BUCKET && 'NLV_SITE_BUCKET']
    .filter(Boolean)
    .join(' and ')
  if (!uses) return
  for (const name of ['S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
    if (!value[name])
      ctx.addIssue({
        code: 'custom',
        path: [name],
        message: `is required when ${uses} is set (the object storage service's ${name === 'S3_REGION' ? 'region, e.g. ca-central-1' : 'credentials'})`,
      })
  }
  if (value.S3_BUCKET && value.S3_BUCKET === value.NLV_SITE_BUCKET)
    ctx.addIssue({
      code: 'custom',
      path: ['NLV_SITE_BUCKET'],
      message:
        'must differ from S3_BUCKET: the site bucket is public (a CDN reads it), the uploads bucket must stay private',
    })
}
