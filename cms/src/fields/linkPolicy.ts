import type { TextField, TextFieldSingleValidation } from 'payload'
import { unsafeMarkdownLinks } from '../content/markdown/links'
import type { LexicalNode } from '../content/markdown/lexical'
import { isSafeUrl, unsafeUrlMessage } from '../lib/safeUrl'

/**
 * Where the URL policy (lib/safeUrl.ts) meets the CMS: URL text fields and the links of rich text
 * (Lexical links and the Markdown of footnote notes) are refused with a message naming the field,
 * in the editor's admin language.
 */
type Labelled = { zh: string; en: string }
type ValidateOptions = { req?: { i18n?: { language?: string }; t?: (key: string) => string }; label?: unknown }

const languageOf = (options: ValidateOptions | undefined) => options?.req?.i18n?.language

const labelOf = (options: ValidateOptions | undefined, fallback: Labelled): Labelled => {
  const l = options?.label
  if (typeof l === 'string') return { zh: l, en: l }
  if (l && typeof l === 'object' && 'zh' in l && 'en' in l) return l as Labelled
  return fallback
}

/** Validation of a text field that holds a link target (empty is fine: the field is optional). */
export const urlValidate =
  (field: Labelled): TextFieldSingleValidation =>
  (value, options) =>
    !value || isSafeUrl(value) || unsafeUrlMessage(field, String(value), languageOf(options as ValidateOptions))

/** A text field holding a link target: validated, and marked (`custom.url`) for the content check. */
export const urlField = (name: string, fieldLabel: Labelled | string, messageLabel: Labelled): TextField => ({
  name,
  type: 'text',
  label: fieldLabel,
  validate: urlValidate(messageLabel),
  custom: { url: true },
})

/** The link targets of a Lexical document that the policy refuses (links, and links in footnotes). */
export function unsafeLexicalLinks(state: unknown): string[] {
  const bad: string[] = []
  const walk = (node: LexicalNode | undefined) => {
    if (!node) return
    if (node.type === 'link' || node.type === 'autolink') {
      const fields = (node.fields ?? {}) as { url?: unknown; linkType?: string }
      const url = fields.url ?? node.url
      if (fields.linkType !== 'internal' && url != null && !isSafeUrl(url)) bad.push(String(url))
    }
    if (node.type === 'inlineBlock' || node.type === 'block') {
      const note = (node.fields as { note?: unknown } | undefined)?.note
      if (typeof note === 'string') bad.push(...unsafeMarkdownLinks(note))
    }
    node.children?.forEach(walk)
  }
  walk((state as { root?: LexicalNode } | null)?.root)
  return bad
}

/** The rich-text check run before the editor's own validation; a message, or true. */
export function richTextLinksValidate(value: unknown, options: ValidateOptions): string | true {
  const [first] = unsafeLexicalLinks(value)
  if (first === undefined) return true
  return unsafeUrlMessage(labelOf(options, { zh: '富文本', en: 'Rich text' }), first, languageOf(options))
}

/**
 * A footnote's note is Markdown: its links keep to the policy. (Replaces the field's default
 * validation, so `required` is checked here too.)
 */
export function footnoteValidate(value: unknown, options: ValidateOptions): string | true {
  if (typeof value !== 'string' || !value.trim()) return options?.req?.t?.('validation:required') ?? 'This field is required.'
  const [first] = unsafeMarkdownLinks(value)
  return first === undefined || unsafeUrlMessage({ zh: '脚注内容', en: 'Note' }, first, languageOf(options))
}
