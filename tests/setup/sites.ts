import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { FIXTURE_CONTENT, REPO } from '../helpers/cms'
import { buildSiteFromContent, type BuiltSite } from '../../scripts/lib/site-build'
import { TEST_ORIGIN } from '../helpers/site'

declare module 'vitest' {
  export interface ProvidedContext {
    sites: { fixture: BuiltSite; seed: BuiltSite }
  }
}

/**
 * The site tests read two builds made once per run: the small fixture content (every page type,
 * edge cases such as a missing translation) and the real seed content/ (search relevance, and its
 * issues printed to PDF).
 */
export default async function setup(project: TestProject) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hzlib-sites-'))
  const fixture = await buildSiteFromContent(FIXTURE_CONTENT, path.join(root, 'fixture'), TEST_ORIGIN)
  const seed = await buildSiteFromContent(path.join(REPO, 'content'), path.join(root, 'seed'), TEST_ORIGIN, { print: true })
  project.provide('sites', { fixture, seed })
  return () => fs.rmSync(root, { recursive: true, force: true })
}
