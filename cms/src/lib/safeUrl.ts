/**
 * The one URL policy of the project, shared by the CMS (validation, seed, export) and the site
 * (render): a link may be http, https, mailto or tel, or site-relative (`/…` not `//…`, or `#…`).
 * Everything else (javascript:, data:, vbscript:, file:, protocol-relative //host, …) is refused.
 *
 * A value is judged the way a browser would read it: as written, and again after HTML character
 * references are decoded (`&#106;avascript:` is javascript: once it sits in an attribute), with the
 * tabs and newlines removed that the URL parser ignores (`java\tscript:`) and the leading and
 * trailing control characters and spaces it trims. No dependencies: the site imports it too.
 */
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel'])

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/',
  bsol: '\\', lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';', num: '#', nbsp: '\u00a0',
}

/** HTML character references decoded (numeric with or without `;`, and the named ones URL tricks use). */
export function decodeCharacterReferences(s: string): string {
  let current = s
  // Repeated until nothing changes: `&amp;#106;` is one decoding away from `&#106;`.
  for (let i = 0; i < 5; i++) {
    const next = current.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] === '#') {
        const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return NAMED_ENTITIES[ref.toLowerCase()] ?? whole
    })
    if (next === current) return current
    current = next
  }
  return current
}

/** What the browser's URL parser starts from: C0 controls and spaces trimmed, tabs and newlines removed. */
const browserForm = (s: string) => s.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '')

function isSafeForm(raw: string): boolean {
  const url = browserForm(raw)
  // Control characters and markup quotes are in no link an editor means (a real URL percent-encodes them).
  if (!url || /[\u0000-\u001f\u007f"<>`]/.test(url)) return false
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)
  if (scheme) return ALLOWED_SCHEMES.has(scheme[1].toLowerCase())
  if (url.startsWith('#')) return true
  // `//host` and `/\host` leave the site; a backslash reads as a slash in http(s) URLs.
  return url.startsWith('/') && !url.includes('\\') && !/^\/\//.test(url)
}

/** True if the value may be a link's target (see the policy above). Empty is not a link. */
export function isSafeUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  return isSafeForm(value) && isSafeForm(decodeCharacterReferences(value))
}

/** The link target to write, trimmed, or undefined if the policy refuses it. */
export function safeUrl(value: unknown): string | undefined {
  return isSafeUrl(value) ? (value as string).trim() : undefined
}

type Labelled = { zh: string; en: string }

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)

/**
 * The refusal, naming the field, in the editor's admin language (both languages when it is
 * neither, e.g. a script with no request).
 */
export function unsafeUrlMessage(field: Labelled, value: string, language?: string): string {
  const zh = `“${field.zh}”中的链接 ${shown(value)} 不被允许：只能使用 http、https、mailto、tel 链接，或以 / 或 # 开头的本站地址`
  const en = `${field.en}: the link ${shown(value)} is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #`
  if (language === 'zh') return zh
  if (language === 'en') return en
  return `${zh} / ${en}`
}
