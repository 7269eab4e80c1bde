import fs from 'node:fs'
import path from 'node:path'
import { type ContentSet, keyOf } from './model'

export type SnapshotSource = 'cms' | 'content'

/**
 * Writes a snapshot directory: <collection>.json (documents sorted by key), media/<filename>,
 * manifest.json. It is written beside the target and swapped in at the end, so a failure
 * leaves the previous snapshot whole.
 */
export function writeSnapshot(outDir: string, set: ContentSet, mediaPath: (filename: string) => string, source: SnapshotSource) {
  const target = path.resolve(outDir)
  const staging = `${target}.staging-${process.pid}`
  fs.rmSync(staging, { recursive: true, force: true })
  fs.mkdirSync(path.join(staging, 'media'), { recursive: true })
  try {
    const counts: Record<string, number> = {}
    for (const [collection, docs] of set) {
      const sorted = [...docs].sort((a, b) => keyOf(collection, a).localeCompare(keyOf(collection, b)))
      fs.writeFileSync(path.join(staging, `${collection}.json`), `${JSON.stringify(sorted, null, 2)}\n`)
      counts[collection] = sorted.length
    }
    for (const media of set.get('media') ?? []) {
      const filename = String(media.filename)
      fs.copyFileSync(mediaPath(filename), path.join(staging, 'media', filename))
    }
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify({ source, locales: ['zh', 'en'], counts }, null, 2)}\n`)
    const old = `${target}.old-${process.pid}`
    if (fs.existsSync(target)) fs.renameSync(target, old)
    fs.renameSync(staging, target)
    fs.rmSync(old, { recursive: true, force: true })
    return counts
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true })
    throw error
  }
}

export function readSnapshot(dir: string): ContentSet {
  const set: ContentSet = new Map()
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith('.json') && name !== 'manifest.json') {
      set.set(name.slice(0, -5), JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')))
    }
  }
  return set
}
