import type { Block } from 'payload'
import {
  BlocksFeature,
  EXPERIMENTAL_TableFeature,
  FixedToolbarFeature,
  HeadingFeature,
  lexicalEditor,
  LinkFeature,
} from '@payloadcms/richtext-lexical'
import type { RichTextField, Validate } from 'payload'
import { label } from '../lib/labels'
import { footnoteValidate, richTextLinksValidate, urlValidate } from './linkPolicy'

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
  fields: [{ name: 'note', type: 'textarea', required: true, label: label('脚注内容', 'Note'), validate: footnoteValidate as never }],
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

/** Links keep to the URL policy (lib/safeUrl.ts): the link drawer refuses javascript:, data:… */
const SafeLinkFeature = LinkFeature({
  fields: ({ defaultFields }) =>
    defaultFields.map((field) => {
      if (!('name' in field) || field.name !== 'url' || field.type !== 'text') return field
      const own = field.validate
      const policy = urlValidate(label('链接地址', 'URL'))
      return {
        ...field,
        validate: async (value: unknown, options: unknown) => {
          const first = own ? await (own as (v: unknown, o: unknown) => unknown)(value, options) : true
          if (first !== true && first !== undefined) return first as string
          return policy(value as string, options as never)
        },
      } as typeof field
    }),
})

const lexical = lexicalEditor({
  features: ({ defaultFeatures }) => [
    // The default link feature is swapped in place (same order, same admin import map) for one keeping to the URL policy.
    ...defaultFeatures.filter((feature) => !UNSUPPORTED.has(feature.key)).map((feature) => (feature.key === 'link' ? SafeLinkFeature : feature)),
    HeadingFeature({ enabledHeadingSizes: ['h2', 'h3', 'h4'] }),
    FixedToolbarFeature(),
    BlocksFeature({ blocks: [FigureBlock], inlineBlocks: [FootnoteBlock] }),
    EXPERIMENTAL_TableFeature(),
  ],
})

/**
 * The editor, with the URL policy checked over the whole value first: a refused link (in the text
 * or in a footnote) gets a message naming the rich-text field and the link, in the editor's language.
 */
export const richTextEditor: ReturnType<typeof lexicalEditor> = async (args) => {
  const adapter = await lexical(args)
  const editorValidate = adapter.validate
  const validate: Validate<unknown, unknown, unknown, RichTextField> = async (value, options) => {
    const links = richTextLinksValidate(value, options as never)
    return links === true ? editorValidate(value as never, options as never) : links
  }
  return { ...adapter, validate } as typeof adapter
}
