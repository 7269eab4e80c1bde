import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'smol-toml'
import { REPO_ROOT } from '../../cms/src/lib/paths'

/** netlify.toml is the one source of the site's response headers: Netlify reads it, and so does our static server. */
export const NETLIFY_TOML = path.join(REPO_ROOT, 'netlify.toml')

export type HeaderRule = { for: string; values: Record<string, string> }

export function readHeaderRules(file = NETLIFY_TOML): HeaderRule[] {
  const config = parse(fs.readFileSync(file, 'utf8')) as { headers?: Array<{ for: string; values?: Record<string, unknown> }> }
  return (config.headers ?? []).map((rule) => ({
    for: rule.for,
    // Netlify lets a header span lines (long policies); on the wire it is one line.
    values: Object.fromEntries(Object.entries(rule.values ?? {}).map(([name, value]) => [name, String(value).replace(/\s*\n\s*/g, ' ').trim()])),
  }))
}

/** Netlify's path patterns: `*` matches the rest of the path (slashes included), `:name` one segment. */
function patternToRegExp(pattern: string): RegExp {
  const body = pattern
    .split(/(\*|:[A-Za-z_]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('')
  return new RegExp(`^${body}$`)
}

/** The headers of every rule matching a URL path, later rules winning on the same header (as on Netlify). */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const pathname = urlPath.split('?')[0]
  return Object.assign({}, ...rules.filter((rule) => patternToRegExp(rule.for).test(pathname)).map((rule) => rule.values))
}
