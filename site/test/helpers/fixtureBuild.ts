/**
 * Vitest global setup: builds the fixture site once per test run, before any test file, and
 * hands its folder to the test files that read it (`inject('fixtureSiteDir')`), instead of
 * each file building the same site. The site's build tests and the browser tests
 * (`tests/`) both use it; a test that needs another snapshot or URLs builds its own.
 */
import type { TestProject } from 'vitest/node'
import { buildSiteOrThrow, type BuildOptions } from './buildSite'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Output folder of the fixture site, built from `test/fixtures/snapshot.json`. */
    fixtureSiteDir: string
  }
}

/** The fixture site's URLs (the defaults of `buildSite`, written out for the tests that check them). */
export const fixtureSiteOptions = {
  siteUrl: 'https://nourrirlavie.test',
  cmsUrl: 'https://cms.nourrirlavie.test',
} as const satisfies BuildOptions

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = await buildSiteOrThrow(fixtureSiteOptions)
  project.provide('fixtureSiteDir', build.outDir)
  return () => build.cleanup()
}
