const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text for HTML or XML markup, as element content or a double-quoted attribute value. */
export const escapeMarkup = (s: string) => s.replace(/[&<>"]/g, (c) => ENTITIES[c])
