import fs from 'node:fs'
import path from 'node:path'
import { runAstroBuild } from '../../../cms/src/lib/astroBuild'
import type { PublishPaths } from './paths'

/** The site build refused the snapshot (or crashed); `log` is its output, for the problems list. */
export class SiteBuildError extends Error {
  constructor(readonly log: string) {
    super(`site build failed:\n${log.trim().split('\n').slice(-30).join('\n')}`)
    this.name = 'SiteBuildError'
  }
}

/**
 * `astro build` of the snapshot into a new folder (the served one is never touched), with the
 * search index (pagefindIndex integration) and image variants from the shared cache. Asynchronous:
 * the worker keeps answering while it builds.
 */
export async function buildSite(paths: PublishPaths, dist: string, origin = process.env.SITE_URL || `http://localhost:${process.env.SITE_PORT || 4321}`) {
  const { code, log } = await runAstroBuild({
    SNAPSHOT_DIR: paths.snapshot,
    SITE_OUT_DIR: dist,
    SITE_URL: origin,
    ASTRO_CACHE_DIR: paths.astroCache,
    IMAGE_CACHE_DIR: paths.imageCache,
  })
  // The whole output of the last build stays beside the builds, for whoever looks after the site.
  fs.writeFileSync(path.join(paths.sites, 'last-build.log'), log)
  if (code !== 0) throw new SiteBuildError(log)
  return log
}
