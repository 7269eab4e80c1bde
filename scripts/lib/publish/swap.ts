import fs from 'node:fs'
import path from 'node:path'

/** A new, empty folder for the next build, named so that names sort by time. */
export function newBuildDir(sites: string) {
  fs.mkdirSync(sites, { recursive: true })
  const dir = path.join(sites, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`)
  fs.mkdirSync(dir)
  return dir
}

/** The build the live link points at, if any. */
export function liveBuild(live: string): string | undefined {
  try {
    return fs.realpathSync(live)
  } catch {
    return undefined
  }
}

/**
 * Points the live link at a finished build in one step: a new symlink under a temporary name is
 * renamed over the old one (rename is atomic), so a reader gets the old site or the new, never a
 * mix. The previous build stays for a quick rollback; older ones go.
 */
export function swapLive(live: string, build: string, sites: string) {
  const previous = liveBuild(live)
  const stat = fs.lstatSync(live, { throwIfNoEntry: false })
  // A plain folder left from before the live link (an old checkout) cannot be renamed over.
  if (stat && !stat.isSymbolicLink()) fs.rmSync(live, { recursive: true, force: true })
  fs.mkdirSync(path.dirname(live), { recursive: true })
  const temp = `${live}.next-${process.pid}`
  fs.rmSync(temp, { force: true })
  fs.symlinkSync(build, temp, 'dir')
  fs.renameSync(temp, live)
  const keep = new Set([path.resolve(build), previous && path.resolve(previous)])
  for (const name of fs.readdirSync(sites)) {
    const dir = path.join(sites, name)
    if (!keep.has(dir) && fs.statSync(dir).isDirectory()) fs.rmSync(dir, { recursive: true, force: true })
  }
  return previous
}
