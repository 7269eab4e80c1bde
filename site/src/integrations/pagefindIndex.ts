import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import { buildsEverything } from '../lib/only'
import * as pagefind from 'pagefind'
import {
  defaultScope,
  FULLTEXT_ATTRIBUTE,
  MAX_TERM_FIELDS,
  SCOPE_BUNDLES,
  SEARCH_SCOPES,
  SEARCH_SCOPES_FILE,
  termField,
  TITLE_FIELD,
  type SearchScope,
  type SearchScopesFile,
} from '../lib/search/config'
import * as opencc from 'opencc-js/t2cn'
import { foldWith } from '../lib/search/fold'
import { WordCounter, wordsFile } from '../lib/search/spelling'
import { indexOnlyFields, needsSegmentation, readPage, vocabularyFor, type PageText, type Vocabulary, withMeta } from '../lib/search/text'

export interface IndexReport {
  /** Pages handed to Pagefind (those with `data-pagefind-body`). */
  pages: number
  /** Pages that received index-only metadata (terms; title in segmented languages). */
  withTerms: number
  /** Pages with full text (`data-search-fulltext`) that the `records` bundle leaves out. */
  withFulltext: number
  /** Size of the vocabulary per `<html lang>` (domain terms plus the terms pages declare). */
  vocabulary: Record<string, number>
  /** Wall time of the whole run: reading, indexing, writing both bundles. */
  ms: number
  /** Words written for the search page's spelling check, per `<html lang>` written with spaces (lib/search/spelling.ts). */
  spellingWords: Record<string, number>
  /** Pagefind's own languages (`zh-cn`, `en`) with their page counts. */
  languages: Record<string, number>
  /** The scope the search page starts in, and the largest index chunk per scope and language. */
  scopes: SearchScopesFile
}

function htmlFiles(dir: string, skip: Set<string>): string[] {
  const out: string[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (!skip.has(full)) out.push(...htmlFiles(full, skip))
    } else if (entry.name.endsWith('.html')) out.push(full)
  }
  return out
}

/** URL Pagefind would give the file (`zh/articles/x/index.html` → `/zh/articles/x/`). */
const urlOf = (site: string, file: string) => `/${path.relative(site, file).split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1')

/**
 * Indexes a built site with Pagefind (one index per `<html lang>`) into two bundles, one per search
 * scope (lib/search/config.ts): `<site>/pagefind` (full text) and `<site>/pagefind-records` (without
 * the articles' full text), and writes which scope the search page starts in.
 *
 * Pages are read here and handed to Pagefind with `addHTMLFile`, so that they can carry index-only
 * metadata: their terms (and, in Chinese, their title) written as the words a browser query is cut
 * into (see lib/search/text.ts, lib/search/config.ts). The files on disk, and so the pages and their
 * excerpts, are unchanged.
 */
export async function indexSite(site: string, options: { concurrency?: number } = {}): Promise<IndexReport> {
  const started = performance.now()
  const bundleDirs = Object.fromEntries(SEARCH_SCOPES.map((scope) => [scope, path.join(site, ...SCOPE_BUNDLES[scope].split('/').filter(Boolean))])) as Record<SearchScope, string>
  const files = htmlFiles(site, new Set(Object.values(bundleDirs)))
  // Index-only text is folded to simplified characters, as the search page folds queries. (Imported
  // statically: the build's module runner is closed by the time this hook runs.)
  const fold = foldWith(opencc)

  // Pass 1: which pages are searched, and a vocabulary per language: every term pages declare
  // (keywords, names, journal/branch/series) and, for Chinese, the domain terms.
  const vocabularies = new Map<string, Vocabulary>()
  const vocabulary = (lang: string) => {
    let v = vocabularies.get(lang)
    if (!v) vocabularies.set(lang, (v = vocabularyFor(lang)))
    return v
  }
  // The pages read here are kept for pass 2 (their fields need the whole vocabulary first).
  const pages: Array<{ file: string; page?: PageText; searchable: boolean }> = []
  // And, for languages written with spaces, the words their pages use (the spelling check's list).
  const counters = new Map<string, WordCounter>()
  for (const file of files) {
    const html = fs.readFileSync(file, 'utf8')
    const searchable = html.includes('data-pagefind-body')
    const page = searchable ? readPage(html) : undefined
    if (page?.lang) for (const term of page.declared) vocabulary(page.lang).add(term)
    if (page?.lang && !needsSegmentation(page.lang)) {
      if (!counters.has(page.lang)) counters.set(page.lang, new WordCounter())
      counters.get(page.lang)!.addPage(`${page.text}\n${page.declared.join('\n')}`)
    }
    pages.push({ file, page, searchable })
  }
  // Pagefind indexes only pages with data-pagefind-body once one page has it; without any, all pages.
  const anyBody = pages.some((p) => p.searchable)
  const indexed = pages.filter((p) => !anyBody || p.searchable)

  const indexes = {} as Record<SearchScope, pagefind.PagefindIndex>
  try {
    for (const scope of SEARCH_SCOPES) {
      const { index, errors } = await pagefind.createIndex({})
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
      indexes[scope] = index
    }
    let withTerms = 0
    let withFulltext = 0
    const add = async ({ file, page }: { file: string; page?: PageText }) => {
      let html = fs.readFileSync(file, 'utf8')
      if (page?.lang) {
        const fields = indexOnlyFields(page, vocabulary(page.lang), { max: MAX_TERM_FIELDS, fold })
        html = withMeta(html, { [TITLE_FIELD]: fields.title, ...Object.fromEntries(fields.terms.map((t, i) => [termField(i), t])) })
        if (fields.terms.length || fields.title) withTerms++
      }
      const records = withoutFulltext(html)
      if (records !== html) withFulltext++
      const url = urlOf(site, file)
      for (const [scope, content] of [['fulltext', html], ['records', records]] as const) {
        const added = await indexes[scope].addHTMLFile({ url, content })
        if (added.errors.length) throw new Error(`Pagefind could not index ${file} (${scope}): ${added.errors.join('; ')}`)
      }
    }
    const concurrency = options.concurrency ?? 16
    for (let i = 0; i < indexed.length; i += concurrency) await Promise.all(indexed.slice(i, i + concurrency).map(add))

    for (const scope of SEARCH_SCOPES) {
      fs.rmSync(bundleDirs[scope], { recursive: true, force: true })
      const written = await indexes[scope].writeFiles({ outputPath: bundleDirs[scope] })
      if (written.errors.length) throw new Error(`Pagefind could not write its ${scope} bundle: ${written.errors.join('; ')}`)
    }
    const spellingWords: Record<string, number> = {}
    for (const [lang, counter] of counters) {
      const words = counter.words()
      const file = path.join(site, ...wordsFile(lang).split('/').filter(Boolean))
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify(words))
      spellingWords[lang] = words.length
    }
    const largestChunk = Object.fromEntries(SEARCH_SCOPES.map((scope) => [scope, largestChunks(bundleDirs[scope])])) as SearchScopesFile['largestChunk']
    const scopes: SearchScopesFile = { default: defaultScope(largestChunk.fulltext), largestChunk }
    fs.writeFileSync(path.join(site, SEARCH_SCOPES_FILE), `${JSON.stringify(scopes, null, 2)}\n`)

    const entry = JSON.parse(fs.readFileSync(path.join(bundleDirs.fulltext, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>
    }
    return {
      pages: indexed.length,
      withTerms,
      withFulltext,
      vocabulary: Object.fromEntries([...vocabularies].map(([lang, v]) => [lang, v.terms.size])),
      ms: Math.round(performance.now() - started),
      spellingWords,
      languages: Object.fromEntries(Object.entries(entry.languages).map(([k, v]) => [k, v.page_count])),
      scopes,
    }
  } finally {
    await pagefind.close()
  }
}

/** The page as the `records` scope indexes it: Pagefind ignores the marked full text (and anything in it). */
export const withoutFulltext = (html: string) => html.replaceAll(` ${FULLTEXT_ATTRIBUTE}`, ` data-pagefind-ignore="all" ${FULLTEXT_ATTRIBUTE}`)

/** Largest `.pf_index` file per Pagefind language (`en_1a2b3c.pf_index` → `en`), as stored (gzip). */
function largestChunks(bundle: string): Record<string, number> {
  const largest: Record<string, number> = {}
  const dir = path.join(bundle, 'index')
  for (const file of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const lang = file.split('_')[0]
    largest[lang] = Math.max(largest[lang] ?? 0, fs.statSync(path.join(dir, file)).size)
  }
  return largest
}

/**
 * After the build, Pagefind indexes dist/ (one index per <html lang>, so Chinese and English
 * pages are searched apart) into dist/pagefind and dist/pagefind-records.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'hzlib:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (!buildsEverything()) return // one document's preview: nothing to search
        const report = await indexSite(fileURLToPath(dir))
        const languages = Object.entries(report.languages).map(([lang, n]) => `${lang} ${n}`).join(', ')
        const vocabulary = Object.entries(report.vocabulary).map(([lang, n]) => `${lang} ${n}`).join(', ')
        logger.info(
          `indexed ${report.pages} pages (${languages}) in ${report.ms} ms; index-only terms on ${report.withTerms} pages (vocabulary: ${vocabulary}); ` +
            `full text on ${report.withFulltext} pages, search starts in “${report.scopes.default}”`,
        )
      },
    },
  }
}
