import type { CollectionConfig } from 'payload'
import { adminOr, isAdmin } from '../../access'
import { dayField } from '../../fields'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'

export const festivalEditors = adminOr('festival-editor')

export const Festivals: CollectionConfig = editorialCollection({
  slug: 'festivals',
  labels: { singular: label('学习节', 'Festival'), plural: label('学习节', 'Festivals') },
  admin: { useAsTitle: 'name', group: label('学习节', 'Festival'), defaultColumns: ['name', 'year', 'startsOn', 'translationStatus', '_status'] },
  access: { create: festivalEditors, update: festivalEditors, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true, label: label('名称', 'Name') },
    {
      type: 'row',
      fields: [
        { name: 'edition', type: 'number', min: 1, label: label('届次', 'Edition') },
        { name: 'year', type: 'number', index: true, label: label('年份', 'Year') },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('startsOn', '开始日期', 'Starts on'),
        dayField('endsOn', '结束日期', 'Ends on', {
          validate: (v: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
            !v || !siblingData.startsOn || new Date(String(v)) >= new Date(String(siblingData.startsOn)) ||
            'The festival cannot end before it starts: check "Ends on"',
        } as never),
      ],
    },
    { name: 'summary', type: 'textarea', localized: true, label: label('简介', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: label('介绍', 'Description') },
    { name: 'organizers', type: 'text', localized: true, label: label('主办单位', 'Organisers') },
  ],
})
