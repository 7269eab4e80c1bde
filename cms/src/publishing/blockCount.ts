import { countBlocks } from '../content/markdown/countBlocks'
import type { LexicalState } from '../content/markdown/lexical'
import { lexicalToMarkdown } from '../content/markdown/toMarkdown'

/**
 * Top-level blocks of a Lexical body, counted the way the export counts them (on its Markdown).
 * Imports no Node built-ins: the admin's live counter runs it in the browser. Throws the
 * converter's ContentError on content the export cannot write.
 */
export function blockCount(state: unknown): number {
  const markdown = lexicalToMarkdown(state as LexicalState, { where: 'body', mediaFilename: () => 'figure.jpg' })
  return markdown.trim() ? countBlocks(markdown) : 0
}
