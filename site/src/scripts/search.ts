import {
  PAGEFIND_OPTIONS,
  RESULTS_PER_PAGE,
  SCOPE_BUNDLES,
  SEARCH_SCOPES,
  SEARCH_SCOPES_FILE,
  type SearchScope,
  type SearchScopesFile,
} from '../lib/search/config'
import { checkSpelling, prepareQuery } from '../lib/search/query'

/**
 * The search page island: Pagefind's JS API (the index of the page's own language, chosen by
 * Pagefind from <html lang>), filters, results in batches with type, context,
 * highlighted excerpt and a link to the other language's version. Ranking options (weights of
 * the index-only title and term fields) come from lib/search/config.ts, shared with the indexer.
 *
 * Before Pagefind sees a query it is forgiven (lib/search/query.ts): traditional characters folded,
 * synonyms replaced by the site's term, and in English one typo mended, which the status says.
 *
 * Two scopes, two bundles (full text, or titles, contributors, keywords and abstracts): the page
 * starts in the one the indexer chose for the site's size (SEARCH_SCOPES_FILE) and loads the other
 * only when the reader asks for it.
 */
interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string>
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  debouncedSearch: (
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ) => Promise<{ results: Result[] } | null>
}

type Result = { id: string; data: () => Promise<PagefindResultData> }

/** The UI text the page renders for the script (search/index.astro); `results` per plural category. */
interface SearchStrings {
  results: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }
  none: string
  noExact: string
  otherLanguage: string
  loading: string
  failed: string
  more: string
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function startSearchPage() {
  const root = document.querySelector<HTMLElement>('[data-search]')
  if (!root) return
  const strings = JSON.parse(root.dataset.strings!) as SearchStrings
  const plural = new Intl.PluralRules(document.documentElement.lang)
  const resultsFor = (n: number, q: string) => (strings.results[plural.select(n)] ?? strings.results.other).replace('{n}', String(n)).replace('{q}', q)
  const indexLang = document.documentElement.lang.toLowerCase()
  const input = root.querySelector<HTMLInputElement>('#search-input')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!
  // The menus are rendered at build time (lib/search/filters.ts): no filter index to download first.
  const selects = [...filterBox.querySelectorAll<HTMLSelectElement>('select')]
  const sort = selects.find((s) => s.name === 'sort')!
  const scope = selects.find((s) => s.name === 'scope')!
  const filterSelects = selects.filter((s) => s !== sort && s !== scope)
  const scopeHint = root.querySelector<HTMLElement>('[data-scope-hint]')!
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  for (const select of selects) select.value = params.get(select.name) ?? select.options[0].value

  status.textContent = strings.loading
  const defaultScope = await startingScope()
  if (!SEARCH_SCOPES.includes(params.get('scope') as SearchScope)) scope.value = defaultScope
  const bundles = new Map<SearchScope, Promise<Pagefind>>()
  const bundle = (name: SearchScope) => {
    if (!bundles.has(name)) bundles.set(name, loadPagefind(name))
    return bundles.get(name)!
  }
  try {
    await bundle(scope.value as SearchScope)
  } catch {
    status.textContent = strings.failed
    return
  }
  status.textContent = ''
  filterBox.hidden = false

  let results: Result[] = []
  let shown = 0
  const showMore = async () => {
    const batch = await Promise.all(results.slice(shown, shown + RESULTS_PER_PAGE).map((r) => r.data()))
    list.append(...batch.map((d) => resultItem(d, strings, root.dataset.otherLangTag!)))
    shown += batch.length
    more.hidden = shown >= results.length
  }

  let latest = 0
  const run = async () => {
    const ticket = ++latest
    const query = input.value.trim()
    const filters = Object.fromEntries(filterSelects.filter((s) => s.value).map((s) => [s.name, s.value]))
    const next = new URLSearchParams()
    if (query) next.set('q', query)
    for (const [k, v] of Object.entries(filters)) next.set(k, v)
    if (sort.value !== 'relevance') next.set('sort', sort.value)
    if (scope.value !== defaultScope) next.set('scope', scope.value)
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`)
    if (!query && !Object.keys(filters).length) {
      status.textContent = ''
      list.replaceChildren()
      more.hidden = true
      scopeHint.hidden = true
      return
    }
    let pagefind: Pagefind
    let searched = query
    let spelling: Awaited<ReturnType<typeof checkSpelling>>
    try {
      pagefind = await bundle(scope.value as SearchScope)
      searched = query && (await prepareQuery(query))
      spelling = searched ? await checkSpelling(searched, indexLang) : undefined
    } catch {
      status.textContent = strings.failed
      return
    }
    if (ticket !== latest) return
    if (spelling?.unmatched && !spelling.changed) {
      // Pagefind would answer with pages matching the word's first letter or two.
      list.replaceChildren()
      more.hidden = true
      status.textContent = strings.noExact.replace('{q}', query)
      return
    }
    if (spelling?.changed) searched = spelling.query
    const search = await pagefind.debouncedSearch(
      searched || (null as unknown as string), // null: everything, narrowed by the filters
      { filters, ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) },
      120,
    )
    // Superseded by a newer keystroke (null), or by a run in the other scope.
    if (!search || ticket !== latest) return
    results = search.results
    shown = 0
    list.replaceChildren()
    await showMore()
    const shownQuery = spelling?.changed ? searched : query
    const count = results.length ? resultsFor(results.length, shownQuery) : strings.none.replace('{q}', shownQuery)
    status.textContent = spelling?.changed ? `${strings.noExact.replace('{q}', query)} ${count}` : count
    scopeHint.hidden = scope.value !== 'records'
  }

  input.closest('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  input.addEventListener('input', () => void run())
  for (const select of selects) select.addEventListener('change', () => void run())
  more.addEventListener('click', () => void showMore())
  scopeHint.querySelector('button')!.addEventListener('click', () => {
    scope.value = 'fulltext'
    void run()
  })
  if (input.value || filterSelects.some((s) => s.value)) await run()
}

/** The scope the indexer chose for this site; full text if its note cannot be read. */
async function startingScope(): Promise<SearchScope> {
  try {
    const response = await fetch(SEARCH_SCOPES_FILE)
    const file = (await response.json()) as SearchScopesFile
    return SEARCH_SCOPES.includes(file.default) ? file.default : 'fulltext'
  } catch {
    return 'fulltext'
  }
}

async function loadPagefind(scope: SearchScope): Promise<Pagefind> {
  // Pagefind's bundles are written next to the site after the build: not modules Vite knows.
  const url = `${SCOPE_BUNDLES[scope]}pagefind.js`
  const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
  await pagefind.options(PAGEFIND_OPTIONS)
  await pagefind.init()
  return pagefind
}

function resultItem(data: PagefindResultData, strings: SearchStrings, otherLangTag: string) {
  const li = document.createElement('li')
  li.className = 'search-result'
  const meta = data.meta
  li.innerHTML = `
    <p class="result-type">${escapeHtml(meta.type ?? '')}</p>
    <h2><a href="${escapeHtml(data.url)}">${escapeHtml(meta.title ?? data.url)}</a></h2>
    ${meta.context ? `<p class="meta">${escapeHtml(meta.context)}</p>` : ''}
    <p class="excerpt">${data.excerpt}</p>
    ${meta.other ? `<p class="other-lang"><a href="${escapeHtml(meta.other)}" hreflang="${otherLangTag}">${escapeHtml(strings.otherLanguage)}</a></p>` : ''}`
  return li
}
