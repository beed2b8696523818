/**
 * The site built from its fixture snapshot and served on a random port, for browser tests.
 * The fixture site itself is built once per test run by the site package's global setup
 * (`@nlv/site/test/fixture-build`, wired in `tests/vitest.config.ts`); a suite that needs
 * another snapshot builds its own with the same helper the site's tests use.
 */
import { buildSiteOrThrow, type BuildOptions } from '@nlv/site/test/build-site'
import { fixtureSiteOptions } from '@nlv/site/test/fixture-build'
import { inject } from 'vitest'
import { serveStatic, type StaticServer } from './staticServer'

/** What the fixture site uses as the CMS (never contacted: browser tests route it). */
export const fixtureCmsUrl = fixtureSiteOptions.cmsUrl

export interface FixtureSite extends StaticServer {
  outDir: string
}

/**
 * Serves the fixture site, or with `options` (another snapshot…) builds a site and serves it;
 * `close()` stops the server and removes what it built.
 */
export async function startFixtureSite(options?: BuildOptions): Promise<FixtureSite> {
  if (!options) {
    const outDir = inject('fixtureSiteDir')
    if (!outDir) {
      throw new Error(
        'The fixture site was not built for this file: list it in fixtureSiteSuites (tests/vitest.config.ts)',
      )
    }
    return { ...(await serveStatic(outDir)), outDir }
  }
  const build = await buildSiteOrThrow({ cmsUrl: fixtureCmsUrl, ...options })
  const server = await serveStatic(build.outDir)
  return {
    ...server,
    outDir: build.outDir,
    close: async () => {
      await server.close()
      await build.cleanup()
    },
  }
}
