import type { Nodes } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { isSafeUrl } from '../../lib/safeUrl'

/**
 * Every link and image target of a Markdown text, as the Markdown parser reads it (character
 * references decoded: `[x](&#106;avascript:…)` is javascript:). Footnote notes are Markdown, so
 * their links are found here too.
 */
export function markdownLinkTargets(markdown: string): string[] {
  const targets: string[] = []
  const walk = (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !node.url.startsWith('media:')) targets.push(node.url)
    if ('children' in node) node.children.forEach((child) => walk(child as Nodes))
  }
  walk(fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }))
  return targets
}

export const unsafeMarkdownLinks = (markdown: string): string[] => markdownLinkTargets(markdown).filter((url) => !isSafeUrl(url))
