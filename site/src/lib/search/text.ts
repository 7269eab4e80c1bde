import { escapeMarkup } from '../escape'
import type { Fold } from './fold'
import { synonyms as siteSynonyms, type Synonyms } from './synonyms'
import { DOMAIN_TERMS_ZH } from './terms'

/**
 * Build-time text work for the search index (used by src/integrations/pagefindIndex.ts): reads
 * what Pagefind will index from a built page, finds the terms it contains, and writes them as
 * index-only metadata in the words the browser will cut a query into.
 *
 * Why: Pagefind (extended) segments Chinese text with ICU4X and the browser segments a query with
 * Intl.Segmenter (ICU); both cut unknown words into single characters (快闪 → 快|闪) and Pagefind
 * then matches each piece on its own, anywhere on the page, also as a word prefix (快 → 快乐).
 * Nothing in Pagefind's ranking rewards the pieces standing together, so pages that contain the
 * term are not preferred to pages that merely share its characters. The metadata written here is
 * that missing signal (see search/config.ts).
 */

export interface PageText {
  /** `<html lang>`, lower case (`zh-cn`, `en`). */
  lang: string
  /** Whether the page has a `data-pagefind-body` element (only those pages are searched). */
  searchable: boolean
  /** Text of the first `<h1>` inside the searchable body. */
  title: string
  /**
   * Searchable text (inside `data-pagefind-body`, outside `data-pagefind-ignore`), blocks on separate
   * lines, without what the page only quotes (`data-pagefind-weight` below 1: an issue's contents
   * and editor's note), whose terms belong to the pages quoted.
   */
  text: string
  /**
   * Terms the page declares about itself: texts of weighted elements (keywords, contributor names),
   * the journal, branch and series filters, and `data-search-terms` (a JSON array, SearchMeta's `terms`).
   */
  declared: string[]
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td',
  'th', 'tr', 'ul',
])
// Elements Pagefind never indexes (its REMOVE_SELECTORS).
const SKIP = new Set(['head', 'style', 'script', 'noscript', 'label', 'form', 'svg', 'footer', 'nav', 'iframe', 'template'])
const DECLARING_FILTERS = new Set(['journal', 'branch', 'series'])
const TOKEN = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

export function decodeEntities(s: string) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : m
    }
    return ENTITIES[e.toLowerCase()] ?? m
  })
}

function attributes(source: string) {
  const attrs = new Map<string, string>()
  for (const m of source.matchAll(ATTR)) attrs.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''))
  return attrs
}

interface Open {
  name: string
  body: boolean
  ignore: boolean
  skip: boolean
  /** Weighted below 1: indexed by Pagefind, but no source of index-only terms. */
  quoted: boolean
  capture: string[] | null
}

/** Reads a built HTML page the way Pagefind does (body, ignored parts), without a DOM. */
export function readPage(html: string): PageText {
  const lang = (/<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1] ?? '').toLowerCase()
  const stack: Open[] = []
  const text: string[] = []
  const declared: string[] = []
  let searchable = false
  let title: string | null = null
  let titleParts: string[] | null = null
  let last = 0

  const inBody = () => stack.some((o) => o.body)
  const ignored = () => stack.some((o) => o.ignore || o.skip)
  const emit = (chunk: string) => {
    if (!chunk || !inBody() || ignored()) return
    if (!stack.some((o) => o.quoted)) text.push(chunk)
    for (const o of stack) o.capture?.push(chunk)
    titleParts?.push(chunk)
  }

  for (const m of html.matchAll(TOKEN)) {
    emit(decodeEntities(html.slice(last, m.index)))
    last = m.index + m[0].length
    if (!m[2]) continue // comment or doctype
    const name = m[2].toLowerCase()
    if (m[1]) {
      // Closing tag: pop to the matching element (Astro's output is well formed).
      const at = stack.map((o) => o.name).lastIndexOf(name)
      if (at < 0) continue
      for (const o of stack.splice(at)) {
        if (o.capture) declared.push(o.capture.join(''))
      }
      if (name === 'h1' && titleParts) {
        title = titleParts.join('').trim()
        titleParts = null
      }
      if (BLOCK.has(name)) emit('\n')
      continue
    }
    const attrs = attributes(m[3] ?? '')
    if (BLOCK.has(name)) emit('\n')
    const body = attrs.has('data-pagefind-body')
    if (body) searchable = true
    if (inBody() || body) {
      const filter = attrs.get('data-pagefind-filter')
      const colon = filter?.indexOf(':') ?? -1
      if (filter && colon > 0 && DECLARING_FILTERS.has(filter.slice(0, colon).trim())) declared.push(filter.slice(colon + 1))
      const terms = attrs.get('data-search-terms')
      if (terms) {
        try {
          declared.push(...(JSON.parse(terms) as string[]))
        } catch {
          declared.push(terms)
        }
      }
    }
    if (VOID.has(name)) continue
    const weight = Number(attrs.get('data-pagefind-weight'))
    const open: Open = {
      name,
      body,
      ignore: attrs.has('data-pagefind-ignore'),
      skip: SKIP.has(name),
      quoted: weight < 1,
      capture: (inBody() || body) && weight > 1 ? [] : null,
    }
    stack.push(open)
    if (name === 'h1' && title === null && (inBody() || body) && !ignored()) titleParts = []
  }
  emit(decodeEntities(html.slice(last)))

  return {
    lang,
    searchable,
    title: (title ?? '').replace(/\s+/g, ' ').trim(),
    text: text.join('').replace(/[ \t\r\f]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim(),
    declared: declared.map((d) => d.replace(/\s+/g, ' ').trim()).filter(Boolean),
  }
}

/** Languages whose text Pagefind and the browser segment with a dictionary (no spaces between words). */
export const needsSegmentation = (lang: string) => ['zh', 'ja', 'th'].includes(lang.split('-')[0])

const segmenters = new Map<string, Intl.Segmenter>()
function segmenter(lang: string) {
  let s = segmenters.get(lang)
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'word' })))
  return s
}

/**
 * The words a query (or any text) becomes in the browser: Intl.Segmenter's word-like segments,
 * lower-cased, as pagefind.js cuts a query before looking it up.
 */
export function segmentWords(text: string, lang: string): string[] {
  const key = `${lang}\u0000${text}`
  const cached = wordCache.get(key)
  if (cached) return cached
  const words: string[] = []
  for (const s of segmenter(lang).segment(text)) if (s.isWordLike) words.push(s.segment.toLocaleLowerCase())
  if (wordCache.size > 200_000) wordCache.clear()
  wordCache.set(key, words)
  return words
}
const wordCache = new Map<string, string[]>()

const LETTER = /[\p{L}\p{N}]/u
/**
 * Splits a declared text (a keyword list, a name, 中心馆—总分馆) into phrases: at punctuation, and
 * in segmented languages also at spaces; in English a phrase keeps its spaces (reading promotion).
 */
export function splitPhrases(text: string, lang: string): string[] {
  const segmented = needsSegmentation(lang)
  return text
    .replace(/['’]/g, segmented ? ' ' : '')
    .split(segmented ? /[\s\p{P}\p{S}]+/u : /[^\p{L}\p{N}\p{M}\s-]+/u)
    .map((p) => p.replace(/\s+/g, ' ').trim().toLocaleLowerCase())
    .filter((p) => p.length > 1 && LETTER.test(p))
}

/**
 * Terms to look for in page text: the domain vocabulary and every term pages declare.
 * A match must start where a word starts (Intl.Segmenter), so 佛学 is found in 佛学分馆 but not in
 * 仿佛学生 (仿佛|学生); in unsegmented languages it must also end where a word ends. Candidates are
 * looked up by their first two characters (segmented languages) or first word, then prefix-tested.
 */
export class Vocabulary {
  private byPrefix = new Map<string, string[]>()
  readonly terms = new Set<string>()
  private readonly segmented: boolean

  constructor(
    readonly lang: string,
    terms: Iterable<string> = [],
  ) {
    this.segmented = needsSegmentation(lang)
    for (const t of terms) this.add(t)
  }

  add(term: string) {
    for (const phrase of splitPhrases(term, this.lang)) {
      if (this.terms.has(phrase)) continue
      this.terms.add(phrase)
      const key = this.keyOf(phrase)
      const list = this.byPrefix.get(key)
      if (list) list.push(phrase)
      else this.byPrefix.set(key, [phrase])
    }
  }

  private keyOf(phrase: string) {
    return this.segmented ? phrase.slice(0, 2) : /^[\p{L}\p{N}\p{M}]*/u.exec(phrase)![0]
  }

  /**
   * Terms of the vocabulary the text contains as whole words; where several start at the same
   * place, the longest (潘岚志, not also 潘岚 of another contributor; 总分馆制, whose words include 总分馆's).
   */
  find(text: string): Set<string> {
    const found = new Set<string>()
    // Apostrophes go as splitPhrases drops them (children’s → childrens) in unsegmented languages.
    const lower = this.segmented ? text.toLocaleLowerCase() : text.toLocaleLowerCase().replace(/['’]/g, '')
    for (const s of segmenter(this.lang).segment(lower)) {
      if (!s.isWordLike) continue
      const candidates = this.byPrefix.get(this.segmented ? lower.slice(s.index, s.index + 2) : s.segment)
      if (!candidates) continue
      let longest = ''
      for (const term of candidates) {
        if (term.length <= longest.length || !lower.startsWith(term, s.index)) continue
        if (!this.segmented && LETTER.test(lower.charAt(s.index + term.length))) continue
        longest = term
      }
      if (longest) found.add(longest)
    }
    return found
  }
}

/** A site vocabulary per language: Chinese starts with the domain terms (search/terms.ts). */
export function vocabularyFor(lang: string) {
  return new Vocabulary(lang, lang.split('-')[0] === 'zh' ? DOMAIN_TERMS_ZH : [])
}

const HAN = /\p{Script=Han}/u
const synonymVocabularies = new WeakMap<Synonyms, Map<string, Vocabulary>>()
/** The synonym list's terms in the language's script, to find them in a page's text. */
function synonymVocabulary(synonyms: Synonyms, lang: string) {
  let byLang = synonymVocabularies.get(synonyms)
  if (!byLang) synonymVocabularies.set(synonyms, (byLang = new Map()))
  let v = byLang.get(lang)
  if (!v) {
    const zh = lang.split('-')[0] === 'zh'
    byLang.set(lang, (v = new Vocabulary(lang, synonyms.terms.filter((t) => HAN.test(t) === zh))))
  }
  return v
}

/**
 * The index-only metadata of a page: its terms, each as space-separated query words (one entry
 * per term, at most `max`), and in segmented languages its title the same way. Declared terms
 * come first, then the synonyms the page does not use of every listed term it declares or
 * contains (a page saying 读者证 is found under 借书证), then terms found in the text when a query would arrive in more than one
 * word (快闪 → 快 闪, flash mob), as a one-word term needs no help to be found. Everything is
 * folded (`fold`: traditional → simplified), as queries are on the search page.
 */
export function indexOnlyFields(
  page: PageText,
  vocabulary: Vocabulary,
  { max = Infinity, fold = (s: string) => s, synonyms = siteSynonyms }: { max?: number; fold?: Fold; synonyms?: Synonyms } = {},
) {
  const lang = vocabulary.lang
  const terms: string[] = []
  const seen = new Set<string>()
  const keep = (words: string[]) => {
    const value = words.join(' ')
    if (value && !seen.has(value) && terms.length < max) {
      seen.add(value)
      terms.push(value)
    }
  }
  const text = fold(page.text)
  const declared = page.declared.flatMap((d) => splitPhrases(fold(d), lang))
  for (const phrase of declared) keep(segmentWords(phrase, lang))
  const used = new Set([...declared, ...synonymVocabulary(synonyms, lang).find(text)])
  for (const synonym of synonyms.expand(used)) {
    for (const phrase of splitPhrases(fold(synonym), lang)) if (!used.has(phrase)) keep(segmentWords(phrase, lang))
  }
  const found = vocabulary.find(text)
  for (const term of found) {
    const words = segmentWords(term, lang)
    if (words.length > 1) keep(words)
  }
  return { title: needsSegmentation(lang) ? segmentWords(fold(page.title), lang).join(' ') : '', terms }
}

/**
 * Adds `data-pagefind-meta` fields to the HTML handed to Pagefind (never to the file on disk), inside
 * the searchable body. Values hold no commas (Pagefind reads commas as a list of fields).
 */
export function withMeta(html: string, fields: Record<string, string>) {
  const spans = Object.entries(fields)
    .map(([k, v]) => [k, v.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()] as const)
    .filter(([, v]) => v)
    .map(([k, v]) => `<span data-pagefind-meta="${escapeMarkup(`${k}:${v}`)}"></span>`)
    .join('')
  if (!spans) return html
  const block = `<div hidden data-pagefind-ignore>${spans}</div>`
  const at = html.lastIndexOf('</main>')
  const end = at >= 0 ? at : html.lastIndexOf('</body>')
  return end >= 0 ? html.slice(0, end) + block + html.slice(end) : html + block
}
