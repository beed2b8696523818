import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build tests run `astro build` once per file.
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
