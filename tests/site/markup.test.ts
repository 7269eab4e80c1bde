import fs from 'node:fs'
import { describe, expect, inject, it } from 'vitest'
import { htmlFiles, htmlValidateErrors, nuCheckerErrors } from '../helpers/validators'

/** Every built page, in both builds, is valid HTML by two independent validators. */
const { fixture, seed } = inject('sites')
const files = [...htmlFiles(seed.dist), ...htmlFiles(fixture.dist)]

describe('markup', () => {
  it('covers every page type of the seed site', () => {
    const rel = htmlFiles(seed.dist).map((f) => f.slice(seed.dist.length))
    for (const type of ['articles', 'issues', 'journals', 'branches', 'events', 'festival', 'series', 'pages', 'search', 'archive']) {
      expect(rel.some((f) => f.startsWith(`/zh/${type}/`)), type).toBe(true)
      expect(rel.some((f) => f.startsWith(`/en/${type}/`)), type).toBe(true)
    }
    expect(rel).toEqual(expect.arrayContaining(['/index.html', '/404.html', '/zh/index.html', '/en/index.html']))
  })

  it('has nothing after </html> (a script there is outside the document)', () => {
    const trailing = files.filter((f) => !/<\/html>\s*$/.test(fs.readFileSync(f, 'utf8')))
    expect(trailing).toEqual([])
  })

  it('passes the Nu HTML Checker without an error', { timeout: 600_000 }, () => {
    expect(nuCheckerErrors(seed.dist, fixture.dist)).toEqual([])
  })

  it('passes html-validate without an error', { timeout: 300_000 }, async () => {
    expect(await htmlValidateErrors(files)).toEqual([])
  })
})
