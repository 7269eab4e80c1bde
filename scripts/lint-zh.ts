import fs from 'node:fs'
import path from 'node:path'
import { describeFindings, lintZh, type ZhFinding } from './lib/zhstyle'

/**
 * `npm run lint:zh [content-dir]`: the Chinese house style (scripts/lib/zhstyle) over the Chinese
 * text of content/ (the `zh` side of every JSON field, and each paragraph of the `.zh.md` files),
 * listing findings by file and field. Exits 1 when there are findings.
 */
const root = path.resolve(process.argv[2] ?? 'content')
const journals = fs.existsSync(path.join(root, 'journals'))
  ? fs.readdirSync(path.join(root, 'journals')).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(root, 'journals', f), 'utf8')).title?.zh as string | undefined)
  : []
// 城市图书馆 is also the common noun "city library(ies)": as a pattern it cannot be told apart
// from the journal's title, so only titles that are not common nouns are checked in running text.
const COMMON_NOUNS = new Set(['城市图书馆'])
const options = { publications: journals.filter((t): t is string => Boolean(t) && !COMMON_NOUNS.has(t!)), connectors: ['中心馆—总分馆'] }
// Fields that hold a title as data, not running text (a reference's journal, cited as such).
const DATA_FIELDS = new Set(['slug', 'en', 'container', 'url', 'doi'])

const findings: ZhFinding[] = []
const walk = (value: unknown, where: string) => {
  // A journal's own title field is its name, not running text; Markdown footnote marks ([^1]) are
  // not brackets in the text.
  const own = /^journals\/[^.]+\.json\.title/.test(where) ? { ...options, publications: [] } : options
  if (typeof value === 'string') findings.push(...lintZh(value.replace(/^\[\^[\w-]+\]:\s*/gm, '').replace(/\[\^[\w-]+\]/g, ''), where, own))
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`))
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!DATA_FIELDS.has(k)) walk(v, `${where}.${k}`)
}
for (const dir of fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const name of fs.readdirSync(path.join(root, dir.name)).sort()) {
    const file = path.join(root, dir.name, name)
    if (name.endsWith('.json')) walk(JSON.parse(fs.readFileSync(file, 'utf8')), `${dir.name}/${name}`)
    else if (name.endsWith('.zh.md')) fs.readFileSync(file, 'utf8').split(/\n\s*\n/).forEach((para, i) => walk(para, `${dir.name}/${name} ¶${i + 1}`))
  }
}
console.log(findings.length ? describeFindings(findings) : 'no findings')
console.log(`${findings.length} findings in ${new Set(findings.map((f) => f.where.split(/[ .[]/)[0])).size} files`)
process.exitCode = findings.length ? 1 : 0
