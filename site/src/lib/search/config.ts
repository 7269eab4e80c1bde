/**
 * What the index and the search page agree on.
 *
 * Pagefind indexes metadata fields as words split on whitespace only: a Chinese title such as
 * 佛学分馆的一个安静下午 becomes one "word", so Pagefind's title boost never fires for a Chinese query.
 * The indexer (src/integrations/pagefindIndex.ts) therefore adds index-only metadata fields to the
 * searchable pages, written as the words the browser cuts a query into (Intl.Segmenter):
 *
 * - `TITLE_FIELD` (Chinese pages): the page title, segmented;
 * - one field per term (`termField(i)`, both languages): the page's keywords, contributor names,
 *   branch/series/journal names, and the multi-word terms of the site vocabulary (every declared
 *   term, plus the domain terms of search/terms.ts) its text contains.
 *
 * A query such as 总分馆 reaches Pagefind as two words, 总 and 分馆, which Pagefind looks up
 * independently (each also as a prefix: 总 finds 总结). A page that merely uses 总 and 分馆
 * somewhere matches too. Pagefind's metadata boost, though, is computed per field and scaled by
 * the square of the share of the query the field covers: only a field holding the whole term
 * (总 分馆) earns the full boost. One field per term keeps 赵思龄 (or Qian Donghao) from being
 * assembled out of two other names (赵思, 陈龄; Zhao Donghao, Qian Yiyuan) on the same page.
 */
export const TITLE_FIELD = 'search_title'
/** One field per term (`search_term_1`, …): Pagefind scores metadata per field, see below. */
export const TERM_FIELD_PREFIX = 'search_term_'
export const MAX_TERM_FIELDS = 24
export const termField = (i: number) => `${TERM_FIELD_PREFIX}${i + 1}`

/**
 * Pagefind ranking options used by the search page (and by the tests that search like it).
 * Pagefind adds, per metadata field, weight × (IDF of the query words the field holds) × (share of
 * the query's IDF it holds)², so a partial match earns little. The segmented title weighs what
 * Pagefind gives `title`; a term field more, since matching a whole declared or found term is the
 * strongest sign that a page is about the query (`npm run bench` compares the ranking with plain
 * Pagefind's on the generated corpus; tests/site/search-relevance.test.ts checks the seed site).
 */
export const SEARCH_RANKING = {
  metaWeights: {
    // Pagefind's default for `title` (works for English titles, split on spaces).
    title: 5,
    [TITLE_FIELD]: 5,
    ...Object.fromEntries(Array.from({ length: MAX_TERM_FIELDS }, (_, i) => [termField(i), 8])),
  } as Record<string, number>,
}

/**
 * Weight of text a page only quotes from others: an issue's contents and editor's note name every
 * article and retell its abstract, so at full weight the issue outranks the articles themselves.
 * Pagefind still finds the issue by them; the indexer takes no index-only terms from them
 * (search/text.ts readPage).
 */
export const QUOTED_WEIGHT = 0.25

/** Everything the search page passes to `pagefind.options()`. */
export const PAGEFIND_OPTIONS = {
  excerptLength: 40,
  ranking: SEARCH_RANKING,
}

/**
 * Results the search page shows at once ("show more" adds as many): each shown result fetches its
 * fragment, so this bounds the bytes of a query (`npm run bench` measures the same number).
 */
export const RESULTS_PER_PAGE = 10

/**
 * Two scopes, two Pagefind bundles of the same pages:
 *
 * - `fulltext` (`/pagefind/`): everything a page shows;
 * - `records` (`/pagefind-records/`): the same pages without the full text of articles (their body
 *   and references, marked `data-search-fulltext`): titles, contributors, keywords, abstracts,
 *   journal and issue, and all of every other page (branches, events, series, pages).
 *
 * Pagefind fetches, for each query word, the index chunk that holds the word, with the position of
 * every occurrence on every page. A word that most articles use (阅读, reading) costs a chunk that
 * grows with the archive: about 160 KB at 10,000 articles. The indexer therefore makes full text
 * the default scope only while every full-text chunk stays within `FULLTEXT_DEFAULT_MAX_CHUNK`
 * (a query of two words then stays near 100 KB); past that, the search page starts in `records`
 * and offers the full text with one click. The choice is written to `SEARCH_SCOPES_FILE`.
 */
export const SEARCH_SCOPES = ['fulltext', 'records'] as const
export type SearchScope = (typeof SEARCH_SCOPES)[number]
export const SCOPE_BUNDLES: Record<SearchScope, string> = { fulltext: '/pagefind/', records: '/pagefind-records/' }
/** The attribute that marks an article's full text (left out of the `records` bundle). */
export const FULLTEXT_ATTRIBUTE = 'data-search-fulltext'
/** Bytes as served (Pagefind writes its chunks gzip-compressed). */
export const FULLTEXT_DEFAULT_MAX_CHUNK = 64 * 1024
/** Written by the indexer next to the bundles: which scope the search page starts in. */
export const SEARCH_SCOPES_FILE = '/pagefind-scopes.json'

export interface SearchScopesFile {
  default: SearchScope
  /** Largest index chunk per scope and Pagefind language, in bytes as served. */
  largestChunk: Record<SearchScope, Record<string, number>>
}

/** Full text while no full-text chunk is over budget, so that no first query is heavy. */
export const defaultScope = (largestFulltextChunk: Record<string, number>): SearchScope =>
  Object.values(largestFulltextChunk).every((bytes) => bytes <= FULLTEXT_DEFAULT_MAX_CHUNK) ? 'fulltext' : 'records'
