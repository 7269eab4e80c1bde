import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { sortOrderField } from '../../fields'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'
import { festivalEditors } from '../Festivals'

export const Series: CollectionConfig = editorialCollection({
  slug: 'series',
  labels: { singular: label('系列活动', 'Programme series'), plural: label('系列活动', 'Programme series') },
  admin: { useAsTitle: 'title', group: label('学习节', 'Festival'), defaultColumns: ['title', 'festival', 'translationStatus', '_status'] },
  access: { create: festivalEditors, update: festivalEditors, delete: isAdmin },
  fields: [
    { name: 'festival', type: 'relationship', relationTo: 'festivals', required: true, index: true, label: label('学习节', 'Festival') },
    { name: 'title', type: 'text', localized: true, required: true, label: label('名称', 'Title') },
    { name: 'summary', type: 'textarea', localized: true, label: label('简介', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: label('介绍', 'Description') },
    sortOrderField(),
  ],
})
