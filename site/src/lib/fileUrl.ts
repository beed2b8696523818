import { fileUrl as cmsFileUrl } from '@nlv/shared/file-url'
import { env } from '../env'

/** The public URL of a file the CMS serves (see `@nlv/shared/file-url`), at this build's `CMS_URL`. */
export function fileUrl(url: string): string | null {
  return cmsFileUrl(url, env.CMS_URL)
}
