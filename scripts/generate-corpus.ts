/**
 * Generates a static site of N bilingual journal articles shaped like the site's article pages and
 * indexes it the way the site build does (site/src/integrations/pagefindIndex.ts).
 *
 *   npx tsx scripts/generate-corpus.ts [--count 10000] [--seed 2013] [--out .build/corpus] [--no-index]
 *
 * `npm run bench` calls the same code; this script is for looking at the corpus by hand
 * (e.g. serve the folder and open /zh/articles/a00001/).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { indexSite } from '../site/src/integrations/pagefindIndex'
import { generateCorpus } from './lib/corpus'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '2013' },
    out: { type: 'string', default: path.resolve(import.meta.dirname, '../.build/corpus') },
    'no-index': { type: 'boolean', default: false },
  },
})

const count = Number(values.count)
const seed = Number(values.seed)
if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive integer, not ${values.count}`)

let started = performance.now()
const corpus = generateCorpus({ count, seed, outDir: values.out })
console.log(`${corpus.pages} pages (${count} articles × zh + en, ${(corpus.bytes / 1e6).toFixed(1)} MB of HTML) in ${values.out}, ${Math.round(performance.now() - started)} ms`)

if (!values['no-index']) {
  started = performance.now()
  const report = await indexSite(values.out)
  console.log(
    `Pagefind: ${report.pages} pages (${Object.entries(report.languages).map(([l, n]) => `${l} ${n}`).join(', ')}), index-only terms on ${report.withTerms} pages, ` +
      `both scopes in ${report.ms} ms; the search page starts in “${report.scopes.default}”`,
  )
}
