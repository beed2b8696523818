import { defineConfig } from 'vitest/config'

/** The suites that read the fixture site (`startFixtureSite()` without options, the proxy). */
const fixtureSiteSuites = [
  'search/search.e2e.spec.ts',
  'site/**/*.e2e.spec.ts',
  'proxy/**/*.int.spec.ts',
]
/** The README's quick start → production path: its own step of the test command (long). */
const productionSuites = ['production/**/*.{test,spec}.ts']
/** Several CMS instances on PostgreSQL: the PostgreSQL step of the test command (NLV_TEST_POSTGRES_URL). */
const multiInstanceSuites = ['multi-instance/**/*.{test,spec}.ts']

export default defineConfig({
  test: {
    // Two suites run at once (below): a test may get half the CPU it would alone.
    testTimeout: 120_000,
    // Browser suites build or start things in `beforeAll`.
    hookTimeout: 300_000,
    // Two suite files at once, even on two cores: much of a browser suite is waiting (a CMS
    // starting, a site build, a rate-limit window, Chromium), and one file at a time left a core
    // idle (user + sys 552 s for 702 s of wall time). Measured on 2 cores, the browser step's
    // files: 702 → 527 s. Each suite has its own ports, data folder and build folder.
    fileParallelism: true,
    maxWorkers: 2,
    // `expect.poll` waits 1 s by default: short for a page on a shared core.
    expect: { poll: { timeout: 10_000 } },
    projects: [
      {
        extends: true,
        test: {
          // The fixture site is built once for these suites, and only when one of them runs
          // (Vitest runs a project's global setup for its files only).
          name: 'fixture-site',
          include: fixtureSiteSuites,
          globalSetup: ['@nlv/site/test/fixture-build'],
        },
      },
      {
        extends: true,
        test: {
          name: 'cross-package',
          include: ['**/*.{test,spec}.ts'],
          exclude: [
            '**/node_modules/**',
            ...fixtureSiteSuites,
            ...productionSuites,
            ...multiInstanceSuites,
          ],
        },
      },
      {
        extends: true,
        test: { name: 'production', include: productionSuites },
      },
      {
        extends: true,
        test: { name: 'multi-instance', include: multiInstanceSuites },
      },
    ],
  },
})
