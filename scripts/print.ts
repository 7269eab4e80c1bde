/**
 * npm run print [-- --issue <slug> …] [--snapshot DIR]: print-ready PDFs of the snapshot's journal
 * issues into <snapshot>/print/ (see scripts/lib/print-pdf.ts). Run after `npm run export` or
 * `npm run snapshot:content`, before `npm run build:site`, which links them from the issue pages.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { snapshotDir } from '../cms/src/lib/paths'
import { printIssues } from './lib/print-pdf'

const { values } = parseArgs({ options: { issue: { type: 'string', multiple: true }, snapshot: { type: 'string' } } })
const snapshot = path.resolve(values.snapshot ?? snapshotDir())
const started = performance.now()
try {
  const printed = await printIssues(snapshot, { issues: values.issue })
  for (const p of printed) {
    console.log(`${path.relative(process.cwd(), p.file)}: ${p.pages} pages; ${p.articles.map((a) => `${a.slug} pp. ${a.pageStart}–${a.pageEnd}`).join(', ')}`)
    for (const warning of p.warnings) console.log(`  warning: ${warning}`)
  }
  console.log(`printed ${printed.length} issue${printed.length === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
} catch (error) {
  console.error(`print export failed: ${(error as Error).message}`)
  process.exit(1)
}
