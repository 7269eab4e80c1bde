import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { HtmlValidate } from 'html-validate'

/**
 * The two HTML validators the site must satisfy, run on built files: the Nu HTML Checker (the
 * W3C's, Java, from npm vnu-jar) and html-validate (Node, stricter on accessibility and usage).
 * Both answer with a list of `file:line: message` strings, empty when the pages are valid.
 */

// vnu-jar's main export is the path of vnu.jar; Java comes from Debian (scripts/ensure-browser.sh).
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'))

interface VnuMessage {
  type: string
  subType?: string
  url?: string
  lastLine?: number
  message: string
}

/** Errors of the Nu HTML Checker over every .html file under the folders (warnings are not errors). */
export function nuCheckerErrors(...dirs: string[]): string[] {
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...dirs], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (run.error) throw run.error
  // vnu writes its JSON report to stderr and exits 1 when it found errors.
  const report = JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
    .map((m) => `${(m.url ?? '').replace(/^file:/, '')}:${m.lastLine ?? 0}: ${m.message}`)
}

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // An article's <title> is its full title, as published (some run past 100 characters);
    // cutting it to 70 for search-result snippets would misquote the work.
    'long-title': 'off',
  },
})

/** Errors of html-validate (recommended rules) over the files. */
export async function htmlValidateErrors(files: string[]): Promise<string[]> {
  const errors: string[] = []
  for (const file of files) {
    const report = await htmlValidate.validateString(fs.readFileSync(file, 'utf8'), file)
    for (const result of report.results) {
      for (const m of result.messages) errors.push(`${file}:${m.line}: ${m.message} (${m.ruleId})`)
    }
  }
  return errors
}

/** Every .html file under a folder. */
export function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => path.join(dir, name))
    .sort()
}
