import { existsSync } from 'node:fs'
import { rename, rmdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'

/**
 * Astro writes `src/pages/en/404.astro` as `en/404/index.html`; static hosts look for the
 * nearest `404.html`, so it is moved to `en/404.html`.
 */
export function localisedNotFound(): AstroIntegration {
  return {
    name: 'nlv:localised-404',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const from = `${out}/en/404/index.html`
        if (!existsSync(from)) return
        await rename(from, `${out}/en/404.html`)
        await rmdir(`${out}/en/404`)
        logger.info('en/404/index.html → en/404.html')
      },
    },
  }
}
