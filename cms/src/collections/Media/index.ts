import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { anyone, isAdmin, isStaff } from '../../access'
import { DATA_DIR } from '../../lib/paths'
import { label } from '../../lib/labels'

/** Where uploaded originals live: git-ignored, next to the embedded database. */
export const mediaDir = () => process.env.MEDIA_DIR || path.join(DATA_DIR, 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片', 'Images') },
  admin: { useAsTitle: 'filename', group: label('网站', 'Website'), defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'] },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isAdmin },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, formatOptions: { format: 'webp', options: { quality: 75 } } },
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'wide', width: 1600, formatOptions: { format: 'avif', options: { quality: 55 } } },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: label('替代文字', 'Alt text'),
      admin: { description: label('为看不到图片的读者描述画面内容', 'Describe the picture for readers who cannot see it') },
    },
    { name: 'caption', type: 'text', localized: true, label: label('说明', 'Caption') },
    { name: 'credit', type: 'text', label: label('来源/摄影', 'Credit') },
  ],
}
