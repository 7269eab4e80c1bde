import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { sortOrderField } from '../../fields'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'

export const Pages: CollectionConfig = editorialCollection({
  slug: 'pages',
  labels: { singular: label('页面', 'Page'), plural: label('页面', 'Pages') },
  admin: { useAsTitle: 'title', group: label('网站', 'Website'), defaultColumns: ['title', 'section', 'translationStatus', '_status'] },
  access: { create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true, label: label('标题', 'Title') },
    { name: 'summary', type: 'textarea', localized: true, label: label('摘要', 'Summary') },
    { name: 'body', type: 'richText', localized: true, label: label('正文', 'Body') },
    {
      name: 'section',
      type: 'select',
      index: true,
      label: label('栏目', 'Section'),
      admin: { position: 'sidebar' },
      options: [
        { value: 'about', label: label('关于我们', 'About') },
        { value: 'services', label: label('服务', 'Services') },
        { value: 'research', label: label('学术研究', 'Research') },
        { value: 'digital', label: label('数字图书馆', 'Digital library') },
      ],
    },
    sortOrderField(),
  ],
})
