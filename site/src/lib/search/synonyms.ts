import raw from '../../../../content/search-synonyms.json'
import { escapeRegExp } from '../escape'

/**
 * Words readers type for what the site calls otherwise (借书证 for 读者证, 少儿馆 for 少年儿童图书馆,
 * "reader's card" for "library card"), used on both sides of the search:
 *
 * - index side (integrations/pagefindIndex.ts): a page whose text holds any term of a group gets
 *   every term of the group in its index-only term fields, so Pagefind finds it under each;
 * - query side (scripts/search.ts): a variant in the query is replaced by the group's first term,
 *   the house term the pages use, so the excerpt highlights what the page says.
 *
 * The list is `content/search-synonyms.json` ([{"terms": [house term, variant, …]}, …]), generated
 * from the termbase's synonyms by `npm run synonyms` (lib/termbase.ts searchSynonymGroups; a test
 * fails when it is stale): edit the termbase, not this file. The search page loads this small list
 * rather than the whole termbase.
 */
export interface SynonymGroup {
  terms: string[]
}

export const SYNONYMS_FILE = 'content/search-synonyms.json'

/** Checks the list's shape; the message names the file and the entry, in both languages. */
export function parseSynonyms(value: unknown, file = SYNONYMS_FILE): SynonymGroup[] {
  const fail = (where: string, zh: string, en: string): never => {
    throw new Error(`${file}${where}: ${zh} / ${en}`)
  }
  if (!Array.isArray(value)) fail('', '应为同义词组的数组', 'must be an array of synonym groups')
  return (value as unknown[]).map((group, i) => {
    const terms = (group as SynonymGroup | null)?.terms
    if (!Array.isArray(terms) || terms.length < 2) return fail(` [${i}].terms`, '每组至少需要两个词', 'each group needs at least two terms')
    terms.forEach((term, j) => {
      if (typeof term !== 'string' || !term.trim()) fail(` [${i}].terms[${j}]`, '词不能为空', 'a term must be a non-empty string')
    })
    return { terms: terms.map((t: string) => t.trim()) }
  })
}

const HAN = /\p{Script=Han}/u
/**
 * A term as the index's phrases are written (search/text.ts splitPhrases): lower case, without
 * apostrophes (children’s → childrens), one kind of dash, single spaces.
 */
const normal = (s: string) => s.toLocaleLowerCase().replace(/['’‘`]/g, '').replace(/[–—-]/g, '-').replace(/\s+/g, ' ').trim()

export class Synonyms {
  /** One pattern for every term, longest first, so a house term is never rewritten from inside. */
  private readonly pattern: RegExp
  private readonly houseOf = new Map<string, string>()
  private readonly groupOf = new Map<string, SynonymGroup>()

  constructor(readonly groups: SynonymGroup[]) {
    for (const g of groups) {
      for (const t of g.terms) {
        this.groupOf.set(normal(t), g)
        this.houseOf.set(normal(t), g.terms[0])
      }
    }
    // Chinese terms match wherever they stand (no spaces between words: 办借书证); others only as
    // whole words (ebook, not inside "ebooks").
    const alternatives = [...this.houseOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((t) => (HAN.test(t) ? escapeRegExp(t) : `(?<![\\p{L}\\p{N}])${escapeRegExp(t)}(?![\\p{L}\\p{N}])`))
    this.pattern = new RegExp(alternatives.join('|') || '(?!)', 'gu')
  }

  /** Every term of the list (for the index's vocabulary: they are then found in page text). */
  get terms(): string[] {
    return this.groups.flatMap((g) => g.terms)
  }

  /** Index side: the terms to add for the terms found on a page (all terms of their groups). */
  expand(found: Iterable<string>): string[] {
    const out = new Set<string>()
    for (const term of found) for (const t of this.groupOf.get(normal(term))?.terms ?? []) out.add(t)
    return [...out]
  }

  /** Query side: each variant in the query replaced by its house term (办借书证 → 读者证). */
  rewrite(query: string): string {
    let changed = false
    const out = normal(query).replace(this.pattern, (term) => {
      const house = this.houseOf.get(term)!
      if (normal(house) !== term) changed = true
      return house
    })
    return changed ? out : query
  }
}


/** The site's synonym list. */
export const synonyms = new Synonyms(parseSynonyms(raw))
