import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { tempDir } from './temp'

export { tempDir } from './temp'
export const REPO = path.resolve(import.meta.dirname, '../..')
export const FIXTURE_CONTENT = path.join(REPO, 'tests/fixtures/content')

/**
 * A CMS on a fresh temporary SQLite database with its own media folder (tests/helpers/env.ts).
 * Each test file runs in its own process, so each gets its own database.
 */
export async function freshCms(): Promise<Payload> {
  const { openCms } = await import('../../scripts/lib/cms')
  return openCms()
}

/** A copy of a content folder to break on purpose. */
export function copyContent(from = FIXTURE_CONTENT): string {
  const dir = tempDir('content')
  fs.cpSync(from, dir, { recursive: true })
  return dir
}
