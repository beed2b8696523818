import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // As in tsconfig.json: lets tests import Next route files (`app/**/route.ts`) as they are.
    alias: {
      '@payload-config': fileURLToPath(new URL('./src/payload.config.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.int.spec.ts'],
    // Each test file gets its own process and its own temporary SQLite database.
    pool: 'forks',
    isolate: true,
    // Two files at once even on two cores: Vitest's default there is one, which left the second
    // core idle (user + sys ≈ wall time). Measured on 2 cores: SQLite 432 → 354 s,
    // PostgreSQL 580 → 403 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    setupFiles: ['./test/helpers/tempDatabase.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})
