import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file gets its own process: Payload keeps one instance per process, and every CMS test
    // file wants its own in-memory database.
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    // Before any test file imports the CMS config: in-memory database, throw-away media folder.
    setupFiles: ['tests/helpers/env.ts'],
  },
})
