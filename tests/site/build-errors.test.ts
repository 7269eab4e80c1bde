import fs from 'node:fs'
import path from 'node:path'
import { expect, inject, it } from 'vitest'
import { tempDir } from '../helpers/cms'
import { astroBuild } from '../../scripts/lib/site-build'
import { TEST_ORIGIN } from '../helpers/site'

/** A snapshot that breaks the content contract fails the build, naming the document and the field. */
const { fixture } = inject('sites')

function brokenSnapshot(collection: string, slug: string, change: (doc: Record<string, unknown>) => void) {
  const dir = tempDir('bad-snapshot')
  fs.cpSync(fixture.snapshot, dir, { recursive: true })
  const file = path.join(dir, `${collection}.json`)
  const docs = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<Record<string, unknown>>
  change(docs.find((d) => d.slug === slug)!)
  fs.writeFileSync(file, JSON.stringify(docs))
  return dir
}

it('refuses a document without its required Chinese title', () => {
  const snapshot = brokenSnapshot('articles', 'fx-third-space', (doc) => (doc.title = { en: 'Only English' }))
  const dist = tempDir('bad-dist')
  const { status, log } = astroBuild(snapshot, dist, path.join(dist, '.cache'), TEST_ORIGIN)
  expect(status).not.toBe(0)
  expect(log).toMatch(/articles → fx-third-space/)
  expect(log).toMatch(/title\.zh/)
  expect(fs.existsSync(path.join(dist, 'zh'))).toBe(false)
})

it('refuses an event time that is not an ISO instant', () => {
  const snapshot = brokenSnapshot('events', 'fx-flash-mob', (doc) => (doc.startsAt = '2013-10-12 14:00'))
  const dist = tempDir('bad-dist')
  const { status, log } = astroBuild(snapshot, dist, path.join(dist, '.cache'), TEST_ORIGIN)
  expect(status).not.toBe(0)
  expect(log).toMatch(/events → fx-flash-mob/)
  expect(log).toMatch(/startsAt/)
})
