import type { Block } from 'payload'
import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'
import { label } from '../lib/labels'

/** An image with its caption, inside the body. The image's alt text lives on the media document. */
export const FigureBlock: Block = {
  slug: 'figure',
  labels: { singular: label('图', 'Figure'), plural: label('图', 'Figures') },
  fields: [
    { name: 'media', type: 'upload', relationTo: 'media', required: true, label: label('图片', 'Image') },
    { name: 'caption', type: 'text', label: label('图注', 'Caption') },
  ],
}

/** A footnote, placed inline where its number appears; the site and the PDF number them in order. */
export const FootnoteBlock: Block = {
  slug: 'footnote',
  labels: { singular: label('脚注', 'Footnote'), plural: label('脚注', 'Footnotes') },
  fields: [{ name: 'note', type: 'textarea', required: true, label: label('脚注内容', 'Note') }],
}

/**
 * Editor features the content contract can carry (Markdown in content/ and the snapshot, the site,
 * the print export). Anything else would be refused at export, so editors are not offered it:
 * images go in as figures (with captions), headings start at h2 (the title is h1).
 */
const UNSUPPORTED = new Set([
  'align',
  'indent',
  'horizontalRule',
  'relationship',
  'upload',
  'checklist',
  'underline',
  'subscript',
  'superscript',
  'heading',
])

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures.filter((feature) => !UNSUPPORTED.has(feature.key)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [FigureBlock], inlineBlocks: [FootnoteBlock] }),
    EXPERIMENTAL_TableFeature(),
  ],
})
