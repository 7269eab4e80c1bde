import { randomBytes } from 'node:crypto'
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { isSafeUrl } from '../../lib/safeUrl'
import { ContentError } from '../errors'
import { unsafeMarkdownLinks } from './links'
import { FORMAT, lexical, type LexicalNode, type LexicalState } from './lexical'

export type ToLexicalOptions = {
  /** Document and field, for error messages: "content/articles/x.body.zh.md". */
  where: string
  /** The media document id for a figure's `media:filename`; throws if there is none. */
  mediaId: (filename: string) => number | string
}

const blockId = () => randomBytes(12).toString('hex')

/** Parses canonical Markdown (see ARCHITECTURE.md) into the Lexical JSON Payload stores. */
export function markdownToLexical(markdown: string, options: ToLexicalOptions): LexicalState {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Root
  const fail = (node: Nodes | undefined, problem: string): never => {
    const line = node?.position?.start.line
    throw new ContentError(options.where, undefined, line ? `line ${line}: ${problem}` : problem)
  }

  // Footnote text keeps its exact source, so it comes back unchanged.
  const notes = new Map<string, string>()
  for (const node of tree.children) {
    if (node.type !== 'footnoteDefinition') continue
    const [first] = node.children
    if (node.children.length !== 1 || first.type !== 'paragraph') fail(node, 'a footnote must be one paragraph')
    const note = markdown.slice(first.position!.start.offset, first.position!.end.offset)
    const [unsafe] = unsafeMarkdownLinks(note)
    if (unsafe !== undefined) fail(node, refusedLink(unsafe))
    notes.set(node.identifier, note)
  }

  const inline = (nodes: PhrasingContent[], format = 0): LexicalNode[] => {
    const out: LexicalNode[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          // Markdown reads a reference with no definition as plain text: say so instead.
          const orphan = /\[\^([^\]\s]+)\]/.exec(node.value)
          if (orphan) fail(node, `footnote [^${orphan[1]}] has no definition`)
          out.push(lexical.text(node.value, format))
          break
        }
        case 'strong':
          out.push(...inline(node.children, format | FORMAT.bold))
          break
        case 'emphasis':
          out.push(...inline(node.children, format | FORMAT.italic))
          break
        case 'delete':
          out.push(...inline(node.children, format | FORMAT.strikethrough))
          break
        case 'inlineCode':
          out.push(lexical.text(node.value, format | FORMAT.code))
          break
        case 'link':
          if (!isSafeUrl(node.url)) fail(node, refusedLink(node.url))
          out.push(lexical.link(node.url, inline(node.children, format)))
          break
        case 'footnoteReference': {
          const note = notes.get(node.identifier)
          if (note === undefined) fail(node, `footnote [^${node.label}] has no definition`)
          out.push(lexical.inlineBlock(blockId(), { blockType: 'footnote', note }))
          break
        }
        case 'image':
          fail(node, 'a figure must be a paragraph of its own: ![caption](media:file.jpg)')
          break
        default:
          fail(node, `"${node.type}" is not supported in rich text (line breaks, HTML and reference links are not)`)
      }
    }
    return mergeTexts(out)
  }

  const block = (node: RootContent): LexicalNode | null => {
    switch (node.type) {
      case 'paragraph': {
        const [only] = node.children
        if (node.children.length === 1 && only.type === 'image') return figure(only.url, only.alt ?? '', only)
        return lexical.paragraph(inline(node.children))
      }
      case 'heading':
        if (node.depth < 2 || node.depth > 4) fail(node, 'headings are ## to ####: the page title is the only level-1 heading')
        return lexical.heading(`h${node.depth}`, inline(node.children))
      case 'blockquote': {
        const [para] = node.children
        if (node.children.length !== 1 || para.type !== 'paragraph') fail(node, 'a block quote must be one paragraph')
        return lexical.quote(inline((para as { children: PhrasingContent[] }).children))
      }
      case 'list':
        return lexical.list(
          Boolean(node.ordered),
          node.start ?? 1,
          node.children.map((item, i) => {
            const [para] = item.children
            if (item.children.length !== 1 || para.type !== 'paragraph') fail(item, 'list items must be one line of text (no nesting)')
            return lexical.listItem(i + 1, inline((para as { children: PhrasingContent[] }).children))
          }),
        )
      case 'table':
        return lexical.table(
          node.children.map((row, r) => lexical.tableRow(row.children.map((cell) => lexical.tableCell(r === 0, inline(cell.children))))),
        )
      case 'footnoteDefinition':
        return null
      default:
        return fail(node, `"${node.type}" is not supported in rich text`)
    }
  }

  const figure = (url: string, caption: string, node: Nodes): LexicalNode => {
    if (!url.startsWith('media:')) fail(node, `figure "${url}" must point at a media file: ![caption](media:file.jpg)`)
    const filename = url.slice('media:'.length)
    let media: number | string
    try {
      media = options.mediaId(filename)
    } catch {
      return fail(node, `figure image "${filename}" is not in content/media/`)
    }
    return lexical.block(blockId(), { blockType: 'figure', media, ...(caption ? { caption } : {}) })
  }

  return lexical.root(tree.children.map(block).filter((n): n is LexicalNode => n !== null))
}

const refusedLink = (url: string) =>
  `the link ${JSON.stringify(url)} is not allowed: use an http, https, mailto or tel link, or a site address starting with / or #`

/** Adjacent text runs of one format are one Lexical text node. */
function mergeTexts(nodes: LexicalNode[]): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    if (last?.type === 'text' && node.type === 'text' && last.format === node.format) {
      out[out.length - 1] = { ...last, text: String(last.text) + String(node.text) }
    } else out.push(node)
  }
  return out
}
