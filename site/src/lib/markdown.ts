import type { Element, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import { unified } from 'unified'
import { visit } from 'unist-util-visit'
import type { Lang } from './i18n'
import { useT } from './i18n'
import { imageSet, type ImageSet } from './images'
import { h, pictureElement } from './picture'
import { sanitizeTree } from './safeHtml'

/**
 * Rich text from the snapshot (the canonical Markdown subset of the content contract) to HTML:
 * GFM tables and footnotes (real footnotes with back links), `![caption](media:file)` figures as
 * responsive <picture>s with captions. Ids get a per-document prefix so two bodies can share a page.
 */
export interface RenderedBody {
  /** The top-level blocks (paragraphs, headings, figures…), as HTML, in order. */
  blocks: string[]
  /** The footnotes section, if any. */
  footnotes: string
  html: string
}

/** Makes the element that shows a `![caption](media:file)` figure: web pages use responsive pictures. */
export type FigureMaker = (file: string, caption: string, lang: Lang) => Promise<Element>
/** What the media document says about an image, in a language: its alt text and its credit. */
export type MediaText = (file: string, lang: Lang) => { alt: string; credit?: string }

/**
 * Web figures: a responsive picture whose alt text is the media document's, in the body's language.
 * The caption says what the figure is about; the alt says what it shows, for readers who cannot see it;
 * the credit says where the picture comes from ("示意图（生成图像）", "Illustration: Qian Lei").
 */
export const webFigure =
  (mediaText: MediaText): FigureMaker =>
  async (file, caption, lang) => {
    const { alt, credit } = mediaText(file, lang)
    return figure(await imageSet(file), alt, caption, credit)
  }

/** A figure's caption and the picture's credit, which sits on a line of its own under it. */
export function figcaption(caption: string, credit?: string): Element[] {
  if (!caption && !credit) return []
  const parts = [
    ...(caption ? [h('span', { className: ['caption'] }, [{ type: 'text', value: caption }])] : []),
    ...(caption && credit ? [{ type: 'text' as const, value: ' ' }] : []),
    // Credits repeat on many pages and say nothing about the subject: search leaves them out.
    ...(credit ? [h('span', { className: ['credit'], dataPagefindIgnore: '' }, [{ type: 'text', value: credit }])] : []),
  ]
  return [h('figcaption', {}, parts)]
}

/** Without a figure maker a body may not hold figures: their alt text would be lost. */
const noFigures: FigureMaker = async (file) => {
  throw new Error(`figure media:${file}: no figure maker given, so its alt text is unknown`)
}

export async function renderMarkdown(markdown: string, lang: Lang, idPrefix: string, makeFigure: FigureMaker = noFigures): Promise<RenderedBody> {
  const t = useT(lang)
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML in the Markdown is dropped (allowDangerousHtml stays off); sanitizeTree is the second line.
    .use(remarkRehype, {
      allowDangerousHtml: false,
      clobberPrefix: `${idPrefix}-`,
      footnoteLabel: t('article.footnotes'),
      footnoteBackLabel: (i: number) => t('article.footnoteBack', { n: i + 1 }),
      footnoteLabelTagName: 'h2',
    })
  const root = (await processor.run(processor.parse(markdown))) as Root
  sanitizeTree(root) // before the figures: they are ours, with file: URLs in print
  await replaceFigures(root, (file, caption) => makeFigure(file, caption, lang))
  const elements = root.children.filter((node): node is Element => node.type === 'element')
  const isFootnotes = (el: Element) => el.tagName === 'section' && 'dataFootnotes' in (el.properties ?? {})
  const blocks = elements.filter((el) => !isFootnotes(el)).map((el) => toHtml(el))
  const notes = elements.find(isFootnotes)
  if (notes) notes.properties = { ...notes.properties, className: ['footnotes'] }
  const footnotes = notes ? toHtml(notes) : ''
  return { blocks, footnotes, html: toHtml(root) }
}

/** Turns each paragraph holding only a media: image into a <figure> with a responsive <picture>. */
async function replaceFigures(root: Root, makeFigure: (file: string, caption: string) => Promise<Element>) {
  const found: Array<{ parent: Root; index: number; file: string; caption: string }> = []
  root.children.forEach((node, index) => {
    const only = node.type === 'element' && node.tagName === 'p' ? node.children.filter((c) => !(c.type === 'text' && !c.value.trim())) : []
    const img = only.length === 1 && only[0].type === 'element' && only[0].tagName === 'img' ? only[0] : undefined
    const src = String(img?.properties?.src ?? '')
    if (img && src.startsWith('media:')) found.push({ parent: root, index, file: src.slice(6), caption: String(img.properties?.alt ?? '') })
  })
  for (const { parent, index, file, caption } of found) {
    parent.children[index] = (await makeFigure(file, caption)) as RootContent
  }
  // Any image left (none in canonical content) must not point at a media: URL the browser cannot load.
  visit(root, 'element', (el) => {
    if (el.tagName === 'img' && String(el.properties?.src ?? '').startsWith('media:')) {
      throw new Error(`image ${String(el.properties?.src)} is not a figure of its own`)
    }
  })
}

function figure(set: ImageSet, alt: string, caption: string, credit?: string): Element {
  return h('figure', { className: ['figure'] }, [pictureElement(set, alt, '(min-width: 60rem) 40rem, 100vw'), ...figcaption(caption, credit)])
}

/** Plain text of Markdown (for descriptions, feeds and calendar entries). */
export function markdownToText(markdown: string): string {
  // Backslash-escaped characters are text as typed: set aside, so no rule below takes them for markup.
  const escaped: string[] = []
  const protectedText = markdown.replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => `\ue000${escaped.push(ch) - 1}\ue001`)
  return protectedText
    .replace(/^\[\^[^\]]+\]:.*$/gm, '')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^[#>|\-*\s]+/gm, '')
    .replace(/[*_`|]/g, '')
    .replace(/\n{2,}/g, '\n')
    .trim()
    .replace(/\ue000(\d+)\ue001/g, (_, i: string) => escaped[Number(i)])
}
