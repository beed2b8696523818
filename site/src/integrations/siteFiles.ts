import { fileURLToPath } from 'node:url'
import path from 'node:path'
import type { AstroIntegration } from 'astro'
import { loadSnapshot } from '../content/snapshot'
import { env } from '../env'
import { registerFileManifest } from '../files/manifest'
import { collectStoreGarbage, linkFiles, prepareFiles, type StagedFile } from '../files/placeFiles'
import { collectFiles } from '../files/siteFiles'

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/**
 * Makes the built site self-contained: the images (every size) and documents published
 * content uses are copied into the output under `/fichiers/<hash>/<name>` and the pages point
 * there, so the public never asks the CMS for a file. The bytes come from `NLV_FILES_DIR`
 * (the CMS's upload folder) or from the CMS with `NLV_BUILD_TOKEN`, and are kept once in a
 * content-addressed store (`NLV_FILES_STORE`, default in Astro's cache folder) that the
 * output hard-links to.
 */
export function siteFiles(): AstroIntegration {
  let storeDir = ''
  let staged: StagedFile[] = []
  return {
    name: 'nlv:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        storeDir = env.NLV_FILES_STORE ?? path.join(fileURLToPath(config.cacheDir), 'nlv-files')
      },
      'astro:build:start': async ({ logger }) => {
        const started = performance.now()
        const wanted = collectFiles(loadSnapshot(), env.CMS_URL)
        const prepared = await prepareFiles(
          wanted,
          { uploadsDir: env.NLV_FILES_DIR, cmsUrl: env.CMS_URL, buildToken: env.NLV_BUILD_TOKEN },
          storeDir,
        )
        registerFileManifest(prepared.manifest)
        staged = prepared.files
        logger.info(
          `${wanted.length} file URLs → ${prepared.files.length} files (${mb(prepared.bytes)}; ` +
            `${prepared.fetched} fetched from the CMS) in ${Math.round(performance.now() - started)} ms`,
        )
      },
      'astro:build:done': async ({ dir, logger }) => {
        const copied = await linkFiles(staged, fileURLToPath(dir))
        const freed = await collectStoreGarbage(storeDir)
        logger.info(
          `${staged.length} files in /fichiers/ (${copied ? `${copied} copied` : 'hard links to the store'}` +
            `${freed ? `; ${mb(freed)} no build uses any more freed` : ''})`,
        )
      },
    },
  }
}
