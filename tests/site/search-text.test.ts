import { describe, expect, it } from 'vitest'
import { withoutFulltext } from '../../site/src/integrations/pagefindIndex'
import { defaultScope, FULLTEXT_DEFAULT_MAX_CHUNK } from '../../site/src/lib/search/config'
import { indexOnlyFields, readPage, segmentWords, splitPhrases, Vocabulary, vocabularyFor, withMeta } from '../../site/src/lib/search/text'

/** The build-time text work behind the index-only search fields (site/src/lib/search/text.ts). */

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><header><nav>首页 学习节</nav></header>` +
  `<main id="main" data-pagefind-body>${main}</main><footer>杭州图书馆 总分馆</footer></body></html>`

describe('readPage', () => {
  it('reads what Pagefind indexes: the body, without nav, footer, forms and ignored parts', () => {
    const p = readPage(
      page(
        'zh-CN',
        `<nav class="breadcrumbs"><a href="/zh/festival/x/">第三届杭州学习节</a></nav><h1>佛学分馆的<em>一个</em>安静下午</h1>` +
          `<p>实行总分馆制&amp;通借通还。</p><div data-pagefind-ignore><p>忽略的活动列表</p></div><form><label>搜索</label></form><script>var x = '快闪'</script>`,
      ),
    )
    expect(p.lang).toBe('zh-cn')
    expect(p.searchable).toBe(true)
    expect(p.title).toBe('佛学分馆的一个安静下午')
    expect(p.text).toContain('实行总分馆制&通借通还。')
    for (const absent of ['学习节', '忽略', '搜索', '快闪', '首页']) expect(p.text).not.toContain(absent)
  })

  it('collects the terms a page declares: weighted keywords and names, journal/branch/series filters, data-search-terms', () => {
    const p = readPage(
      page(
        'zh-CN',
        `<div hidden data-pagefind-meta="type:文章"><span data-pagefind-filter="journal:城市图书馆研究"></span><span data-pagefind-filter="year:2013"></span>` +
          `<span data-search-terms="[&quot;第三届杭州学习节&quot;,&quot;阅动杭城&quot;]"></span></div>` +
          `<h1>标题</h1><span class="name" data-pagefind-weight="5">叶秋云</span><p><span data-pagefind-weight="8">阅读推广、学习型城市</span></p>`,
      ),
    )
    expect(p.declared).toEqual(['城市图书馆研究', '第三届杭州学习节', '阅动杭城', '叶秋云', '阅读推广、学习型城市'])
  })

  it('sees no body in a page without data-pagefind-body', () => {
    expect(readPage('<html lang="en"><body><main><h1>Home</h1></main></body></html>')).toMatchObject({ searchable: false, text: '', title: '' })
  })
})

describe('terms', () => {
  it('segments as the browser does a query', () => {
    expect(segmentWords('总分馆', 'zh-CN')).toEqual(['总', '分馆'])
    expect(segmentWords('Flash-Mob Reading', 'en')).toEqual(['flash', 'mob', 'reading'])
  })

  it('splits declared texts into phrases (Chinese at spaces too, English keeps its phrases)', () => {
    expect(splitPhrases('中心馆—总分馆、总分馆制', 'zh-cn')).toEqual(['中心馆', '总分馆', '总分馆制'])
    expect(splitPhrases('reading promotion; Players’ Club; flash-mob reading', 'en')).toEqual(['reading promotion', 'players club', 'flash-mob reading'])
  })

  it('finds a term where a word starts, not inside another word', () => {
    const zh = new Vocabulary('zh-cn', ['佛学', '快闪'])
    expect([...zh.find('杭州图书馆佛学分馆')]).toEqual(['佛学'])
    expect([...zh.find('仿佛学生一样')]).toEqual([])
    expect([...zh.find('一场阅读快闪')]).toEqual(['快闪'])
    const en = new Vocabulary('en', ['flash mob', 'art'])
    expect([...en.find('A flash mob at the artists’ square')]).toEqual(['flash mob'])
  })

  it('writes a page’s title and terms as query words, one field per term', () => {
    const html = page(
      'zh-CN',
      `<h1>“中心馆—总分馆”：服务体系建设</h1><span data-pagefind-weight="5">徐志远</span><p>实行总分馆制，开展阅读快闪和京剧讲座。</p>`,
    )
    const fields = indexOnlyFields(readPage(html), vocabularyFor('zh-cn'))
    expect(fields.title).toBe('中心 馆 总 分馆 服务 体系 建设')
    expect(fields.terms[0]).toBe('徐 志 远')
    // Found in the text and cut by the segmenter: kept (the longest where several start at one
    // place: 总分馆制 in the text, 总分馆 in the title). 京剧 is one word: no help needed.
    expect(fields.terms).toEqual(expect.arrayContaining(['总 分馆', '总 分馆 制', '阅读 快 闪', '快 闪']))
    expect(fields.terms.join('/')).not.toMatch(/京剧|讲座/)
    expect(indexOnlyFields(readPage(html), vocabularyFor('zh-cn'), { max: 2 }).terms).toHaveLength(2)
  })

  it('adds the fields to the HTML handed to Pagefind, inside the body, without commas', () => {
    const html = withMeta(page('en', '<h1>T</h1>'), { search_term_1: 'reading, promotion', search_title: '' })
    expect(html).toContain('<div hidden data-pagefind-ignore><span data-pagefind-meta="search_term_1:reading promotion"></span></div></main>')
    expect(html).not.toContain('search_title')
  })
})

describe('search scopes', () => {
  it('the records leave out exactly the marked full text, and nothing else', () => {
    const html = page('en', '<h1>Title</h1><p class="abstract">Abstract</p><div class="prose" data-search-fulltext><p>Body</p></div><section data-search-fulltext><p>Refs</p></section>')
    const records = withoutFulltext(html)
    expect(records).toContain('<div class="prose" data-pagefind-ignore="all" data-search-fulltext>')
    expect(records).toContain('<section data-pagefind-ignore="all" data-search-fulltext>')
    expect(records.match(/data-pagefind-ignore/g)).toHaveLength(2)
    expect(readPage(records).text).toContain('Abstract')
    expect(readPage(records).text).not.toContain('Body')
    expect(readPage(records).text).not.toContain('Refs')
    expect(withoutFulltext(page('en', '<p>No full text here</p>'))).toBe(page('en', '<p>No full text here</p>'))
  })

  it('full text is the default while every full-text index chunk is within budget, in every language', () => {
    expect(defaultScope({ 'zh-cn': 30_000, en: 27_000 })).toBe('fulltext')
    expect(defaultScope({ 'zh-cn': FULLTEXT_DEFAULT_MAX_CHUNK, en: 1 })).toBe('fulltext')
    expect(defaultScope({ 'zh-cn': 30_000, en: FULLTEXT_DEFAULT_MAX_CHUNK + 1 })).toBe('records')
    expect(defaultScope({ 'zh-cn': 300_000, en: 260_000 })).toBe('records')
  })
})
