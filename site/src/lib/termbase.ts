/**
 * The termbase (content/termbase.json): one Chinese and one English name for every named entity
 * and recurring term, the variants not to use, and the synonyms readers type. Validated on load,
 * so a broken edit fails the build and the tests with the entry named. House style: content/STYLE.md.
 *
 * `forbiddenUses` finds forbidden variants (and US spellings) in a text: tests/termbase.test.ts
 * runs it over content/, the site's UI strings and the CMS labels. `searchSynonymGroups` gives
 * search the words that mean the same thing.
 */
import { z } from 'astro/zod'
import raw from '../../../content/termbase.json'
import type { Lang } from './i18n'
import { escapeRegExp } from './escape'

const perLang = z.object({ zh: z.array(z.string().min(1)).optional(), en: z.array(z.string().min(1)).optional() }).strict()

const termSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id: lower-case letters, digits and hyphens'),
    kind: z.enum(['term', 'institution', 'place', 'publication', 'event', 'series', 'service']),
    zh: z.string().min(1),
    en: z.string().min(1),
    /** Other accepted forms, such as a short name in running text (城市生活主题分馆). */
    allowed: perLang.optional(),
    forbidden: perLang.optional(),
    synonyms: perLang.optional(),
    note: z.string().optional(),
  })
  .strict()

const spellingSchema = z.object({ uk: z.string().min(1), us: z.array(z.string().min(1)).min(1), note: z.string().optional() }).strict()

const termbaseSchema = z.object({ $comment: z.string().optional(), terms: z.array(termSchema), spelling: z.array(spellingSchema) }).strict()

export type Term = z.infer<typeof termSchema>
export type Termbase = z.infer<typeof termbaseSchema>

/** Checks a termbase: the schema, unique ids, and no variant that is also a preferred name. */
export function parseTermbase(input: unknown): Termbase {
  const parsed = termbaseSchema.safeParse(input)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`content/termbase.json → ${issue.path.join('.')}: ${issue.message}`)
  }
  const seen = new Set<string>()
  for (const term of parsed.data.terms) {
    if (seen.has(term.id)) throw new Error(`content/termbase.json → terms "${term.id}": the id is used twice`)
    seen.add(term.id)
  }
  for (const lang of ['zh', 'en'] as const) {
    const preferred = new Set(parsed.data.terms.map((t) => fold(t[lang], lang)))
    for (const term of parsed.data.terms) {
      const clash = term.forbidden?.[lang]?.find((v) => preferred.has(fold(v, lang)))
      if (clash) throw new Error(`content/termbase.json → terms "${term.id}" forbidden.${lang}: "${clash}" is a preferred name`)
    }
  }
  return parsed.data
}

let loaded: Termbase | undefined
export const loadTermbase = (): Termbase => (loaded ??= parseTermbase(raw))

/** English is compared without case and with one kind of apostrophe; Chinese as written. */
const fold = (s: string, lang: Lang) => (lang === 'en' ? s.toLowerCase().replace(/[’‘]/g, "'") : s)

/** One forbidden use found in a text. */
export interface TermFinding {
  found: string
  use: string
  termId: string
  /** Where in the text it starts. */
  at: number
}

/** English variants match whole words only ("program" not inside "programme"). */
const pattern = (variant: string, lang: Lang) => {
  const body = escapeRegExp(fold(variant, lang))
  return new RegExp(lang === 'en' ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : body, 'gu')
}

/**
 * Forbidden variants and US spellings in `text` (written in `lang`). A variant inside a preferred
 * name (生活主题分馆 in 城市生活主题分馆) is not a finding: those names are set aside first.
 */
export function forbiddenUses(text: string, lang: Lang, termbase = loadTermbase()): TermFinding[] {
  const folded = fold(text, lang)
  const preferred = termbase.terms.flatMap((t) => [t[lang], ...(t.allowed?.[lang] ?? [])]).map((name) => fold(name, lang))
  const find = (variant: string, use: string, termId: string): TermFinding[] => {
    const v = fold(variant, lang)
    let masked = folded
    for (const name of preferred.filter((p) => p.includes(v))) masked = masked.split(name).join('\u0000'.repeat(name.length))
    return [...masked.matchAll(pattern(variant, lang))].map((m) => ({ found: text.slice(m.index, m.index + m[0].length), use, termId, at: m.index }))
  }
  const findings = termbase.terms.flatMap((term) => (term.forbidden?.[lang] ?? []).flatMap((variant) => find(variant, term[lang], term.id)))
  if (lang === 'en') {
    // A US spelling inside a forbidden name already found ("Citizen Center") is one finding, not two.
    const overlaps = (at: number) => findings.some((f) => f.at <= at && at < f.at + f.found.length)
    for (const rule of termbase.spelling) findings.push(...rule.us.flatMap((us) => find(us, rule.uk, `spelling:${rule.uk}`)).filter((f) => !overlaps(f.at)))
    for (const match of text.matchAll(US_DATE)) findings.push({ found: match[0], use: 'day month year (23 April 2013)', termId: 'date-format', at: match.index })
  }
  return findings
}

/** "April 23, 2013" or "April 23rd": the house style puts the day first. */
const US_DATE = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:st|nd|rd|th)?(?:, \d{4})?\b/g

/**
 * The search's synonym groups (content/search-synonyms.json is generated from them: `npm run
 * synonyms`), one group per term and language, the house term first: the query side rewrites a
 * variant to it. A synonym the name holds (学习节 in 杭州学习节, "digital library" in "Hangzhou Digital
 * Library") is what pages write, so the shortest such form is the house term, as long as the other
 * forms hold it too (少年儿童图书馆 for 杭州少年儿童图书馆): a reader's short query is then never
 * narrowed, and a variant inside it is never rewritten. A term whose synonyms are all forms of its
 * name gets no group. A word in two groups is refused.
 */
export function searchSynonymGroups(termbase = loadTermbase()): Array<{ terms: string[] }> {
  const owner = new Map<string, string>()
  const groups: Array<{ terms: string[] }> = []
  for (const term of termbase.terms) {
    for (const lang of ['zh', 'en'] as const) {
      const terms = synonymGroup(term, lang)
      if (terms.length < 2) continue
      for (const word of terms) {
        const other = owner.get(searchKey(word, lang))
        if (other && other !== term.id) throw new Error(`content/termbase.json → terms "${term.id}" synonyms.${lang}: "${word}" is also a name or synonym of "${other}"`)
        owner.set(searchKey(word, lang), term.id)
      }
      groups.push({ terms })
    }
  }
  return groups
}

/** Search compares words without case, apostrophes or dashes (reader’s card = readers card). */
const searchKey = (word: string, lang: Lang) => fold(word, lang).replace(/'/g, '').replace(/[–—-]/g, ' ')

function synonymGroup(term: Term, lang: Lang): string[] {
  const name = term[lang]
  const forbidden = new Set((term.forbidden?.[lang] ?? []).map((w) => searchKey(w, lang)))
  const synonyms = term.synonyms?.[lang] ?? []
  const inName = (word: string) => searchKey(name, lang).includes(searchKey(word, lang))
  // Only forms of the name (学习节, "flash mob"): pages already hold them, a group would only add
  // the name's other words to every page that uses one of them.
  if (synonyms.every(inName)) return []
  const forms = [name, ...(term.allowed?.[lang] ?? []), ...synonyms.filter((w) => inName(w) && !forbidden.has(searchKey(w, lang)))]
  const shortest = forms.reduce((a, b) => (searchKey(b, lang).length < searchKey(a, lang).length ? b : a))
  const nested = forms.every((form) => searchKey(form, lang).includes(searchKey(shortest, lang)))
  const ordered = nested ? [shortest, ...forms, ...synonyms] : [name, ...synonyms.filter((w) => !inName(w))]
  const seen = new Set<string>()
  return ordered.filter((w) => !seen.has(searchKey(w, lang)) && seen.add(searchKey(w, lang)))
}

/** content/search-synonyms.json as `npm run synonyms` writes it. */
export const searchSynonymsJson = (termbase = loadTermbase()) => `${JSON.stringify(searchSynonymGroups(termbase), null, 2)}\n`
