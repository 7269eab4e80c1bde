/**
 * The search page island: Pagefind's JS API (the index of the page's own language, chosen by
 * Pagefind from <html lang>), filters built from the index, results with type, context,
 * highlighted excerpt and a link to the other language's version.
 */
interface PagefindResultData {
  url: string
  excerpt: string
  meta: Record<string, string>
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
  debouncedSearch: (
    q: string,
    o?: Record<string, unknown>,
    ms?: number,
  ) => Promise<{ results: Array<{ id: string; data: () => Promise<PagefindResultData> }> } | null>
}

const FILTER_ORDER = ['type', 'journal', 'year', 'branch', 'series']
const PAGE_SIZE = 20

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function startSearchPage() {
  const root = document.querySelector<HTMLElement>('[data-search]')
  if (!root) return
  const strings = JSON.parse(root.dataset.strings!)
  const input = root.querySelector<HTMLInputElement>('#search-input')!
  const status = root.querySelector<HTMLElement>('[data-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-results]')!
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!
  const params = new URLSearchParams(location.search)
  input.value = params.get('q') ?? ''

  let pagefind: Pagefind
  try {
    status.textContent = strings.loading
    // Pagefind's bundle is written next to the site after the build; the URL is not a module Vite knows.
    const url = '/pagefind/pagefind.js'
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind
    await pagefind.options({ excerptLength: 40 })
    await pagefind.init()
  } catch {
    status.textContent = strings.failed
    return
  }

  const selects = buildFilters(filterBox, await pagefind.filters(), strings, params)
  const sort = buildSort(filterBox, strings, params)
  filterBox.hidden = false

  const run = async () => {
    const query = input.value.trim()
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]))
    const next = new URLSearchParams()
    if (query) next.set('q', query)
    for (const [k, v] of Object.entries(filters)) next.set(k, v)
    if (sort.value !== 'relevance') next.set('sort', sort.value)
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`)
    if (!query && !Object.keys(filters).length) {
      status.textContent = ''
      list.replaceChildren()
      return
    }
    const search = await pagefind.debouncedSearch(query || null as unknown as string, {
      filters,
      ...(sort.value === 'date' ? { sort: { date: 'desc' } } : {}),
    }, 120)
    if (!search) return // superseded by a newer keystroke
    const data = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()))
    status.textContent = data.length
      ? strings.results.replace('{n}', String(search.results.length)).replace('{q}', query)
      : strings.none.replace('{q}', query)
    list.replaceChildren(...data.map((d) => resultItem(d, strings, root.dataset.otherLangTag!)))
  }

  input.closest('form')!.addEventListener('submit', (event) => {
    event.preventDefault()
    void run()
  })
  input.addEventListener('input', () => void run())
  for (const control of [...selects, sort]) control.addEventListener('change', () => void run())
  if (input.value || selects.some((s) => s.value)) await run()
}

function buildFilters(box: HTMLElement, available: Record<string, Record<string, number>>, strings: Record<string, any>, params: URLSearchParams) {
  return FILTER_ORDER.filter((name) => Object.keys(available[name] ?? {}).length > 1).map((name) => {
    const label = document.createElement('label')
    const caption = document.createElement('span')
    caption.textContent = strings.filterNames[name]
    const select = document.createElement('select')
    select.name = name
    select.append(new Option(strings.any, ''))
    for (const value of Object.keys(available[name]).sort()) select.append(new Option(`${value} (${available[name][value]})`, value))
    select.value = params.get(name) ?? ''
    label.append(caption, select)
    box.append(label)
    return select
  })
}

function buildSort(box: HTMLElement, strings: Record<string, any>, params: URLSearchParams) {
  const label = document.createElement('label')
  const caption = document.createElement('span')
  caption.textContent = `${strings.sort.relevance} / ${strings.sort.date}`
  const select = document.createElement('select')
  select.name = 'sort'
  select.append(new Option(strings.sort.relevance, 'relevance'), new Option(strings.sort.date, 'date'))
  select.value = params.get('sort') === 'date' ? 'date' : 'relevance'
  label.append(caption, select)
  box.append(label)
  return select
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
