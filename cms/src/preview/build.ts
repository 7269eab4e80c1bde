import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ContentSet } from '../content/model'
import { writeSnapshot } from '../content/snapshot'
import { runAstroBuild, siteDir } from '../lib/astroBuild'

/** Preview builds live here (PREVIEW_DIR, default <repo>/.build/preview), one folder per build. */
export const previewRoot = () => path.resolve(process.env.PREVIEW_DIR || path.join(siteDir(), '..', '.build', 'preview'))
export const BUILD_ID = /^[0-9a-f]{24}$/
export const buildOutDir = (build: string) => path.join(previewRoot(), build, 'out')

// Builds are kept this long: a preview tab keeps loading its CSS and images from its build.
const KEEP_MS = 2 * 60 * 60 * 1000
const running = new Map<string, Promise<string>>()
let queue: Promise<unknown> = Promise.resolve()

/**
 * Builds one document's pages (both languages) from a preview snapshot with the site's own
 * templates (SITE_ONLY, site/src/lib/only.ts). The same content gives the same build id, so the
 * second language, a reload, or a second editor reuse the build instead of making it again.
 */
export function buildPreview(set: ContentSet, mediaPath: (filename: string) => string, collection: string, slug: string): Promise<string> {
  const build = createHash('sha256').update(JSON.stringify([collection, slug, [...set]])).digest('hex').slice(0, 24)
  if (fs.existsSync(path.join(buildOutDir(build), 'done'))) return Promise.resolve(build)
  if (!running.has(build)) {
    // One build at a time: on a small machine parallel builds only slow each other down.
    const job = queue.then(() => runBuild(build, set, mediaPath, `${collection}/${slug}`)).finally(() => running.delete(build))
    queue = job.catch(() => undefined)
    running.set(build, job)
  }
  return running.get(build)!
}

async function runBuild(build: string, set: ContentSet, mediaPath: (filename: string) => string, only: string): Promise<string> {
  removeOldBuilds()
  const root = path.join(previewRoot(), build)
  const snapshot = path.join(root, 'snapshot')
  writeSnapshot(snapshot, set, mediaPath, 'cms')
  const out = buildOutDir(build)
  await runAstro({
    SNAPSHOT_DIR: snapshot,
    SITE_OUT_DIR: out,
    SITE_ONLY: only,
    // A cache of its own: Astro keeps the content it loaded there, and builds must not share content.
    ASTRO_CACHE_DIR: path.join(root, 'astro-cache'),
  })
  fs.writeFileSync(path.join(out, 'done'), new Date().toISOString())
  for (const done of [snapshot, path.join(root, 'astro-cache')]) fs.rmSync(done, { recursive: true, force: true })
  return build
}

export class PreviewBuildError extends Error {
  constructor(readonly log: string) {
    super('The preview build failed')
  }
}

async function runAstro(env: Record<string, string>): Promise<void> {
  const { code, log } = await runAstroBuild(env)
  if (code !== 0) throw new PreviewBuildError(log.slice(-20_000))
}

function removeOldBuilds() {
  const root = previewRoot()
  if (!fs.existsSync(root)) return
  for (const name of fs.readdirSync(root)) {
    if (!BUILD_ID.test(name) || running.has(name)) continue
    const dir = path.join(root, name)
    if (Date.now() - fs.statSync(dir).mtimeMs > KEEP_MS) fs.rmSync(dir, { recursive: true, force: true })
  }
}
