import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.int.spec.ts'],
    // Each test file gets its own process and its own temporary SQLite database.
    pool: 'forks',
    isolate: true,
    setupFiles: ['./test/helpers/tempDatabase.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
