import { isSafeUrl } from '../../lib/safeUrl'
import { ContentError } from '../errors'
import { unsafeMarkdownLinks } from './links'
import { FORMAT, type LexicalNode, type LexicalState } from './lexical'

export type ToMarkdownOptions = {
  where: string
  /** The filename of a media document, from the id (or populated document) a figure holds. */
  mediaFilename: (media: unknown) => string
}

// Order in which markers open (outermost first); closing runs in reverse.
const MARKERS: Array<[number, string]> = [
  [FORMAT.bold, '**'],
  [FORMAT.italic, '*'],
  [FORMAT.strikethrough, '~~'],
]

// `&` too where it would start a character reference: text typed as "&lt;" or "&#106;" stays as typed.
const escapeText = (text: string) => text.replace(/[\\*_`[\]<~]|&(?=#?[a-z0-9]+;)/gi, (ch) => `\\${ch}`)
// Characters that would turn a paragraph into another block if they started it.
const escapeBlockStart = (md: string) => md.replace(/^(#{1,6}(?=\s)|>|[-+](?=\s)|\d+(?=[.)]\s))/, (m) => `\\${m}`)

/** Serializes our Lexical rich text to canonical Markdown (the inverse of markdownToLexical). */
export function lexicalToMarkdown(state: LexicalState | null | undefined, options: ToMarkdownOptions): string {
  if (!state?.root?.children) return ''
  const fail = (problem: string): never => {
    throw new ContentError(options.where, undefined, problem)
  }
  const notes: string[] = []

  const inline = (nodes: LexicalNode[] = []): string => {
    let out = ''
    let open: Array<[number, string]> = []
    const setFormat = (format: number) => {
      const keep = open.filter(([bit], i) => open.slice(0, i + 1).every(([b]) => format & b))
      const closing = open.slice(keep.length).reverse()
      if (closing.length) {
        const trailing = /\s*$/.exec(out)![0] // a closing marker may not follow white space
        out = out.slice(0, out.length - trailing.length) + closing.map(([, m]) => m).join('') + trailing
      }
      open = keep
      for (const marker of MARKERS) {
        if (format & marker[0] && !open.some(([bit]) => bit === marker[0])) {
          out += marker[1]
          open.push(marker)
        }
      }
    }
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          const format = Number(node.format ?? 0)
          const text = String(node.text)
          const lead = format ? /^\s*/.exec(text)![0] : ''
          if (lead) {
            setFormat(0)
            out += lead
          }
          setFormat(format)
          const body = text.slice(lead.length)
          out += format & FORMAT.code ? `\`${body}\`` : escapeText(body)
          break
        }
        case 'link': {
          setFormat(0)
          const url = String((node.fields as { url?: string } | undefined)?.url ?? node.url ?? '')
          // A link saved before the URL policy existed must not reach the snapshot.
          if (!isSafeUrl(url)) fail(`the link ${JSON.stringify(url)} is not allowed (http, https, mailto, tel, /… or #… only)`)
          out += `[${inline(node.children)}](${url})`
          break
        }
        case 'inlineBlock': {
          const fields = node.fields as { blockType?: string; note?: string }
          if (fields.blockType !== 'footnote') fail(`inline block "${fields.blockType}" is not supported`)
          setFormat(0)
          const [unsafe] = unsafeMarkdownLinks(String(fields.note ?? ''))
          if (unsafe !== undefined) fail(`the link ${JSON.stringify(unsafe)} in a footnote is not allowed (http, https, mailto, tel, /… or #… only)`)
          notes.push(String(fields.note ?? '').trim())
          out += `[^${notes.length}]`
          break
        }
        case 'linebreak':
          fail('line breaks inside a paragraph are not supported: start a new paragraph instead')
          break
        default:
          fail(`"${node.type}" is not supported inside a paragraph`)
      }
    }
    setFormat(0)
    return out
  }

  const block = (node: LexicalNode): string | null => {
    switch (node.type) {
      case 'paragraph': {
        const md = inline(node.children)
        return md.trim() ? escapeBlockStart(md) : null // editors leave empty paragraphs behind
      }
      case 'heading': {
        const level = Number(String(node.tag).slice(1))
        if (!(level >= 2 && level <= 4)) fail(`heading ${String(node.tag)} is not allowed: use h2 to h4`)
        return `${'#'.repeat(level)} ${inline(node.children)}`
      }
      case 'quote':
        return `> ${inline(node.children)}`
      case 'list': {
        const ordered = node.listType === 'number'
        if (node.listType === 'check') fail('check lists are not supported')
        const start = Number(node.start ?? 1)
        return (node.children ?? [])
          .map((item, i) => {
            if (item.children?.some((c) => c.type === 'list')) fail('nested lists are not supported')
            return `${ordered ? `${start + i}.` : '-'} ${inline(item.children)}`
          })
          .join('\n')
      }
      case 'table': {
        const rows = (node.children ?? []).map((row) =>
          (row.children ?? []).map((cell) => (cell.children ?? []).map((p) => inline(p.children)).join(' ').replace(/\|/g, '\\|')),
        )
        if (!rows.length) return null
        const line = (cells: string[]) => `| ${cells.join(' | ')} |`
        return [line(rows[0]), line(rows[0].map(() => '---')), ...rows.slice(1).map(line)].join('\n')
      }
      case 'block': {
        const fields = node.fields as { blockType?: string; media?: unknown; caption?: string }
        if (fields.blockType !== 'figure') fail(`block "${fields.blockType}" is not supported`)
        if (fields.media == null) fail('a figure has no image')
        return `![${escapeText(fields.caption ?? '')}](media:${options.mediaFilename(fields.media)})`
      }
      default:
        return fail(`"${node.type}" is not supported in rich text`)
    }
  }

  const blocks = state.root.children.map(block).filter((b): b is string => b !== null)
  if (notes.length) blocks.push(notes.map((note, i) => `[^${i + 1}]: ${note}`).join('\n'))
  return blocks.length ? `${blocks.join('\n\n')}\n` : ''
}
