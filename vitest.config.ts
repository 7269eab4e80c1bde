import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Each file gets its own process: Payload keeps one instance per process, and every CMS test
    // file wants its own in-memory database.
    pool: 'forks',
    // Two files at a time on our 2-core machines (Vitest's default is cores - 1): most files spend
    // their time waiting on a browser, a Next server or a site build. Site builds queue on a lock
    // (cms/src/lib/astroBuild.ts), admin builds too (tests/helpers/admin.ts).
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    reporters: ['default'],
    // Before any test file imports the CMS config: temporary database, throw-away media folder.
    setupFiles: ['tests/helpers/env.ts'],
    projects: [
      { extends: true, test: { name: 'cms', include: ['tests/cms/**/*.test.ts', 'tests/*.test.ts'] } },
      // The site tests share two builds (fixture content and seed content) made once per run.
      { extends: true, test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/setup/sites.ts'] } },
    ],
  },
})
