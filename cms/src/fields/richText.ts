import type { Block } from 'payload'
import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
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

export const richTextEditor = lexicalEditor({
  features: ({ defaultFeatures }) => [
    ...defaultFeatures,
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [FigureBlock], inlineBlocks: [FootnoteBlock] }),
    EXPERIMENTAL_TableFeature(),
  ],
})
