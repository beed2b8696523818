/**
 * Media and documents in an S3-compatible bucket when `S3_BUCKET` is set, through Payload's
 * own adapter (`@payloadcms/storage-s3`); the local disk otherwise.
 *
 * - Files are still served by the CMS, through the collections' read access: the bucket stays
 *   private (no ACL, no public URL, no `disablePayloadAccessControl`) and no signed URL is ever
 *   handed out (`signedDownloads` and client uploads stay off), so a draft's file is read only
 *   by those the access rule lets through.
 * - Uploads go through the same Payload operation as on disk: MIME sniffing, size caps and
 *   image sizes (sharp) run before the adapter stores the bytes (`checkUploadedFile`).
 * - Objects are `media/<file>` and `documents/<file>`: the layout of `var/uploads/`, so a
 *   backup of one restores into the other (`backup/`).
 * - The schema is the same with or without a bucket (`alwaysInsertFields`: the adapter's
 *   `prefix` and `_objectKey` columns exist either way), so one set of migrations serves both.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { CollectionConfig, Config, Plugin } from 'payload'
import { cmsUrl, env } from '../env'
import { say } from '../i18n/say'
import { s3ClientConfig } from './s3Client'

export const storedCollections = ['media', 'documents'] as const

type UploadConfig = Exclude<CollectionConfig['upload'], boolean | undefined>
type Handler = NonNullable<UploadConfig['handlers']>[number]

/** The adapter answers a missing object with an empty 404; the CMS answers in French, as on disk. */
const frenchNotFound = (handler: Handler): Handler =>
  (async (req, args) => {
    const response = await handler(req, args)
    if (response instanceof Response && response.status === 404) {
      return Response.json(
        {
          errors: [{ message: say(req, { fr: 'Fichier introuvable.', en: 'File not found.' }) }],
        },
        { status: 404 },
      )
    }
    return response
  }) as Handler

/**
 * The same URL as on the local disk (`<CMS>/api/<collection>/file/<name>`), served through the
 * access rule. Without this the adapter appends `?prefix=<collection>` to every URL.
 */
const cmsFileUrl = ({ collection, filename }: { collection: { slug: string }; filename: string }) =>
  `${cmsUrl}/api/${collection.slug}/file/${encodeURIComponent(filename)}`

const isStored = (slug: string) => (storedCollections as readonly string[]).includes(slug)

export const objectStorage =
  (): Plugin =>
  async (incoming: Config): Promise<Config> => {
    const enabled = Boolean(env.S3_BUCKET)
    // In the bucket, the local disk's handlers (a 404 for a name missing from the disk) mean nothing.
    const config = enabled
      ? {
          ...incoming,
          collections: incoming.collections?.map((c) =>
            isStored(c.slug) && typeof c.upload === 'object'
              ? { ...c, upload: { ...c.upload, handlers: [] } }
              : c,
          ),
        }
      : incoming
    const withStorage = await s3Storage({
      enabled,
      alwaysInsertFields: true,
      bucket: env.S3_BUCKET ?? '',
      config: s3ClientConfig(),
      clientCacheKey: `nlv-uploads:${env.S3_BUCKET ?? ''}`,
      collections: Object.fromEntries(
        storedCollections.map((slug) => [slug, { prefix: slug, generateFileURL: cmsFileUrl }]),
      ),
    })(config)
    if (!enabled) return withStorage
    return {
      ...withStorage,
      collections: withStorage.collections?.map((c) =>
        isStored(c.slug) && typeof c.upload === 'object'
          ? { ...c, upload: { ...c.upload, handlers: c.upload.handlers?.map(frenchNotFound) } }
          : c,
      ),
    }
  }
