import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['**/*.{test,spec}.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    // Browser suites build a site in `beforeAll`.
    hookTimeout: 300_000,
    // One browser suite at a time: the machine has two cores.
    fileParallelism: false,
  },
})
