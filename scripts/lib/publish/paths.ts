import path from 'node:path'
import { REPO_ROOT, snapshotDir } from '../../../cms/src/lib/paths'

/**
 * Where the site update works. PUBLISH_DIR (default .build) holds the builds and caches;
 * SITE_LIVE_DIR (default site/live) is the symlink the static server serves.
 */
export function publishPaths() {
  const root = path.resolve(process.env.PUBLISH_DIR || path.join(REPO_ROOT, '.build'))
  return {
    snapshot: snapshotDir(),
    sites: path.join(root, 'sites'),
    imageCache: path.join(root, 'image-cache'),
    printCache: path.join(root, 'print-cache'),
    astroCache: path.join(root, 'astro-cache'),
    live: path.resolve(process.env.SITE_LIVE_DIR || path.join(REPO_ROOT, 'site', 'live')),
  }
}
export type PublishPaths = ReturnType<typeof publishPaths>
