/**
 * Traditional Chinese characters folded to simplified, on both sides of the search: in the
 * index-only text the indexer writes (integrations/pagefindIndex.ts) and in the query the search
 * page sends (scripts/search.ts). A reader who types 圖書館 then finds what 图书馆 finds.
 *
 * The converter is OpenCC's t→cn (opencc-js, phrase-aware: 頭髮 → 头发, not 头发/头發), about
 * 50 KB gzipped: the search page loads it only when a query holds Han characters, so an English
 * query, or the page itself, never pays for it.
 */
export type Fold = (text: string) => string

const HAN = /\p{Script=Han}/u
/** Whether the text holds a Han character (the only case folding can change anything). */
export const hasHan = (text: string) => HAN.test(text)

type OpenCC = typeof import('opencc-js/t2cn')

/** The t→cn fold made with OpenCC's module (imported statically by the indexer, lazily here). */
export function foldWith(opencc: Pick<OpenCC, 'Converter'>): Fold {
  const convert = opencc.Converter({ from: 't', to: 'cn' })
  return (text: string) => (hasHan(text) ? convert(text) : text)
}

let loading: Promise<Fold> | undefined
/** The t→cn converter, loaded once (a separate chunk in the browser bundle). */
export function loadFold(): Promise<Fold> {
  loading ??= import('opencc-js/t2cn').then(foldWith)
  return loading
}

/** Folds a query if it needs it; the converter is only loaded for a query with Han characters. */
export async function foldQuery(query: string): Promise<string> {
  return hasHan(query) ? (await loadFold())(query) : query
}
