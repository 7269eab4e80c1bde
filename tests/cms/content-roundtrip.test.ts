import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../cms/src/content/export'
import { loadContent, publishedOnly } from '../../cms/src/content/load'
import { readSnapshot } from '../../cms/src/content/snapshot'
import { seedContent, type SeedReport } from '../../cms/src/content/seed'
import { freshCms, REPO, tempDir } from '../helpers/cms'

const CONTENT = path.join(REPO, 'content')
let payload: Payload
let report: SeedReport
let snapshot: string

beforeAll(async () => {
  payload = await freshCms()
  report = await seedContent(payload, CONTENT)
  snapshot = path.join(tempDir('snapshot'), 'snap')
  await exportSnapshot(payload, snapshot)
})

describe('the real content/ through the CMS', () => {
  it('seeds every document', () => {
    const content = loadContent(CONTENT)
    for (const [collection, docs] of content) expect(report.created[collection], collection).toBe(docs.length)
  })

  it('exports exactly what content/ holds, published documents only', () => {
    const expected = publishedOnly(loadContent(CONTENT))
    const actual = readSnapshot(snapshot)
    for (const [collection, docs] of expected) expect(actual.get(collection), collection).toEqual(docs)
  })

  it('holds what the library publishes', () => {
    const set = readSnapshot(snapshot)
    expect(set.get('journals')!.map((j) => j.slug).sort()).toEqual(['city-library', 'urban-library-research'])
    const issuesPer = (journal: string) => set.get('issues')!.filter((i) => i.journal === journal).length
    expect(issuesPer('urban-library-research')).toBeGreaterThanOrEqual(2)
    expect(issuesPer('city-library')).toBeGreaterThanOrEqual(2)
    expect(set.get('articles')!.length).toBeGreaterThanOrEqual(12)
    expect(set.get('events')!.length).toBeGreaterThanOrEqual(15)
    const branches = set.get('branches')!
    for (const slug of ['central', 'children', 'huansha', 'city-life', 'buddhist-culture', 'chess']) {
      expect(branches.map((b) => b.slug), slug).toContain(slug)
    }
    const cityLife = branches.find((b) => b.slug === 'city-life')!
    expect((cityLife.themes as Array<{ key: string }>).map((t) => t.key).sort()).toEqual(['animation', 'art', 'health', 'leisure', 'safety', 'technology'])
    expect(branches.filter((b) => b.kind === 'district').length).toBeGreaterThanOrEqual(5)
    for (const event of set.get('events')!) {
      expect(String(event.startsAt).slice(0, 4), String(event.slug)).toBe('2013')
      expect(new Date(String(event.endsAt)) > new Date(String(event.startsAt))).toBe(true)
    }
  })
})

describe('a document with every field filled, per collection', () => {
  it('comes back from seed → export exactly as it went in', async () => {
    const { writeFullContent, exercised, fullKey } = await import('../helpers/fullContent')
    const dir = path.join(tempDir('full-content'), 'content')
    const expected = writeFullContent(dir)
    await seedContent(payload, dir)
    const out = path.join(tempDir('full-snapshot'), 'snap')
    await exportSnapshot(payload, out)
    const actual = readSnapshot(out)
    for (const [collection, doc] of expected) {
      const key = collection === 'media' ? 'filename' : 'slug'
      expect(actual.get(collection)!.find((d) => d[key] === fullKey(collection)), collection).toEqual(doc)
    }
    for (const variant of ['text', 'text localized', 'text[] localized', 'textarea localized', 'number', 'checkbox', 'select', 'select[]',
      'date', 'relationship', 'relationship[]', 'upload', 'upload[]', 'richText localized', 'array', 'group']) {
      expect(exercised, variant).toContain(variant)
    }
  })
})
