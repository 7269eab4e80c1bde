import { foldQuery } from './fold'
import { Speller, wordsFile, MIN_CHECKED_LENGTH, type Checked } from './spelling'
import { synonyms } from './synonyms'
import { needsSegmentation } from './text'

/**
 * What the search page does to a query before Pagefind sees it: traditional characters folded to
 * simplified (fold.ts, loaded only for a query with Han characters), then variants replaced by the
 * house term (synonyms.ts). The indexer did the same to the pages' index-only text.
 */
export async function prepareQuery(typed: string): Promise<string> {
  return synonyms.rewrite(await foldQuery(typed))
}

const LONG_LATIN_WORD = new RegExp(`\\p{Script=Latin}{${MIN_CHECKED_LENGTH},}`, 'u')
const spellers = new Map<string, Promise<Speller | undefined>>()

/**
 * The spelling check of a query (spelling.ts), with the word list of the page's language fetched
 * the first time a query has a word long enough to check; undefined when there is nothing to
 * check or no list (a language written without spaces, or the file could not be read).
 */
export async function checkSpelling(query: string, lang: string): Promise<Checked | undefined> {
  // Languages written without spaces have no word list (a Latin word in a Chinese query is a name).
  if (needsSegmentation(lang) || !LONG_LATIN_WORD.test(query)) return undefined
  if (!spellers.has(lang)) {
    spellers.set(
      lang,
      fetch(wordsFile(lang))
        .then((r) => (r.ok ? (r.json() as Promise<string[]>) : undefined))
        .then((words) => (words ? new Speller(words) : undefined))
        .catch(() => undefined),
    )
  }
  return (await spellers.get(lang)!)?.check(query)
}
