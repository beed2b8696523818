/**
 * The bytes of a stored upload, wherever it is stored: `var/uploads/<collection>/<file>` on the
 * local disk, or the object `<collection>/<file>` of `S3_BUCKET`. For code that needs a file
 * outside an HTTP request (copying published files into a site build, exports), so that it works
 * the same with and without a bucket. Null when the file does not exist.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { env, uploadDir } from '../env'
import { s3Client } from './s3Client'

export async function readStoredFile(
  collection: 'media' | 'documents',
  filename: string,
): Promise<Buffer | null> {
  // A stored name is one plain segment (checkUploadedFile cleans it): anything else is refused.
  if (
    !filename ||
    filename !== path.basename(filename) ||
    /[\\\0]/.test(filename) ||
    filename.startsWith('.')
  )
    return null
  if (!env.S3_BUCKET) {
    return fs.readFile(path.join(uploadDir(collection), filename)).catch((error) => {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    })
  }
  try {
    const object = await s3Client().getObject({
      Bucket: env.S3_BUCKET,
      Key: `${collection}/${filename}`,
    })
    return Buffer.from(await object.Body!.transformToByteArray())
  } catch (error) {
    if ((error as { name?: string }).name === 'NoSuchKey') return null
    throw error
  }
}
