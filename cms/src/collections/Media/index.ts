import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access'
import { canChangeMedia, canReadMedia } from '../../media/access'
import { SHARED, UNUSED } from '../../media/visibility'
import { DATA_DIR } from '../../lib/paths'
import { label } from '../../lib/labels'
import { queueSiteUpdateAfterMediaChange, queueSiteUpdateAfterMediaDelete } from '../../publishing/queueSiteUpdate'

/** Where uploaded originals live: git-ignored, next to the embedded database. */
export const mediaDir = () => process.env.MEDIA_DIR || path.join(DATA_DIR, 'media')

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('图片', 'Image'), plural: label('图片', 'Images') },
  admin: { useAsTitle: 'filename', group: label('网站', 'Website'), defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'] },
  // Who reads and changes an image follows the documents that use it: see media/visibility.ts.
  access: { read: canReadMedia, create: isStaff, update: canChangeMedia, delete: canChangeMedia },
  // An image readers see changed: the public site is rebuilt (publishing/queueSiteUpdate.ts).
  hooks: { afterChange: [queueSiteUpdateAfterMediaChange], afterDelete: [queueSiteUpdateAfterMediaDelete] },
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
    { name: 'credit', type: 'text', localized: true, label: label('来源/摄影', 'Credit'), admin: { description: label('显示在图片说明旁，如：示意图；摄影：钱磊', 'Shown beside the caption, e.g. Generated illustration; Photo: Qian Lei') } },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('已公开', 'Public'),
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, description: label('有已发布的内容使用此图片时自动公开', 'Public while a published document uses it') },
    },
    {
      name: 'editScope',
      type: 'text',
      defaultValue: UNUSED,
      index: true,
      label: label('编辑范围', 'Who may change it'),
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          `由使用它的内容决定；多个范围共用（${SHARED}）时只有管理员可改`,
          `Follows the documents that use it; when shared by several scopes (${SHARED}) only admins change it`,
        ),
      },
    },
  ],
}
