import { describe, expect, it } from 'vitest'
import { foldQuery, loadFold } from '../../site/src/lib/search/fold'
import { checkSpelling, prepareQuery } from '../../site/src/lib/search/query'
import { Speller, WordCounter } from '../../site/src/lib/search/spelling'
import { searchCountStrings } from '../../site/src/lib/search/strings'
import { parseSynonyms, synonyms, Synonyms } from '../../site/src/lib/search/synonyms'
import { indexOnlyFields, readPage, vocabularyFor } from '../../site/src/lib/search/text'

/**
 * The parts of the search that forgive a reader (site/src/lib/search/{fold,synonyms,spelling}.ts),
 * as pure functions; tests/site/search-relevance.test.ts checks them end to end on the seed site.
 */

const page = (lang: string, main: string) =>
  `<!doctype html><html lang="${lang}"><head><title>x</title></head><body><main data-pagefind-body>${main}</main></body></html>`

describe('traditional characters', () => {
  it('fold to simplified, phrase by phrase (頭髮 → 头发, not 头發)', async () => {
    expect(await foldQuery('圖書館 借書證 少兒館 總分館 頭髮')).toBe('图书馆 借书证 少儿馆 总分馆 头发')
  })

  it('leave a query without Han characters alone, without loading the converter', async () => {
    expect(await foldQuery('Reading’s libary')).toBe('Reading’s libary')
  })

  it('fold in the index-only title and terms, so a simplified query finds a traditional page', async () => {
    const fold = await loadFold()
    const p = readPage(page('zh-CN', '<h1>閱讀推廣的一個下午</h1><span data-pagefind-weight="5">葉秋雲</span>'))
    const fields = indexOnlyFields(p, vocabularyFor('zh-cn'), { fold })
    expect(fields.title).toBe('阅读 推广 的 一个 下午')
    expect(fields.terms).toContain('叶 秋 云')
  })
})

describe('synonyms', () => {
  it('query side: a variant becomes the house term, wherever it stands in Chinese and as a whole word in English', () => {
    expect(synonyms.rewrite('办借书证')).toBe('读者证')
    expect(synonyms.rewrite('少儿馆 京剧')).toBe('少年儿童图书馆 京剧')
    expect(synonyms.rewrite('Reader’s Card')).toBe('library card')
    expect(synonyms.rewrite('ebook')).toBe('e-book')
    expect(synonyms.rewrite('ebooks')).toBe('ebooks')
  })

  it('query side: a house term is never rewritten from inside (少年儿童图书馆 holds the variant 儿童图书馆)', () => {
    expect(synonyms.rewrite('少年儿童图书馆')).toBe('少年儿童图书馆')
    expect(synonyms.rewrite('读者证')).toBe('读者证')
  })

  it('index side: a page using one term of a group is given the others, and not the ones it uses', () => {
    const own = new Synonyms([{ terms: ['读者证', '借书证', '办证'] }, { terms: ['library card', 'reader’s card'] }])
    const zh = indexOnlyFields(readPage(page('zh-CN', '<h1>入会</h1><p>持读者证即可加入。</p>')), vocabularyFor('zh-cn'), { synonyms: own })
    expect(zh.terms).toEqual(['借书 证', '办 证']) // as the browser cuts 借书证, 办证
    expect(zh.terms).not.toContain('读者 证')
    const en = indexOnlyFields(readPage(page('en', '<h1>Join</h1><p>Bring your reader’s card.</p>')), vocabularyFor('en'), { synonyms: own })
    expect(en.terms).toContain('library card')
  })

  it('the list is checked, and a bad entry is named in both languages', () => {
    expect(() => parseSynonyms([{ terms: ['读者证'] }])).toThrow('content/search-synonyms.json [0].terms: 每组至少需要两个词 / each group needs at least two terms')
    expect(() => parseSynonyms([{ terms: ['a', 'b'] }, { terms: ['读者证', ' '] }])).toThrow('[1].terms[1]: 词不能为空 / a term must be a non-empty string')
    expect(() => parseSynonyms({})).toThrow('must be an array of synonym groups')
  })
})

describe('one typo in English', () => {
  const counter = new WordCounter()
  for (const text of ['The library and its libraries', 'library card', 'Library volunteers', 'liberal arts', 'chess club']) counter.addPage(text)
  const speller = new Speller(counter.words())

  it('the word list puts the words most pages use first', () => {
    expect(counter.words()[0]).toBe('library')
    expect(counter.words()).toEqual(expect.arrayContaining(['libraries', 'volunteers', 'chess']))
    expect(counter.words().every((w) => w.length >= 3)).toBe(true)
  })

  it('mends a word one edit from a word of the site, the most frequent if several', () => {
    expect(speller.check('libary')).toEqual({ query: 'library', changed: true, unmatched: false })
    expect(speller.check('libray card')).toEqual({ query: 'library card', changed: true, unmatched: false })
    expect(speller.check('chess clbu').query).toBe('chess club')
  })

  it('searches as typed what the site uses, begins, or shares its stem with', () => {
    for (const q of ['library', 'libr', 'volunteering', 'chess', 'art']) expect(speller.check(q), q).toEqual({ query: q, changed: false, unmatched: false })
  })

  it('says when a word matches nothing, instead of letting Pagefind match its first letters', () => {
    expect(speller.check('xylophone')).toEqual({ query: 'xylophone', changed: false, unmatched: true })
  })
})

describe('the query the search page sends', () => {
  it('is folded, then rewritten: 借書證 → 读者证', async () => {
    expect(await prepareQuery('借書證')).toBe('读者证')
    expect(await prepareQuery('辦借書證')).toBe('读者证')
  })

  it('is spell-checked from the word list of the page’s language, fetched once; never in Chinese', async () => {
    const fetched: string[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = (async (url: string) => {
      fetched.push(String(url))
      return new Response(JSON.stringify(['library', 'chess', 'club']))
    }) as typeof fetch
    try {
      expect(await checkSpelling('杭州 Style', 'zh-cn')).toBeUndefined()
      expect(await checkSpelling('libary', 'en')).toEqual({ query: 'library', changed: true, unmatched: false })
      expect(await checkSpelling('chess clbu', 'en')).toEqual({ query: 'chess club', changed: true, unmatched: false })
      expect(fetched).toEqual(['/search-words/en.json'])
    } finally {
      globalThis.fetch = realFetch
    }
  })
})

describe('result counts', () => {
  it('English has "1 result" and "2 results"; Chinese one form', () => {
    const en = searchCountStrings('en')
    expect(en.one).toBe('{n} result for "{q}"')
    expect(en.other).toBe('{n} results for "{q}"')
    expect(searchCountStrings('zh')).toEqual({ other: '“{q}”共有{n}条结果' })
  })
})
