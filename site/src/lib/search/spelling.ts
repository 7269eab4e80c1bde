/**
 * One typo forgiven in languages written with spaces (English): "libary" finds what "library" finds.
 *
 * Pagefind has no spelling correction: a word it does not hold is replaced by its longest prefix
 * that it does hold, which for "libary" is a letter or two, so the reader gets pages matched on "l".
 * The indexer therefore writes the words of each such language (`wordsFile`, most frequent first)
 * and the search page checks a query's words against them before trusting Pagefind's answer:
 *
 * - a word the site uses, or begins (a reader still typing), is searched as typed;
 * - otherwise the most frequent word one edit away (a letter added, dropped, changed, or two
 *   swapped) is searched instead, and the page says so;
 * - otherwise a word that shares a long beginning with one of the site ("volunteering" and
 *   "volunteers": Pagefind's stems meet) is searched as typed;
 * - otherwise the page says that nothing matches exactly instead of showing prefix matches.
 */
export const wordsFile = (lang: string) => `/search-words/${lang}.json`
/** The file's size is bounded: the most frequent words are kept (an archive's rare words are mostly names). */
export const MAX_WORDS = 20_000
/** Shorter words are searched as typed (a prefix of many words, or a typo too short to mend). */
export const MIN_CHECKED_LENGTH = 3

const WORD = /[\p{L}\p{M}]+/gu
const LATIN_WORD = /^[\p{Script=Latin}\p{M}]+$/u
/** The words of a text as the spelling list keeps them: lower case, letters only, apostrophes dropped. */
export const wordsOf = (text: string) => (text.toLocaleLowerCase().replace(/['’]/g, '').match(WORD) ?? []).filter((w) => w.length >= 3 && LATIN_WORD.test(w))

/** Build side: counts in how many pages each word occurs. */
export class WordCounter {
  private readonly pages = new Map<string, number>()
  addPage(text: string) {
    for (const word of new Set(wordsOf(text))) this.pages.set(word, (this.pages.get(word) ?? 0) + 1)
  }
  /** Most frequent first (then alphabetical), at most `max`. */
  words(max = MAX_WORDS): string[] {
    return [...this.pages].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, max).map(([w]) => w)
  }
}

export type Checked = { query: string; changed: boolean; unmatched: boolean }

export class Speller {
  private readonly rank = new Map<string, number>()
  private readonly sorted: string[]

  constructor(words: string[]) {
    words.forEach((w, i) => this.rank.has(w) || this.rank.set(w, i))
    this.sorted = [...this.rank.keys()].sort()
  }

  /** Length of the longest beginning the word shares with a word of the site. */
  private sharedPrefix(word: string): number {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.sorted[mid] < word) lo = mid + 1
      else hi = mid
    }
    const common = (other = '') => {
      let n = 0
      while (n < word.length && word[n] === other[n]) n++
      return n
    }
    return Math.max(common(this.sorted[lo]), common(this.sorted[lo - 1]))
  }

  /** Too short to check, or a word the site uses or begins. */
  private known(word: string): boolean {
    return word.length < MIN_CHECKED_LENGTH || !LATIN_WORD.test(word) || this.sharedPrefix(word) === word.length
  }

  /** Near enough to a word of the site that Pagefind's stems meet (its fallback is a long prefix). */
  private near(word: string): boolean {
    return this.sharedPrefix(word) >= Math.max(5, word.length - 3)
  }

  /** The most frequent word of the site one edit away, if any. */
  suggest(word: string): string | undefined {
    let best: string | undefined
    let bestRank = Infinity
    for (const candidate of edits(word)) {
      const r = this.rank.get(candidate)
      if (r !== undefined && r < bestRank) {
        best = candidate
        bestRank = r
      }
    }
    return best
  }

  /** The query with each word the site does not know replaced by its correction, if it has one. */
  check(query: string): Checked {
    let changed = false
    let unmatched = false
    const out = query.replace(/[\p{L}\p{M}'’]+/gu, (typed) => {
      const word = typed.toLocaleLowerCase().replace(/['’]/g, '')
      if (this.known(word)) return typed
      const suggestion = this.suggest(word)
      if (suggestion) {
        changed = true
        return suggestion
      }
      if (!this.near(word)) unmatched = true
      return typed
    })
    return { query: out, changed, unmatched }
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz'
/** Every string one edit from the word (Damerau: insert, delete, replace, swap neighbours). */
function* edits(word: string): Generator<string> {
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail) yield head + tail.slice(1)
    if (tail.length > 1) yield head + tail[1] + tail[0] + tail.slice(2)
    for (const c of ALPHABET) {
      if (tail) yield head + c + tail.slice(1)
      yield head + c + tail
    }
  }
}
