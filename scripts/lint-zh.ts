import path from 'node:path'
import { describeFindings } from './lib/zhstyle'
import { lintContent } from './lib/zhstyle/content'

/**
 * `npm run lint:zh [content-dir]`: the Chinese house style (scripts/lib/zhstyle) over content/,
 * findings listed by file and field. Exits 1 when there are findings.
 */
const findings = lintContent(path.resolve(process.argv[2] ?? 'content'))
console.log(findings.length ? describeFindings(findings) : 'no findings')
console.log(`${findings.length} findings in ${new Set(findings.map((f) => f.where.split(/[ .[]/)[0])).size} files`)
process.exitCode = findings.length ? 1 : 0
