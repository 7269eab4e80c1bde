import { PAGEFIND_OPTIONS, RESULTS_PER_PAGE } from '../lib/searchConfig'

/**
 * The search page island: Pagefind's JS API (the index of the page's own language, chosen by
 * Pagefind from <html lang>), filters, results in batches with type, context,
 * highlighted excerpt and a link to the other language's version. Ranking options (weights of
 * the index-only title and term fields) come from lib/searchConfig.ts, shared with the indexer.
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

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function startSearchPage() {
  const root = document.querySelector<HTMLElement>('[data-search]')
  if (!root) return
  const strings = JSON.parse(root.dataset.strings!)
  const input = root.querySelector<HTMLInputElement>('#search-input')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!
  // The menus are rendered at build time (lib/searchFilters.ts): no filter index to download first.
  const selects = [...filterBox.querySelectorAll<HTMLSelectElement>('select')]
  const sort = selects.find((s) => s.name === 'sort')!
  const filterSelects = selects.filter((s) => s !== sort)
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''
  for (const select of selects) select.value = params.get(select.name) ?? select.options[0].value

  let pagefind: Pagefind
  try {
    status.textContent = strings.loading
    // Pagefind's bundle is written next to the site after the build; the URL is not a module Vite knows.
    const url = '/pagefind/pagefind.js'
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    await pagefind.options(PAGEFIND_OPTIONS)
    await pagefind.init()
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

  const run = async () => {
    const query = input.value.trim()
    const filters = Object.fromEntries(filterSelects.filter((s) => s.value).map((s) => [s.name, s.value]))
    const next = new URLSearchParams()
    if (query) next.set('q', query)
    for (const [k, v] of Object.entries(filters)) next.set(k, v)
    if (sort.value !== 'relevance') next.set('sort', sort.value)
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`)
    if (!query && !Object.keys(filters).length) {
      status.textContent = ''
      list.replaceChildren()
      more.hidden = true
      return
    }
    const search = await pagefind.debouncedSearch(
      query || (null as unknown as string), // null: everything, narrowed by the filters
      { filters, ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}) },
      120,
    )
    if (!search) return // superseded by a newer keystroke
    results = search.results
    shown = 0
    list.replaceChildren()
    await showMore()
    status.textContent = results.length
      ? strings.results.replace('{n}', String(results.length)).replace('{q}', query)
      : strings.none.replace('{q}', query)
  }

  input.closest('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  input.addEventListener('input', () => void run())
  for (const select of selects) select.addEventListener('change', () => void run())
  more.addEventListener('click', () => void showMore())
  if (input.value || filterSelects.some((s) => s.value)) await run()
}

function resultItem(data: PagefindResultData, strings: Record<string, any>, otherLangTag: string) {
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
