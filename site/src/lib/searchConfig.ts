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
 *   term, plus the domain terms of searchTerms.ts) its text contains.
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
