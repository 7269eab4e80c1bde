import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { useServedSite } from '../helpers/browser'
import { openPagefind, pathOf, reciprocalRank, type PagefindSession } from '../../scripts/lib/pagefind-session'
import { page as htmlPage } from '../helpers/html'
import { FULLTEXT_DEFAULT_MAX_CHUNK, SCOPE_BUNDLES, SEARCH_SCOPES_FILE, type SearchScopesFile } from '../../site/src/lib/search/config'

/**
 * Search relevance on the seed site (the real content/), in headless Chromium through Pagefind's
 * JS API, with the options the search page uses (site/src/lib/search/config.ts).
 *
 * Each query lists the documents a reader must find among the first five results (`top5`); `also`
 * lists further documents that answer the query as well (the flash-mob events for 快闪), which
 * count as relevant for the reciprocal rank but need not all fit in five. The mean reciprocal rank
 * (MRR) is printed per category and overall.
 */
type Category = 'zh-2' | 'zh-word' | 'zh-4' | 'zh-name' | 'mixed' | 'en-word' | 'en-phrase' | 'en-name'
interface Case {
  q: string
  lang: 'zh' | 'en'
  cat: Category
  /** Paths that must all be among the first five results. */
  top5: string[]
  /** Further relevant paths (count for the reciprocal rank). */
  also?: string[]
}

// <relevance-cases>
const FLASH_MOB_EVENTS = (lang: string): string[] =>
  ['flash-mob-binjiang', 'flash-mob-west-lake-culture-square', 'flash-mob-video-premiere', 'flash-mob-wulin-square'].map((e) => `/${lang}/events/${e}/`)

const CASES: Case[] = [
  // Chinese two-character terms
  { q: '棋院', lang: 'zh', cat: 'zh-2', top5: ['/zh/branches/chess/'] },
  { q: '佛学', lang: 'zh', cat: 'zh-2', top5: ['/zh/branches/buddhist-culture/', '/zh/articles/buddhist-branch-afternoon/'] },
  { q: '快闪', lang: 'zh', cat: 'zh-2', top5: ['/zh/articles/flash-mob-reading/', '/zh/events/flash-mob-wulin-square/'], also: FLASH_MOB_EVENTS('zh') },
  { q: '绘本', lang: 'zh', cat: 'zh-2', top5: ['/zh/events/picture-book-story-hour/'] },
  { q: '京剧', lang: 'zh', cat: 'zh-2', top5: ['/zh/articles/opera-club-kids/', '/zh/events/opera-club-kids-showcase/'] },
  { q: '禅茶', lang: 'zh', cat: 'zh-2', top5: ['/zh/events/buddhist-tea-salon/'] },
  { q: '围棋', lang: 'zh', cat: 'zh-2', top5: ['/zh/articles/chess-club/'] },
  { q: '滨江', lang: 'zh', cat: 'zh-2', top5: ['/zh/branches/binjiang/'] },
  // Chinese words of three characters
  { q: '总分馆', lang: 'zh', cat: 'zh-word', top5: ['/zh/articles/central-branch-model/'] },
  { q: '学习节', lang: 'zh', cat: 'zh-word', top5: ['/zh/festival/hangzhou-learning-festival-2013/'] },
  { q: '棋友会', lang: 'zh', cat: 'zh-word', top5: ['/zh/pages/chess-players-club/', '/zh/events/chess-club-open-day/'] },
  { q: '志愿者', lang: 'zh', cat: 'zh-word', top5: ['/zh/articles/buddhist-branch-afternoon/', '/zh/articles/specialty-branches/'], also: ['/zh/branches/buddhist-culture/'] },
  { q: '课本剧', lang: 'zh', cat: 'zh-word', top5: ['/zh/events/textbook-plays-children/'] },
  { q: '辩论会', lang: 'zh', cat: 'zh-word', top5: ['/zh/events/books-we-love-vs-need-debate/'] },
  // Chinese four-character (and longer) terms
  { q: '阅读推广', lang: 'zh', cat: 'zh-4', top5: ['/zh/articles/reading-promotion-learning-city/'] },
  { q: '阅动杭城', lang: 'zh', cat: 'zh-4', top5: ['/zh/series/reading-moves-hangzhou/'], also: ['/zh/events/festival-launch/'] },
  { q: '市民课堂', lang: 'zh', cat: 'zh-4', top5: ['/zh/pages/citizen-classroom/'], also: ['/zh/events/family-learning-citizen-classroom/'] },
  { q: '亲子共读', lang: 'zh', cat: 'zh-4', top5: ['/zh/events/xiacheng-family-reading/'] },
  { q: '读书沙龙', lang: 'zh', cat: 'zh-4', top5: ['/zh/articles/buddhist-branch-afternoon/'] },
  { q: '数字图书馆', lang: 'zh', cat: 'zh-4', top5: ['/zh/pages/digital-library/', '/zh/articles/digital-library-platforms/'] },
  { q: '第三文化空间', lang: 'zh', cat: 'zh-4', top5: ['/zh/articles/third-cultural-space/'] },
  { q: '政府信息服务', lang: 'zh', cat: 'zh-4', top5: ['/zh/pages/government-information-service/', '/zh/articles/government-information-service/'] },
  { q: '少年儿童图书馆', lang: 'zh', cat: 'zh-4', top5: ['/zh/branches/children/'] },
  // Contributors' names
  { q: '叶秋云', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/buddhist-branch-afternoon/', '/zh/articles/flash-mob-reading/'] },
  { q: '唐松龄', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/specialty-branches/'] },
  { q: '徐志远', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/central-branch-model/'] },
  { q: '方嘉怡', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/digital-library-platforms/'] },
  { q: '周晴岚', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/government-information-service/'] },
  { q: '潘悦', lang: 'zh', cat: 'zh-name', top5: ['/zh/articles/reading-promotion-learning-city/'] },
  // Mixed queries
  { q: '杭州 Style', lang: 'zh', cat: 'mixed', top5: ['/zh/articles/readers-stories/'], also: ['/zh/events/reading-stories-call/'] },
  { q: '快闪 滨江', lang: 'zh', cat: 'mixed', top5: ['/zh/events/flash-mob-binjiang/'] },
  { q: '2013 学习节', lang: 'zh', cat: 'mixed', top5: ['/zh/festival/hangzhou-learning-festival-2013/'] },
  { q: '棋友会开放日', lang: 'zh', cat: 'mixed', top5: ['/zh/events/chess-club-open-day/'] },
  { q: 'VS 辩论', lang: 'zh', cat: 'mixed', top5: ['/zh/events/books-we-love-vs-need-debate/'] },
  // English words
  { q: 'Buddhist', lang: 'en', cat: 'en-word', top5: ['/en/branches/buddhist-culture/', '/en/articles/buddhist-branch-afternoon/'] },
  { q: 'volunteers', lang: 'en', cat: 'en-word', top5: ['/en/articles/buddhist-branch-afternoon/'] },
  { q: 'Binjiang', lang: 'en', cat: 'en-word', top5: ['/en/branches/binjiang/'], also: ['/en/events/flash-mob-binjiang/'] },
  { q: 'Wulin', lang: 'en', cat: 'en-word', top5: ['/en/events/flash-mob-wulin-square/'] },
  { q: 'opera', lang: 'en', cat: 'en-word', top5: ['/en/articles/opera-club-kids/', '/en/events/opera-club-kids-showcase/'] },
  // English phrases
  { q: 'chess club', lang: 'en', cat: 'en-phrase', top5: ['/en/pages/chess-players-club/', '/en/articles/chess-club/'] },
  { q: 'flash mob', lang: 'en', cat: 'en-phrase', top5: ['/en/articles/flash-mob-reading/'], also: FLASH_MOB_EVENTS('en') },
  { q: 'reading promotion', lang: 'en', cat: 'en-phrase', top5: ['/en/articles/reading-promotion-learning-city/'] },
  { q: 'learning festival', lang: 'en', cat: 'en-phrase', top5: ['/en/festival/hangzhou-learning-festival-2013/'] },
  { q: 'main branch library', lang: 'en', cat: 'en-phrase', top5: ['/en/articles/central-branch-model/'] },
  { q: 'picture book', lang: 'en', cat: 'en-phrase', top5: ['/en/events/picture-book-story-hour/'] },
  { q: 'digital library', lang: 'en', cat: 'en-phrase', top5: ['/en/pages/digital-library/', '/en/articles/digital-library-platforms/'] },
  { q: 'third cultural space', lang: 'en', cat: 'en-phrase', top5: ['/en/articles/third-cultural-space/'] },
  { q: 'tea salon', lang: 'en', cat: 'en-phrase', top5: ['/en/events/buddhist-tea-salon/'] },
  { q: 'citizen classroom', lang: 'en', cat: 'en-phrase', top5: ['/en/pages/citizen-classroom/'], also: ['/en/events/family-learning-citizen-classroom/'] },
  { q: 'government information', lang: 'en', cat: 'en-phrase', top5: ['/en/pages/government-information-service/', '/en/articles/government-information-service/'] },
  // English names
  { q: 'Ye Qiuyun', lang: 'en', cat: 'en-name', top5: ['/en/articles/buddhist-branch-afternoon/', '/en/articles/flash-mob-reading/'] },
  { q: 'Tang Songling', lang: 'en', cat: 'en-name', top5: ['/en/articles/specialty-branches/'] },
  { q: 'Zhou Qinglan', lang: 'en', cat: 'en-name', top5: ['/en/articles/government-information-service/'] },
]

/**
 * Queries a reader types differently from the site: traditional characters, other names for the
 * same thing, one typo. They go through the search page itself (which folds, rewrites and mends
 * the query before Pagefind sees it: site/src/lib/search/query.ts), so they are read from its list.
 */
type ForgivingCategory = 'zh-traditional' | 'synonym' | 'en-typo'
interface ForgivingCase extends Omit<Case, 'cat'> {
  cat: ForgivingCategory
}
const FORGIVING_CASES: ForgivingCase[] = [
  // Traditional characters
  { q: '總分館', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/articles/central-branch-model/'] },
  { q: '學習節', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/festival/hangzhou-learning-festival-2013/'] },
  { q: '閱讀推廣', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/articles/reading-promotion-learning-city/'] },
  { q: '數字圖書館', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/pages/digital-library/', '/zh/articles/digital-library-platforms/'] },
  { q: '快閃', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/events/flash-mob-wulin-square/'], also: ['/zh/articles/flash-mob-reading/', ...FLASH_MOB_EVENTS('zh')] },
  { q: '繪本', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/events/picture-book-story-hour/'] },
  { q: '課本劇', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/events/textbook-plays-children/'] },
  { q: '葉秋雲', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/articles/buddhist-branch-afternoon/', '/zh/articles/flash-mob-reading/'] },
  { q: '第三文化空間', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/articles/third-cultural-space/'] },
  { q: '親子共讀', lang: 'zh', cat: 'zh-traditional', top5: ['/zh/events/xiacheng-family-reading/'] },
  // Other names for the same thing (the termbase's synonyms, via content/search-synonyms.json)
  { q: '借书证', lang: 'zh', cat: 'synonym', top5: ['/zh/pages/chess-players-club/'], also: ['/zh/events/chess-club-open-day/', '/zh/events/chess-amateur-league/'] },
  { q: '办借书证', lang: 'zh', cat: 'synonym', top5: ['/zh/pages/chess-players-club/', '/zh/articles/readers-stories/'], also: ['/zh/events/chess-amateur-league/'] },
  { q: '借書證', lang: 'zh', cat: 'synonym', top5: ['/zh/pages/chess-players-club/'], also: ['/zh/events/chess-club-open-day/', '/zh/events/chess-amateur-league/'] },
  { q: '少儿馆', lang: 'zh', cat: 'synonym', top5: ['/zh/branches/children/'] },
  { q: '少儿图书馆', lang: 'zh', cat: 'synonym', top5: ['/zh/branches/children/'] },
  { q: '总分馆体系', lang: 'zh', cat: 'synonym', top5: ['/zh/articles/central-branch-model/'] },
  { q: '城市生活分馆', lang: 'zh', cat: 'synonym', top5: ['/zh/branches/city-life/'] },
  // Since the content uses the plan's name (城市生活主题分馆), the events held there match as well: the
  // branch is the answer, the branch-visit article a relevant one.
  { q: '城市生活', lang: 'zh', cat: 'synonym', top5: ['/zh/branches/city-life/'], also: ['/zh/articles/city-life-branch-visit/', '/zh/events/civic-panorama-workshop/', '/zh/events/drama-reading-city-life/', '/zh/events/opera-club-kids-showcase/', '/zh/articles/specialty-branches/'] },
  { q: '市民学堂', lang: 'zh', cat: 'synonym', top5: ['/zh/pages/citizen-classroom/'], also: ['/zh/events/family-learning-citizen-classroom/'] },
  { q: 'reader’s card', lang: 'en', cat: 'synonym', top5: ['/en/pages/chess-players-club/'], also: ['/en/events/chess-club-open-day/', '/en/events/chess-amateur-league/'] },
  { q: 'childrens library', lang: 'en', cat: 'synonym', top5: ['/en/branches/children/'] },
  { q: 'citizens classroom', lang: 'en', cat: 'synonym', top5: ['/en/pages/citizen-classroom/'], also: ['/en/events/family-learning-citizen-classroom/'] },
  { q: 'ebook', lang: 'en', cat: 'synonym', top5: ['/en/articles/digital-library-platforms/'], also: ['/en/articles/readers-stories/'] },
  // One typo in English
  { q: 'libary', lang: 'en', cat: 'en-typo', top5: ['/en/branches/central/', '/en/articles/central-branch-model/'] },
  { q: 'chess clbu', lang: 'en', cat: 'en-typo', top5: ['/en/pages/chess-players-club/', '/en/articles/chess-club/'] },
  { q: 'volunters', lang: 'en', cat: 'en-typo', top5: ['/en/articles/buddhist-branch-afternoon/'] },
  { q: 'festivel', lang: 'en', cat: 'en-typo', top5: ['/en/festival/hangzhou-learning-festival-2013/'] },
  { q: 'Budhist', lang: 'en', cat: 'en-typo', top5: ['/en/branches/buddhist-culture/', '/en/articles/buddhist-branch-afternoon/'] },
  { q: 'flash mbo', lang: 'en', cat: 'en-typo', top5: ['/en/articles/flash-mob-reading/'], also: FLASH_MOB_EVENTS('en') },
  { q: 'opear', lang: 'en', cat: 'en-typo', top5: ['/en/articles/opera-club-kids/', '/en/events/opera-club-kids-showcase/'] },
  { q: 'reaidng promotion', lang: 'en', cat: 'en-typo', top5: ['/en/articles/reading-promotion-learning-city/'] },
  { q: 'Binjing', lang: 'en', cat: 'en-typo', top5: ['/en/branches/binjiang/'], also: ['/en/events/flash-mob-binjiang/'] },
  { q: 'digitl library', lang: 'en', cat: 'en-typo', top5: ['/en/pages/digital-library/', '/en/articles/digital-library-platforms/'] },
  { q: 'Wuiln', lang: 'en', cat: 'en-typo', top5: ['/en/events/flash-mob-wulin-square/'] },
]
// </relevance-cases>

/** Below this the ranking has regressed noticeably (measured: see the printed MRR). */
const MIN_MRR = 0.9
/** The same for the forgiving queries (see the printed MRR). */
const MIN_FORGIVING_MRR = 0.9

describe('search on the seed site', () => {
  const sessions = {} as Record<'zh' | 'en', PagefindSession>
  const dist = () => inject('sites').seed.dist
  const served = useServedSite(dist())

  beforeAll(async () => {
    sessions.zh = await openPagefind(served.browser, served.origin, 'zh')
    sessions.en = await openPagefind(served.browser, served.origin, 'en')
  })

  describe('relevance: the documents a reader looks for are in the first five results', () => {
    const ranks = new Map<Case, number>()
    const inTop5 = new Map<Case, boolean>()

    it('has at least 40 queries in both languages and every category', () => {
      expect(CASES.length).toBeGreaterThanOrEqual(40)
      expect(new Set(CASES.map((c) => c.cat)).size).toBe(8)
      expect(new Set(CASES.map((c) => `${c.lang} ${c.q}`)).size).toBe(CASES.length)
    })

    it.each(CASES)('$lang “$q” ($cat)', async (c) => {
      const { hits } = await sessions[c.lang].search(c.q, { limit: 10 })
      const found = hits.map((h) => pathOf(h.url))
      ranks.set(c, reciprocalRank(found, [...c.top5, ...(c.also ?? [])]))
      inTop5.set(c, c.top5.every((e) => found.slice(0, 5).includes(e)))
      for (const expected of c.top5) expect(found.slice(0, 5), `“${c.q}” → ${found.slice(0, 5).join(' ')}`).toContain(expected)
    })

    it(`mean reciprocal rank is at least ${MIN_MRR}`, () => {
      expect(ranks.size, 'every query ran').toBe(CASES.length)
      const mean = (cs: Case[]) => cs.reduce((sum, c) => sum + (ranks.get(c) ?? 0), 0) / cs.length
      const categories = [...new Set(CASES.map((c) => c.cat))]
      const lines = categories.map((cat) => {
        const cs = CASES.filter((c) => c.cat === cat)
        return `  ${cat.padEnd(10)} ${String(cs.length).padStart(3)} queries  MRR ${mean(cs).toFixed(3)}`
      })
      const top5 = CASES.filter((c) => inTop5.get(c)).length
      console.log(
        [
          `search relevance on the seed site: ${CASES.length} queries, top-5 ${top5}/${CASES.length} (${((100 * top5) / CASES.length).toFixed(0)}%), MRR ${mean(CASES).toFixed(3)}`,
          ...lines,
          `  not first: ${CASES.filter((c) => (ranks.get(c) ?? 0) < 1).map((c) => `${c.q} (1/${Math.round(1 / (ranks.get(c) || 1e-9))})`).join(', ') || 'none'}`,
        ].join('\n'),
      )
      expect(top5).toBe(CASES.length)
      expect(mean(CASES)).toBeGreaterThanOrEqual(MIN_MRR)
    })
  })

  describe('search that forgives: traditional characters, other names, one typo (through the search page)', () => {
    const pages = {} as Record<'zh' | 'en', Page>
    beforeAll(async () => {
      pages.zh = await served.browser.newPage()
      pages.en = await served.browser.newPage()
    })
    afterAll(async () => {
      await pages.zh?.close()
      await pages.en?.close()
    })
    /** The search page's status line and result links for a query (as a reader sees them). */
    const searchPage = async (lang: 'zh' | 'en', q: string) => {
      const page = pages[lang]
      await page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(q)}`)
      const status = page.locator('[data-status]')
      await status.filter({ hasText: /\S/ }).filter({ hasNotText: /Loading|正在加载/ }).waitFor()
      const links = await page.locator('[data-results] li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))
      return { status: (await status.textContent()) ?? '', links }
    }
    const ranks = new Map<ForgivingCase, number>()

    it('has at least 20 queries: traditional, synonyms in both languages, English typos', () => {
      expect(FORGIVING_CASES.length).toBeGreaterThanOrEqual(20)
      expect(new Set(FORGIVING_CASES.map((c) => c.cat))).toEqual(new Set(['zh-traditional', 'synonym', 'en-typo']))
      expect(new Set(FORGIVING_CASES.filter((c) => c.cat === 'synonym').map((c) => c.lang))).toEqual(new Set(['zh', 'en']))
      expect(new Set([...CASES, ...FORGIVING_CASES].map((c) => `${c.lang} ${c.q}`)).size).toBe(CASES.length + FORGIVING_CASES.length)
    })

    it.each(FORGIVING_CASES)('$lang “$q” ($cat)', async (c) => {
      const { links } = await searchPage(c.lang, c.q)
      ranks.set(c, reciprocalRank(links, [...c.top5, ...(c.also ?? [])]))
      for (const expected of c.top5) expect(links.slice(0, 5), `“${c.q}” → ${links.slice(0, 5).join(' ')}`).toContain(expected)
    })

    it('prints the mean reciprocal rank of these queries (every one ran, top-5 100%)', () => {
      expect(ranks.size).toBe(FORGIVING_CASES.length)
      const mean = (cs: ForgivingCase[]) => cs.reduce((sum, c) => sum + (ranks.get(c) ?? 0), 0) / cs.length
      const lines = [...new Set(FORGIVING_CASES.map((c) => c.cat))].map((cat) => {
        const cs = FORGIVING_CASES.filter((c) => c.cat === cat)
        return `  ${cat.padEnd(14)} ${String(cs.length).padStart(3)} queries  MRR ${mean(cs).toFixed(3)}`
      })
      const notFirst = FORGIVING_CASES.filter((c) => (ranks.get(c) ?? 0) < 1).map((c) => `${c.q} (1/${Math.round(1 / (ranks.get(c) || 1e-9))})`)
      console.log(
        [`forgiving search on the seed site: ${FORGIVING_CASES.length} queries, MRR ${mean(FORGIVING_CASES).toFixed(3)}`, ...lines, `  not first: ${notFirst.join(', ') || 'none'}`].join('\n'),
      )
      expect(mean(FORGIVING_CASES)).toBeGreaterThanOrEqual(MIN_FORGIVING_MRR)
    })

    it('圖書館 finds what 图书馆 finds', async () => {
      const simplified = await searchPage('zh', '图书馆')
      const traditional = await searchPage('zh', '圖書館')
      const count = (status: string) => Number(/(\d+)条结果/.exec(status)?.[1])
      expect(count(simplified.status)).toBeGreaterThan(20)
      expect(count(traditional.status)).toBe(count(simplified.status))
      expect(traditional.status).toContain('“圖書館”') // the reader's own words
      expect(traditional.links).toEqual(simplified.links)
    })

    it('a typo is mended and the page says so', async () => {
      const { status, links } = await searchPage('en', 'libary')
      expect(status).toMatch(/^No exact match for "libary"\. \d+ results for "library"$/)
      expect(links.length).toBeGreaterThan(5)
    })

    it('a word nothing is near gets "no exact match", not pages matched on its first letters', async () => {
      // Pagefind alone answers with pages holding its longest known prefix ("li…").
      const plain = await sessions.en.search('lixbrtq', { limit: 10 })
      expect(plain.total, 'Pagefind alone').toBeGreaterThan(0)
      const { status, links } = await searchPage('en', 'lixbrtq')
      expect(status).toBe('No exact match for "lixbrtq".')
      expect(links).toEqual([])
    })

    it('counts are in the right plural: "1 result", "N results", Chinese one form', async () => {
      const one = await searchPage('en', 'moderately prosperous')
      expect(one.links).toHaveLength(1)
      expect(one.status).toBe('1 result for "moderately prosperous"')
      const many = await searchPage('en', 'chess club')
      expect(many.status).toBe(`${many.links.length} results for "chess club"`)
      const zh = await searchPage('zh', '小康社会')
      expect(zh.status).toBe(`“小康社会”共有${zh.links.length}条结果`)
    })
  })

  describe('articles outrank the issue contents that quote them', () => {
    const articles = () =>
      JSON.parse(fs.readFileSync(path.join(inject('sites').seed.snapshot, 'articles.json'), 'utf8')) as Array<{ slug: string; issue: string; title: Record<'zh' | 'en', string> }>

    it.each(['zh', 'en'] as const)('%s: an article’s title finds the article before its issue', async (lang) => {
      let compared = 0
      for (const article of articles()) {
        const { hits } = await sessions[lang].search(article.title[lang], { limit: 20 })
        const found = hits.map((h) => pathOf(h.url))
        const at = found.indexOf(`/${lang}/articles/${article.slug}/`)
        const issueAt = found.indexOf(`/${lang}/issues/${article.issue}/`)
        const message = `${article.title[lang]} → ${found.slice(0, 5).join(' ')}`
        // Not always first: an event may share the article's title (这一秒，请你翻开书).
        expect(at, message).toBeGreaterThanOrEqual(0)
        expect(at, message).toBeLessThan(2)
        if (issueAt >= 0) {
          expect(at, message).toBeLessThan(issueAt)
          compared++
        }
      }
      expect(compared, 'issue pages found by their articles’ titles').toBeGreaterThan(0)
    })

    it.each([
      ['zh', '城市生活', '/zh/articles/city-life-branch-visit/', '/zh/issues/urban-library-research-2013-2/'],
      ['en', 'third cultural space', '/en/articles/third-cultural-space/', '/en/issues/urban-library-research-2013-1/'],
    ] as const)('%s: “%s”, which the issue’s editor’s note retells, ranks the article first', async (lang, q, article, issue) => {
      const { hits } = await sessions[lang].search(q, { limit: 20 })
      const found = hits.map((h) => pathOf(h.url))
      expect(found.indexOf(article)).toBeGreaterThanOrEqual(0)
      expect(found.indexOf(article), found.join(' ')).toBeLessThan(found.indexOf(issue) < 0 ? Infinity : found.indexOf(issue))
    })
  })

  describe('Chinese terms are found as terms, not as scattered characters', () => {
    // Each of these reaches Pagefind as two or more words (the browser's Intl.Segmenter cuts them),
    // which Pagefind matches anywhere on a page, also as word prefixes (快 → 快乐).
    const TERMS = ['总分馆', '棋院', '佛学', '学习节', '阅读推广', '快闪', '棋友会', '志愿者', '课本剧', '亲子共读', '阅动杭城', '叶秋云', '林思远']

    it.each(TERMS)('“%s”: the pages containing it come first', async (term) => {
      const words = await sessions.zh.segment(term)
      expect(words.length, `${term} is cut into ${words.join('|')}`).toBeGreaterThan(1)
      const { hits, total } = await sessions.zh.search(term, { limit: 1000 })
      expect(hits.length).toBe(total)
      const containing = hits.filter((h) => h.content.includes(term))
      expect(containing.length, `pages containing ${term}`).toBeGreaterThan(0)
      const k = Math.min(5, containing.length)
      const top = hits.slice(0, k)
      expect(
        top.filter((h) => !h.content.includes(term)).map((h) => pathOf(h.url)),
        `first ${k} of ${total} results for ${term} (${containing.length} contain it)`,
      ).toEqual([])
    })
  })

  describe('languages', () => {
    const QUERIES = { zh: ['棋院', '学习节', '阅读推广', '叶秋云', '图书馆'], en: ['chess', 'learning festival', 'reading promotion', 'Ye Qiuyun', 'library'] }

    it.each(['zh', 'en'] as const)('%s: results are in the reader’s language and link to the other language’s page, which exists', async (lang) => {
      const other = lang === 'zh' ? 'en' : 'zh'
      let checked = 0
      for (const q of QUERIES[lang]) {
        const { hits } = await sessions[lang].search(q, { limit: 20 })
        expect(hits.length, q).toBeGreaterThan(0)
        for (const hit of hits) {
          const url = pathOf(hit.url)
          expect(url.startsWith(`/${lang}/`), url).toBe(true)
          expect(hit.meta.otherLang).toBe(other)
          expect(hit.meta.other).toBe(url.replace(`/${lang}/`, `/${other}/`))
          expect(fs.existsSync(path.join(dist(), hit.meta.other, 'index.html')), `${hit.meta.other} exists`).toBe(true)
          checked++
        }
      }
      expect(checked).toBeGreaterThan(10)
    })

    it('index-only search fields leave the displayed title and excerpt as written', async () => {
      const { hits } = await sessions.zh.search('总分馆', { limit: 10 })
      const article = hits.find((h) => pathOf(h.url) === '/zh/articles/central-branch-model/')!
      expect(article.title).toBe('“中心馆——总分馆”：地市级公共图书馆服务体系建设模式探析')
      expect(article.meta.search_title).toContain('总 分馆') // the segmented copy Pagefind matches
      for (const hit of hits) {
        expect(hit.title).not.toMatch(/\p{Script=Han} \p{Script=Han}/u)
        expect(hit.excerpt.replace(/<\/?mark>/g, '')).not.toMatch(/search_|\p{Script=Han} \p{Script=Han} \p{Script=Han}/u)
      }
    })
  })

  describe('the search page', () => {
    it.each([
      ['zh', '总分馆', '/zh/articles/central-branch-model/', '/en/articles/central-branch-model/'],
      ['en', 'chess club', '/en/pages/chess-players-club/', '/zh/pages/chess-players-club/'],
    ] as const)('%s: “%s” lists %s with a link to %s', async (lang, q, first, other) => {
      const page = await served.browser.newPage()
      try {
        await page.goto(`${served.origin}/${lang}/search/?q=${encodeURIComponent(q)}`)
        await page.locator('[data-results] li').first().waitFor()
        const links = await page.locator('[data-results] li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
        expect(links.slice(0, 5)).toContain(first)
        const item = page.locator('[data-results] li', { has: page.locator(`h2 a[href="${first}"]`) })
        expect(await item.locator('.other-lang a').getAttribute('href')).toBe(other)
        expect(await item.locator('mark').count()).toBeGreaterThan(0)
      } finally {
        await page.close()
      }
    })
  })

  describe('filters', () => {
    it('the search page offers every value the index can filter on', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const available = await sessions[lang].filters()
        const menus = htmlPage(dist(), `/${lang}/search/`).querySelectorAll('[data-filters] select')
        for (const [name, values] of Object.entries(available)) {
          if (Object.keys(values).length < 2) continue // a filter with one value is not offered
          const menu = menus.find((m) => m.getAttribute('name') === name)
          expect(menu, `${lang}: menu ${name}`).toBeDefined()
          const offered = menu!.querySelectorAll('option').map((o) => o.getAttribute('value'))
          for (const value of Object.keys(values)) expect(offered, `${lang}: ${name}`).toContain(value)
        }
      }
    })

    it('type and journal filters narrow the results', async () => {
      for (const lang of ['zh', 'en'] as const) {
        const available = await sessions[lang].filters()
        expect(Object.keys(available.type ?? {}).length, `${lang} types`).toBeGreaterThan(3)
        expect(Object.keys(available.journal ?? {}).length, `${lang} journals`).toBe(2)
        const q = lang === 'zh' ? '图书馆' : 'library'
        const all = await sessions[lang].search(q, { limit: 200 })
        const article = lang === 'zh' ? '文章' : 'Article'
        const articles = await sessions[lang].search(q, { limit: 200, filters: { type: article } })
        expect(articles.total).toBeGreaterThan(0)
        expect(articles.total).toBeLessThan(all.total)
        for (const h of articles.hits) {
          expect(h.meta.type).toBe(article)
          expect(pathOf(h.url)).toMatch(new RegExp(`^/${lang}/articles/`))
        }
        for (const journal of Object.keys(available.journal)) {
          const inJournal = await sessions[lang].search(q, { limit: 200, filters: { journal } })
          expect(inJournal.total, journal).toBeGreaterThan(0)
          expect(inJournal.total, journal).toBeLessThan(all.total)
          for (const h of inJournal.hits) expect(h.filters.journal, pathOf(h.url)).toContain(journal)
        }
      }
    })
  })

  describe('scopes: full text, or titles, contributors, keywords and abstracts', () => {
    const records = {} as Record<'zh' | 'en', PagefindSession>
    beforeAll(async () => {
      records.zh = await openPagefind(served.browser, served.origin, 'zh', { bundle: SCOPE_BUNDLES.records })
      records.en = await openPagefind(served.browser, served.origin, 'en', { bundle: SCOPE_BUNDLES.records })
    })
    const scopesFile = () => JSON.parse(fs.readFileSync(path.join(dist(), SEARCH_SCOPES_FILE), 'utf8')) as SearchScopesFile

    it('the seed site is small enough to search its full text by default', () => {
      const file = scopesFile()
      expect(Object.keys(file.largestChunk.fulltext).sort()).toEqual(['en', 'zh-cn'])
      for (const bytes of Object.values(file.largestChunk.fulltext)) expect(bytes).toBeLessThanOrEqual(FULLTEXT_DEFAULT_MAX_CHUNK)
      expect(file.default).toBe('fulltext')
    })

    it.each([
      ['zh', '小康社会'],
      ['en', 'moderately prosperous'],
    ] as const)('%s: “%s”, said only in an article’s body, is found in full text and not in the records', async (lang, q) => {
      const article = `/${lang}/articles/central-branch-model/`
      const full = await sessions[lang].search(q, { limit: 10 })
      expect(full.hits.map((h) => pathOf(h.url))).toContain(article)
      const recorded = await records[lang].search(q, { limit: 50 })
      expect(recorded.hits.map((h) => pathOf(h.url))).not.toContain(article)
    })

    it('the records keep an article’s title, contributors, abstract and keywords, and nothing of its body', async () => {
      const { hits } = await records.en.search('central library main branch', { limit: 10 })
      const article = hits.find((h) => pathOf(h.url) === '/en/articles/central-branch-model/')
      expect(article, hits.map((h) => pathOf(h.url)).join(' ')).toBeDefined()
      expect(article!.content).toContain('This paper presents the “central library–main/branch library” model')
      expect(article!.content).toContain('resource sharing')
      expect(article!.content).not.toContain('Background and problem')
    })

    const RECORD_CASES = CASES.filter((c) => c.cat === 'zh-name' || c.cat === 'en-name')
    it.each(RECORD_CASES)('$lang “$q” ($cat): contributors are found in the records as in full text', async (c) => {
      const { hits } = await records[c.lang].search(c.q, { limit: 10 })
      const found = hits.map((h) => pathOf(h.url))
      for (const expected of c.top5) expect(found.slice(0, 5), `“${c.q}” → ${found.slice(0, 5).join(' ')}`).toContain(expected)
    })

    it('the search page starts in the scope the index chose, says what it searched, and switches to full text', async () => {
      const page = await served.browser.newPage()
      try {
        // As the indexer writes it for a large archive.
        await page.route(`**${SEARCH_SCOPES_FILE}`, (route) => route.fulfill({ json: { ...scopesFile(), default: 'records' } }))
        await page.goto(`${served.origin}/en/search/?q=${encodeURIComponent('moderately prosperous')}`)
        await page.locator('[data-status]').filter({ hasText: 'Nothing found' }).waitFor()
        expect(await page.locator('select[name="scope"]').inputValue()).toBe('records')
        const hint = page.locator('[data-scope-hint]')
        expect(await hint.isVisible()).toBe(true)
        expect(await hint.textContent()).toContain('not the full text of articles')
        await hint.getByRole('button', { name: 'Search the full text' }).click()
        await page.locator('[data-results] li h2 a[href="/en/articles/central-branch-model/"]').waitFor()
        expect(await hint.isVisible()).toBe(false)
        expect(new URL(page.url()).searchParams.get('scope')).toBe('fulltext')
      } finally {
        await page.close()
      }
    })
  })
})
