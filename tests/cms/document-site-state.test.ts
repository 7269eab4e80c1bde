import { describe, expect, it } from 'vitest'
import { documentSiteState, type SiteStatusRecord } from '../../cms/src/publishing/documentSiteState'
import { documentPath, liveUrls } from '../../cms/src/publishing/siteUrls'
import { routes } from '../../site/src/lib/routes'

const lastSuccess = { startedAt: '2026-12-02T01:00:00.000Z', finishedAt: '2026-12-02T01:01:00.000Z' }
const doc = (publishedAt: string | null) => ({ collection: 'articles', slug: 'third-space', publishedAt })
const status = (extra: Partial<SiteStatusRecord> = {}): SiteStatusRecord => ({ state: 'live', lastSuccess, ...extra })

describe('documentSiteState', () => {
  it('a document never published is a draft, whatever the site does', () => {
    expect(documentSiteState(doc(null), status({ state: 'failed' })).state).toBe('draft')
  })

  it('published before the last successful update started: live', () => {
    expect(documentSiteState(doc('2026-12-02T00:59:59.000Z'), status()).state).toBe('live')
    expect(documentSiteState(doc(lastSuccess.startedAt), status({ state: 'failed' })).state).toBe('live')
  })

  it('published after it: waiting, updating (if the running update started after the publish) or failed', () => {
    const after = doc('2026-12-02T01:00:30.000Z')
    expect(documentSiteState(after, status()).state).toBe('pending')
    expect(documentSiteState(after, status({ state: 'pending' })).state).toBe('pending')
    expect(documentSiteState(after, status({ state: 'updating', lastAttemptAt: '2026-12-02T01:00:40.000Z' })).state).toBe('updating')
    expect(documentSiteState(after, status({ state: 'updating', lastAttemptAt: '2026-12-02T01:00:20.000Z' })).state).toBe('pending')
    const problems = [{ collection: 'events', slug: 'x', field: 'startsAt', messageZh: '坏', messageEn: 'bad' }]
    expect(documentSiteState(after, status({ state: 'failed', problems }))).toEqual({ state: 'failed', problems })
  })

  it('no successful update yet: waiting', () => {
    expect(documentSiteState(doc('2026-12-02T01:00:30.000Z'), { state: 'live' }).state).toBe('pending')
    expect(documentSiteState(doc('2026-12-02T01:00:30.000Z'), null).state).toBe('pending')
  })

  it('named in heldBack: held back with its reasons, even if older than the last update', () => {
    const held = { collection: 'articles', slug: 'third-space', field: 'body.en', messageZh: '段落数不一致', messageEn: 'Block counts differ' }
    const other = { collection: 'pages', slug: 'third-space', field: 'title', messageZh: 'x', messageEn: 'x' }
    const result = documentSiteState(doc('2026-12-01T00:00:00.000Z'), status({ heldBack: [other, held] }))
    expect(result).toEqual({ state: 'heldBack', problems: [held] })
  })
})

describe('liveUrls', () => {
  it('mirror the site routes in both languages on the public origin', () => {
    expect(liveUrls('articles', 'third-space', 'https://lib.example')).toEqual({
      zh: 'https://lib.example/zh/articles/third-space/',
      en: 'https://lib.example/en/articles/third-space/',
    })
    expect(documentPath('series', 's', 'en')).toBe(routes.series('en', 's'))
    expect(documentPath('festivals', 'f', 'zh')).toBe(routes.festival('zh', 'f'))
  })
})
