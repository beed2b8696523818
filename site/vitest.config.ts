import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          // Tests that run `astro build`. The fixture site is built once for all of them, and
          // only when one of them runs (Vitest runs a project's global setup for its files).
          name: 'build',
          include: ['test/**/*.int.spec.ts'],
          globalSetup: ['test/helpers/fixtureBuild.ts'],
        },
      },
    ],
  },
})
