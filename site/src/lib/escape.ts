const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text for HTML or XML markup, as element content or a double-quoted attribute value. */
export const escapeMarkup = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c])

/**
 * Characters XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF):
 * no escape can carry them, a feed holding one does not parse, so they go.
 */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** Text for an XML document (feeds): characters XML cannot hold removed, then escaped. */
export const escapeXml = (s: string) => escapeMarkup(s.replace(NOT_XML, ''))

/**
 * JSON for the inside of a <script> element (JSON-LD): `<`, `>` and `&` as \u escapes, so no
 * `</script>` or `<!--` can end or change the element, and U+2028/U+2029 escaped for old
 * JavaScript parsers. JSON.parse gives back exactly the same value.
 */
export const scriptJson = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** A literal string inside a regular expression: its special characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
