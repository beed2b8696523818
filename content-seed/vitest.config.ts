import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.int.spec.ts'],
    pool: 'forks',
    isolate: true,
    // A fresh temporary database per test file, as in the CMS's own tests.
    setupFiles: ['@nlv/cms/test/temp-database'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
})
