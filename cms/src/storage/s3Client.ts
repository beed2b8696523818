import { S3, type S3ClientConfig } from '@aws-sdk/client-s3'
import { env } from '../env'

/**
 * The S3 client settings of the environment, shared by the uploads adapter, the backup and
 * the site bucket. Checksums are sent only where S3 requires them: since 2025 the AWS SDK adds
 * CRC32 checksums to every upload by default, and for a streamed body it does so with
 * `aws-chunked` encoding — S3-compatible services that do not know it (s3rver in the tests,
 * older MinIO and others) store the chunk framing as the file's content. Backups verify
 * every object with their own SHA-256 instead.
 */
export function s3ClientConfig(): S3ClientConfig {
  return {
    region: env.S3_REGION,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

let client: S3 | undefined
/** One client per process (keep-alive connections). */
export const s3Client = (): S3 => (client ??= new S3(s3ClientConfig()))
