/**
 * The site built from its fixture snapshot and served on a random port, for browser tests.
 * The build is the site package's own test build (`site/test/helpers/buildSite.ts`).
 */
import { buildSiteOrThrow, type BuildOptions } from '../../site/test/helpers/buildSite'
import { serveStatic, type StaticServer } from './staticServer'

/** What the fixture site uses as the CMS (never contacted: browser tests route it). */
export const fixtureCmsUrl = 'https://cms.nourrirlavie.test'

export interface FixtureSite extends StaticServer {
  outDir: string
}

export async function startFixtureSite(options: BuildOptions = {}): Promise<FixtureSite> {
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
