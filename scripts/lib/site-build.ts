import fs from 'node:fs'
import path from 'node:path'
import { snapshotFromContent } from '../../cms/src/content/fromContent'
import { runAstroBuildSync } from '../../cms/src/lib/astroBuild'
import { printIssues } from './print-pdf'

// Site builds into folders of their own (tests, benchmarks), apart from site/dist.
export interface BuiltSite {
  snapshot: string
  dist: string
  /** Build output (stdout + stderr), for assertions on what the build reported. */
  log: string
}

/**
 * Runs `astro build` on a snapshot, with `origin` for absolute URLs (canonical, hreflang, feeds,
 * calendars); returns the exit status and output instead of throwing.
 */
export function astroBuild(snapshot: string, dist: string, cacheDir: string, origin: string) {
  const { code, log } = runAstroBuildSync({ SNAPSHOT_DIR: snapshot, SITE_OUT_DIR: dist, SITE_URL: origin, ASTRO_CACHE_DIR: cacheDir })
  return { status: code, log }
}

/**
 * Snapshot of a content/ folder (no CMS, same checks as the export), optionally its issues printed
 * to PDF (`print`, Chromium), then the site built from it.
 */
export async function buildSiteFromContent(contentDir: string, workDir: string, origin: string, { print = false } = {}): Promise<BuiltSite> {
  const snapshot = path.join(workDir, 'snapshot')
  const dist = path.join(workDir, 'dist')
  fs.mkdirSync(workDir, { recursive: true })
  snapshotFromContent(contentDir, snapshot)
  if (print) await printIssues(snapshot)
  const { status, log } = astroBuild(snapshot, dist, path.join(workDir, 'cache'), origin)
  if (status !== 0) throw new Error(`astro build of ${contentDir} failed:\n${log}`)
  return { snapshot, dist, log }
}
