import type { Root } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'

// Its own module, free of Node built-ins, so the admin's browser code can count as the export does.

/** Top-level blocks of a Markdown text (footnote definitions aside): the units parallel text aligns. */
export function countBlocks(markdown: string): number {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Root
  return tree.children.filter((node) => node.type !== 'footnoteDefinition').length
}
