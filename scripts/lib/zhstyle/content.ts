import fs from 'node:fs'
import path from 'node:path'
import { EXCEPTIONS_FILE, readExceptions, unusedExceptions, withoutExceptions } from './exceptions'
import { lintZh, type ZhFinding } from './index'

/**
 * The Chinese house style over a content/ folder: the Chinese side of every JSON field (`en`,
 * slugs and reference data left out) and each paragraph of the `.zh.md` files, named by file and
 * field (or paragraph). Journal titles from `journals/` must stand in 《》 in running text.
 * Passages listed in `zhstyle-exceptions.json` (a cited work's own title) are left alone.
 */
// 城市图书馆 is also the common noun "city library(ies)": as a pattern it cannot be told apart
// from the journal's title, so only titles that are not common nouns are checked in running text.
const COMMON_NOUNS = new Set(['城市图书馆'])
// Fields that hold data, not running text (a reference's journal is cited as such).
const DATA_FIELDS = new Set(['slug', 'en', 'container', 'url', 'doi'])
// The termbase writes 中心馆——总分馆 with a double dash, so content has no connecting-dash names.
const CONNECTORS: string[] = []

export function lintContent(root: string): ZhFinding[] {
  const journalDir = path.join(root, 'journals')
  const journals = fs.existsSync(journalDir)
    ? fs.readdirSync(journalDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(journalDir, f), 'utf8')).title?.zh as unknown)
    : []
  const options = { publications: journals.filter((t): t is string => typeof t === 'string' && !COMMON_NOUNS.has(t)), connectors: CONNECTORS }

  const exceptions = readExceptions(path.join(root, EXCEPTIONS_FILE))
  const used = new Set<(typeof exceptions)[number]>()
  const findings: ZhFinding[] = []
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') {
      // A journal's own title field is its name; Markdown footnote marks ([^1]) are not brackets.
      const own = /^journals\/[^.]+\.json\.title/.test(where) ? { ...options, publications: [] } : options
      const text = value.replace(/^\[\^[\w-]+\]:\s*/gm, '').replace(/\[\^[\w-]+\]/g, '')
      findings.push(...withoutExceptions(lintZh(text, where, own), text, where, exceptions, used))
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`))
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!DATA_FIELDS.has(k)) walk(v, `${where}.${k}`)
  }
  for (const dir of fs.readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of fs.readdirSync(path.join(root, dir.name)).sort()) {
      const file = path.join(root, dir.name, name)
      if (name.endsWith('.json')) walk(JSON.parse(fs.readFileSync(file, 'utf8')), `${dir.name}/${name}`)
      else if (name.endsWith('.zh.md')) fs.readFileSync(file, 'utf8').split(/\n\s*\n/).forEach((para, i) => walk(para, `${dir.name}/${name} ¶${i + 1}`))
    }
  }
  return [...findings, ...unusedExceptions(exceptions, used)]
}
