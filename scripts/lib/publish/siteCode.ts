import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from '../../../cms/src/lib/paths'
import { liveBuild } from './swap'
import { publishPaths } from './paths'

/**
 * Content changes reach the site through the worker; a change of the site's own code (a new
 * checkout) needs a build at start. This hash of site/ (sources, not output) tells them apart.
 */
function siteCodeHash() {
  const hash = createHash('sha256')
  const walk = (p: string) => {
    const stat = fs.lstatSync(p)
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) if (!['node_modules', 'dist', 'live', '.astro'].includes(name)) walk(path.join(p, name))
    } else if (stat.isFile()) hash.update(p).update(fs.readFileSync(p))
  }
  walk(path.join(REPO_ROOT, 'site'))
  return hash.digest('hex')
}

const stampOf = () => `${publishPaths().sites}.code-stamp`

export function liveSiteIsCurrent() {
  const stamp = stampOf()
  return Boolean(liveBuild(publishPaths().live)) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === siteCodeHash()
}

export function recordLiveSiteCode() {
  fs.writeFileSync(stampOf(), siteCodeHash())
}
