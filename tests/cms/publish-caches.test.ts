/**
 * What keeps a site update fast (scripts/lib/publish/): image variants cached by the original's
 * content hash, and issue PDFs reprinted only when the issue's content changed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURE_CONTENT, tempDir } from '../helpers/cms'

const work = tempDir('publish-caches')
const snapshot = path.join(work, 'snapshot')
process.env.SNAPSHOT_DIR = snapshot

describe('image variant cache', () => {
  it('a second build links every variant from the cache and encodes none; a changed original is encoded again', async () => {
    const { snapshotFromContent } = await import('../../cms/src/content/fromContent')
    snapshotFromContent(FIXTURE_CONTENT, snapshot)
    const { writeVariants } = await import('../../site/src/lib/images')
    const images = fs.readdirSync(path.join(snapshot, 'media')).filter((f) => /\.(jpe?g|png)$/i.test(f))
    expect(images.length).toBeGreaterThan(0)
    const cache = path.join(work, 'image-cache')
    const first = await writeVariants(path.join(work, 'dist1'), images, cache)
    expect(first).toBeGreaterThan(0)
    const second = await writeVariants(path.join(work, 'dist2'), images, cache)
    expect(second).toBe(0)
    const files = fs.readdirSync(path.join(work, 'dist2', 'media'))
    expect(files).toHaveLength(first)
    // Hard links into the cache: the same bytes, not copies.
    for (const file of files) expect(fs.statSync(path.join(work, 'dist2', 'media', file)).nlink).toBeGreaterThanOrEqual(3)
    // New bytes under the same name: a new cache entry, encoded again.
    const original = path.join(snapshot, 'media', images[0])
    fs.writeFileSync(original, await (await import('sharp')).default(original).negate({ alpha: false }).toBuffer())
    const third = await writeVariants(path.join(work, 'dist3'), [images[0]], cache)
    expect(third).toBeGreaterThan(0)
    const variant = fs.readdirSync(path.join(work, 'dist3', 'media'))[0]
    expect(fs.readFileSync(path.join(work, 'dist3', 'media', variant)).equals(fs.readFileSync(path.join(work, 'dist1', 'media', variant)))).toBe(false)
  })
})

describe('print cache key', () => {
  it('an issue keeps its hash while only other issues change, and gets a new one when its article changes', async () => {
    const { readSnapshot } = await import('../../cms/src/content/snapshot')
    const { issueHash } = await import('../../scripts/lib/publish/print')
    const set = readSnapshot(snapshot)
    const issues = set.get('issues')!
    const hashes = () => Object.fromEntries(issues.map((i) => [String(i.slug), issueHash(set, i, snapshot)]))
    const before = hashes()
    const article = set.get('articles')!.find((a) => a.issue === 'fx-research-2013-1')!
    article.title = { zh: '改过的标题', en: 'A changed title' }
    const after = hashes()
    expect(after['fx-research-2013-1']).not.toBe(before['fx-research-2013-1'])
    expect(after['fx-magazine-2013-1']).toBe(before['fx-magazine-2013-1'])
  })
})
