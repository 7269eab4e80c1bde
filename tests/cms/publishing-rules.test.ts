import path from 'node:path'
import type { Payload } from 'payload'
import { getLocalI18n, handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { exportSnapshot } from '../../cms/src/content/export'
import { markdownToLexical } from '../../cms/src/content/markdown'
import { readSnapshot } from '../../cms/src/content/snapshot'
import { seedContent } from '../../cms/src/content/seed'
import { FIXTURE_CONTENT, freshCms, tempDir } from '../helpers/cms'

let payload: Payload
const ids: Record<string, number> = {}
type Language = 'zh' | 'en'
type FieldError = { path: string; message: string }

const idOf = async (collection: string, slug: string) => {
  const { docs } = await payload.find({ collection: collection as never, where: { slug: { equals: slug } }, draft: true, depth: 0 })
  return docs[0].id as number
}

/** A Local API request in the admin language `language` (what the admin sends as Accept-Language). */
const inLanguage = async (language: Language) => ({ req: { i18n: await getLocalI18n({ config: payload.config, language }) } })

/** The field errors of a refused write (Payload's ValidationError). */
async function refusal(write: () => Promise<unknown>): Promise<FieldError[]> {
  try {
    await write()
  } catch (error) {
    const errors = (error as { data?: { errors?: FieldError[] } }).data?.errors
    if (errors) return errors
    throw error
  }
  throw new Error('the write was accepted')
}

/** Refused in both admin languages, on `path`, with the given words in each. */
async function refusedInBoth(write: (language: Language) => Promise<unknown>, path: string, zh: RegExp, en: RegExp) {
  expect(await refusal(() => write('zh'))).toEqual([{ path, message: expect.stringMatching(zh) }])
  expect(await refusal(() => write('en'))).toEqual([{ path, message: expect.stringMatching(en) }])
}

const body = (markdown: string) => markdownToLexical(markdown, { where: 'test', mediaId: () => 0 })
const statusOf = async (collection: string, id: number) =>
  (await payload.findByID({ collection: collection as never, id, depth: 0, draft: false })) as { _status?: string }

beforeAll(async () => {
  payload = await freshCms()
  await seedContent(payload, FIXTURE_CONTENT)
  for (const [collection, slug] of [
    ['journals', 'fx-research'],
    ['journals', 'fx-magazine'],
    ['issues', 'fx-research-2013-1'],
    ['issues', 'fx-magazine-2013-1'],
    ['articles', 'fx-third-space'],
    ['articles', 'fx-chess-club'],
    ['articles', 'fx-unfinished'],
    ['contributors', 'fx-li-ming'],
    ['festivals', 'fx-festival'],
    ['branches', 'fx-chess'],
  ]) ids[slug] = await idOf(collection, slug)
})

describe('an article is published only inside its published issue', () => {
  it('refuses an article whose issue is a draft, on the issue field, in zh and en; a draft save is accepted', async () => {
    const issue = await payload.create({
      collection: 'issues',
      data: { slug: 'fx-rules-draft-issue', journal: ids['fx-research'], year: 2013, number: 2, _status: 'draft' },
      draft: true,
    })
    const article = await payload.create({
      collection: 'articles',
      data: { slug: 'fx-rules-early', issue: issue.id, title: '早到的文章', _status: 'draft' },
      draft: true,
    })
    await refusedInBoth(
      async (language) => payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, ...(await inLanguage(language)) }),
      'issue',
      /所属期次尚未发布/,
      /The issue is not published yet: publish the issue first/,
    )
    expect((await statusOf('articles', article.id))._status).toBe('draft')
    await expect(
      payload.update({ collection: 'articles', id: article.id, data: { subtitle: '草稿', _status: 'draft' }, draft: true }),
    ).resolves.toMatchObject({ subtitle: '草稿' })
  })

  it("refuses an article its issue's table of contents does not list, then publishes it once listed", async () => {
    const article = await payload.create({
      collection: 'articles',
      data: { slug: 'fx-rules-unlisted', issue: ids['fx-research-2013-1'], title: '未列入目录', _status: 'draft' },
      draft: true,
    })
    await refusedInBoth(
      async (language) => payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' }, ...(await inLanguage(language)) }),
      'issue',
      /期次“fx-research-2013-1”已发布的目录中没有这篇文章/,
      /The published table of contents of issue "fx-research-2013-1" does not list this article/,
    )
    const issue = await payload.findByID({ collection: 'issues', id: ids['fx-research-2013-1'], depth: 0 })
    const toc = issue.toc!.map((s) => ({ ...s, articles: [...(s.articles as number[]), article.id] }))
    await payload.update({ collection: 'issues', id: issue.id, data: { toc, _status: 'published' } })
    const published = await payload.update({ collection: 'articles', id: article.id, data: { _status: 'published' } })
    expect(published._status).toBe('published')
  })
})

describe("an issue's table of contents", () => {
  it('may not drop a published article of the issue; a draft save may', async () => {
    await refusedInBoth(
      async (language) =>
        payload.update({
          collection: 'issues',
          id: ids['fx-magazine-2013-1'],
          data: { toc: [{ section: '城市书房', articles: [] }], _status: 'published' },
          ...(await inLanguage(language)),
        }),
      'toc',
      /本期已发布的文章 "fx-chess-club" 不在目录中/,
      /Published articles of this issue are missing from the table of contents: "fx-chess-club"/,
    )
    await expect(
      payload.update({ collection: 'issues', id: ids['fx-magazine-2013-1'], data: { toc: [], _status: 'draft' }, draft: true }),
    ).resolves.toBeTruthy()
  })

  it('may not list a published article of another issue', async () => {
    const errors = await refusal(() =>
      payload.update({
        collection: 'issues',
        id: ids['fx-magazine-2013-1'],
        data: { toc: [{ section: '城市书房', articles: [ids['fx-chess-club'], ids['fx-third-space']] }], _status: 'published' },
      }),
    )
    expect(errors).toEqual([{ path: 'toc.0.articles', message: expect.stringContaining('文章“fx-third-space”属于另一期') }])
  })
})

describe('parallel text (City Library)', () => {
  const aligned = { zh: '第一段。\n\n> 第二段。\n', en: 'First.\n\n> Second.\n' }
  const publishBody = async (markdown: { zh: string; en: string }, language: Language, publish = true) => {
    const id = ids['fx-chess-club']
    const status = publish ? 'published' : 'draft'
    // One save per locale: the zh body goes in as a draft, the en save publishes both.
    await payload.update({ collection: 'articles', id, locale: 'zh', data: { body: body(markdown.zh), _status: 'draft' }, draft: true })
    return payload.update({ collection: 'articles', id, locale: 'en', data: { body: body(markdown.en), _status: status }, draft: !publish, ...(await inLanguage(language)) })
  }

  it('refuses zh and en bodies with different block counts, on the body field; a draft save is accepted', async () => {
    const misaligned = { zh: aligned.zh, en: 'First.\n\nAn extra paragraph.\n\n> Second.\n' }
    await publishBody(aligned, 'zh')
    const id = ids['fx-chess-club']
    for (const [language, pattern] of [
      ['zh', /中英文段落未对齐：中文 2 段，英文 3 段/],
      ['en', /does not align: 2 Chinese blocks but 3 English blocks/],
    ] as const) {
      const errors = await refusal(async () =>
        payload.update({ collection: 'articles', id, locale: 'en', data: { body: body(misaligned.en), _status: 'published' }, ...(await inLanguage(language)) }),
      )
      expect(errors).toEqual([{ path: 'body', message: expect.stringMatching(pattern) }])
    }
    await expect(publishBody(misaligned, 'zh', false)).resolves.toBeTruthy()
    // The published version is untouched by the refused publish and the draft.
    const live = await payload.findByID({ collection: 'articles', id, locale: 'en', draft: false, depth: 0 })
    expect(JSON.stringify(live.body)).toBe(JSON.stringify(body(aligned.en)))
    await expect(publishBody(aligned, 'en')).resolves.toMatchObject({ _status: 'published' })
  })

  it('says the rule in the body field description', () => {
    const field = payload.collections.articles.config.fields.find((f) => 'name' in f && f.name === 'body') as { admin?: { description?: Record<string, string> } }
    expect(field.admin?.description?.en).toMatch(/same number of blocks/)
    expect(field.admin?.description?.zh).toMatch(/数目必须相同/)
  })
})

describe('published documents point only at published documents', () => {
  it('refuses an article whose contributor (inside the contributors array) is a draft', async () => {
    const person = await payload.create({ collection: 'contributors', data: { slug: 'fx-rules-draft-person', name: '草稿作者', _status: 'draft' }, draft: true })
    await refusedInBoth(
      async (language) =>
        payload.update({
          collection: 'articles',
          id: ids['fx-third-space'],
          data: { contributors: [{ contributor: person.id, role: 'author' }], _status: 'published' },
          ...(await inLanguage(language)),
        }),
      'contributors.0.contributor',
      /所选作者“fx-rules-draft-person”尚未发布/,
      /Contributor "fx-rules-draft-person" is not published: publish it first/,
    )
  })

  it('refuses an event at a draft branch and accepts it once the branch is published', async () => {
    const branch = await payload.create({ collection: 'branches', data: { slug: 'fx-rules-new-branch', name: '新分馆', kind: 'district', _status: 'draft' }, draft: true })
    const event = {
      slug: 'fx-rules-event',
      festival: ids['fx-festival'],
      title: '新活动',
      startsAt: '2013-10-12T06:00:00.000Z',
      endsAt: '2013-10-12T08:00:00.000Z',
      branch: branch.id,
    }
    await refusedInBoth(
      async (language) => payload.create({ collection: 'events', data: { ...event, _status: 'published' }, ...(await inLanguage(language)) }),
      'branch',
      /所选场馆“fx-rules-new-branch”尚未发布/,
      /Branch "fx-rules-new-branch" is not published/,
    )
    await expect(payload.create({ collection: 'events', data: { ...event, _status: 'draft' }, draft: true })).resolves.toBeTruthy()
    await payload.update({ collection: 'branches', id: branch.id, data: { _status: 'published' } })
    await expect(payload.create({ collection: 'events', data: { ...event, slug: 'fx-rules-event-2', _status: 'published' } })).resolves.toMatchObject({ _status: 'published' })
  })

  it('refuses to unpublish or delete a document published documents point at, naming them', async () => {
    const id = ids['fx-li-ming']
    await refusedInBoth(
      async (language) => payload.update({ collection: 'contributors', id, data: { _status: 'draft' }, ...(await inLanguage(language)) }),
      '_status',
      /已发布的内容仍引用这个作者：.*articles\/fx-chess-club/,
      /Published documents still point at this contributor: .*articles\/fx-chess-club/,
    )
    expect((await statusOf('contributors', id))._status).toBe('published')
    expect(await refusal(() => payload.delete({ collection: 'contributors', id }))).toEqual([
      { path: 'id', message: expect.stringMatching(/articles\/fx-chess-club, articles\/fx-third-space|articles\/fx-third-space, articles\/fx-chess-club/) },
    ])
    await expect(payload.findByID({ collection: 'contributors', id })).resolves.toBeTruthy()
    // A draft saved over the published document changes nothing readers see: allowed.
    await expect(payload.update({ collection: 'contributors', id, data: { bio: '草稿', _status: 'draft' }, draft: true })).resolves.toBeTruthy()
    // A document nothing points at may be unpublished.
    const lonely = await payload.create({ collection: 'contributors', data: { slug: 'fx-rules-lonely', name: '无人引用', _status: 'published' } })
    await expect(payload.update({ collection: 'contributors', id: lonely.id, data: { _status: 'draft' } })).resolves.toMatchObject({ _status: 'draft' })
  })
})

describe('more of what the export and the site build require', () => {
  it('required text must be there in Chinese, even when the document is written in English', async () => {
    const data = { slug: 'fx-rules-en-only', name: 'English only', _status: 'published' as const }
    await refusedInBoth(
      async (language) => payload.create({ collection: 'contributors', locale: 'en', data, ...(await inLanguage(language)) }),
      'name',
      /请填写中文“姓名”/,
      /Fill in "Name" in Chinese/,
    )
    await expect(payload.create({ collection: 'contributors', locale: 'en', data: { ...data, _status: 'draft' }, draft: true })).resolves.toBeTruthy()
    const errors = await refusal(() =>
      payload.update({
        collection: 'journals',
        id: ids['fx-research'],
        locale: 'en',
        data: { editorialBoard: [{ name: 'New member' }], _status: 'published' },
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['editorialBoard.0.name'])
  })

  it('rich text holds only what the export can write (a line break inside a paragraph)', async () => {
    const withBreak = body('第一行\n')
    const paragraph = (withBreak.root.children[0] as { children: unknown[] })
    paragraph.children.push({ type: 'linebreak', version: 1 }, { ...(paragraph.children[0] as object), text: '第二行' })
    const id = await idOf('pages', 'fx-digital-library')
    await refusedInBoth(
      async (language) => payload.update({ collection: 'pages', id, locale: 'zh', data: { body: withBreak, _status: 'published' }, ...(await inLanguage(language)) }),
      'body',
      /中文内容：段落内不能换行（Shift\+Enter）/,
      /Chinese text: line breaks inside a paragraph are not supported/,
    )
    await expect(payload.update({ collection: 'pages', id, locale: 'zh', data: { body: withBreak, _status: 'draft' }, draft: true })).resolves.toBeTruthy()
  })

  it('a journal may not turn parallel text on while its published articles do not align', async () => {
    await payload.update({ collection: 'articles', id: ids['fx-third-space'], locale: 'zh', data: { body: body('一。\n\n二。\n'), _status: 'published' } })
    await payload.update({ collection: 'articles', id: ids['fx-third-space'], locale: 'en', data: { body: body('One.\n'), _status: 'published' } })
    await refusedInBoth(
      async (language) => payload.update({ collection: 'journals', id: ids['fx-research'], data: { parallelText: true, _status: 'published' }, ...(await inLanguage(language)) }),
      'parallelText',
      /中英文段落未对齐.*fx-third-space/,
      /do not align block by block.*fx-third-space/,
    )
  })

  it('an article moved to another issue must leave the old contents first', async () => {
    const errors = await refusal(() =>
      payload.update({ collection: 'articles', id: ids['fx-chess-club'], data: { issue: ids['fx-research-2013-1'], _status: 'published' } }),
    )
    // Not yet listed in the new issue, and still listed in the old one: the first is said first.
    expect(errors).toEqual([{ path: 'issue', message: expect.stringContaining('期次“fx-research-2013-1”已发布的目录中没有这篇文章') }])
    const research = await payload.findByID({ collection: 'issues', id: ids['fx-research-2013-1'], depth: 0 })
    const listed = research.toc!.map((s, i) => ({ ...s, articles: [...(s.articles as number[]), ...(i === 0 ? [ids['fx-chess-club']] : [])] }))
    // The chess club article still belongs to the magazine issue: the research issue may not list it.
    expect((await refusal(() => payload.update({ collection: 'issues', id: research.id, data: { toc: listed, _status: 'published' } }))).map((e) => e.path)).toEqual(['toc.0.articles'])
    await payload.update({ collection: 'issues', id: research.id, data: { toc: listed, _status: 'draft' }, draft: true })
    expect(await refusal(() => payload.update({ collection: 'articles', id: ids['fx-chess-club'], data: { issue: research.id, _status: 'published' } }))).toEqual([
      { path: 'issue', message: expect.stringContaining('期次“fx-research-2013-1”已发布的目录中没有这篇文章') },
    ])
  })

  it('an issue with published articles may not be unpublished, one at a time or in bulk', async () => {
    const errors = await refusal(() => payload.update({ collection: 'issues', id: ids['fx-magazine-2013-1'], data: { _status: 'draft' } }))
    expect(errors).toEqual([{ path: '_status', message: expect.stringContaining('articles/fx-chess-club') }])
    const bulk = await refusal(() => payload.update({ collection: 'issues', where: { slug: { like: 'fx-' } }, data: { _status: 'draft' } }))
    expect(bulk[0].message).toMatch(/articles\/fx-/)
    expect((await statusOf('issues', ids['fx-magazine-2013-1']))._status).toBe('published')
  })
})

describe('over REST, as the admin sends it', () => {
  it("answers 400 with the message on the field in the Accept-Language language", async () => {
    const { default: config } = await import('../../cms/src/payload.config')
    await payload.create({ collection: 'users', data: { email: 'rules-admin@test.local', password: 'rules-test-pass', roles: ['admin'] } as never })
    const call = async (method: string, url: string, body: unknown, headers: Record<string, string> = {}) => {
      const request = new Request(`http://localhost/api${url}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
      const response = await handleEndpoints({ config, request })
      return { status: response.status, json: (await response.json()) as { token?: string; errors?: Array<{ data?: { errors?: FieldError[] } }> } }
    }
    const { json } = await call('POST', '/users/login', { email: 'rules-admin@test.local', password: 'rules-test-pass' })
    const draft = await payload.create({ collection: 'articles', data: { slug: 'fx-rules-rest', issue: ids['fx-research-2013-1'], title: 'REST', _status: 'draft' }, draft: true })
    for (const [language, pattern] of [
      ['en', /does not list this article/],
      ['zh', /已发布的目录中没有这篇文章/],
    ] as const) {
      const response = await call('PATCH', `/articles/${draft.id}`, { _status: 'published' }, { authorization: `JWT ${json.token}`, 'accept-language': language })
      expect(response.status).toBe(400)
      expect(response.json.errors?.[0].data?.errors).toEqual([{ path: 'issue', message: expect.stringMatching(pattern) }])
    }
  })
})

describe('the export and the table of contents', () => {
  it('leaves a draft article listed in a published issue out of the contents, and lists it once published', async () => {
    const issueId = ids['fx-research-2013-1']
    const issue = await payload.findByID({ collection: 'issues', id: issueId, depth: 0 })
    const toc = issue.toc!.map((s, i) => ({ ...s, articles: [...(s.articles as number[]), ...(i === 0 ? [ids['fx-unfinished']] : [])] }))
    await payload.update({ collection: 'issues', id: issueId, data: { toc, _status: 'published' } })
    const out = path.join(tempDir('snapshot'), 'snap')
    await exportSnapshot(payload, out)
    const contents = () => (readSnapshot(out).get('issues')!.find((i) => i.slug === 'fx-research-2013-1')!.toc as Array<{ articles?: string[] }>)[0].articles
    expect(contents()).toEqual(['fx-third-space', 'fx-rules-unlisted'])
    await payload.update({ collection: 'articles', id: ids['fx-unfinished'], data: { _status: 'published' } })
    await exportSnapshot(payload, out)
    expect(contents()).toEqual(['fx-third-space', 'fx-rules-unlisted', 'fx-unfinished'])
  })
})
