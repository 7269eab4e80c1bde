import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access'
import { urlField } from '../../fields/linkPolicy'
import { label } from '../../lib/labels'
import { editorialCollection } from '../editorial'
import { festivalEditors } from '../Festivals'

export const AUDIENCES = [
  { value: 'all', label: label('所有人', 'Everyone') },
  { value: 'children', label: label('少儿', 'Children') },
  { value: 'teens', label: label('青少年', 'Teens') },
  { value: 'adults', label: label('成人', 'Adults') },
  { value: 'seniors', label: label('老年人', 'Seniors') },
  { value: 'families', label: label('亲子家庭', 'Families') },
]

type Siblings = { siblingData: Record<string, unknown> }

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm', timeIntervals: 15 } }

export const Events: CollectionConfig = editorialCollection({
  slug: 'events',
  labels: { singular: label('活动', 'Event'), plural: label('活动', 'Events') },
  admin: {
    useAsTitle: 'title',
    group: label('学习节', 'Festival'),
    defaultColumns: ['title', 'startsAt', 'series', 'branch', 'translationStatus', '_status'],
    listSearchableFields: ['slug', 'title'],
  },
  access: { create: festivalEditors, update: festivalEditors, delete: isAdmin },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'festival', type: 'relationship', relationTo: 'festivals', required: true, index: true, label: label('学习节', 'Festival') },
        { name: 'series', type: 'relationship', relationTo: 'series', index: true, label: label('系列', 'Series') },
      ],
    },
    { name: 'title', type: 'text', localized: true, required: true, label: label('活动名称', 'Title') },
    { name: 'summary', type: 'textarea', localized: true, label: label('简介', 'Summary') },
    { name: 'description', type: 'richText', localized: true, label: label('详情', 'Description') },
    // timezone: entered and shown in Beijing time whatever the editor's clock (lib/time.ts).
    {
      type: 'row',
      fields: [
        { name: 'startsAt', type: 'date', required: true, index: true, timezone: true, label: label('开始（北京时间）', 'Starts (Beijing time)'), admin: dateTime },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          timezone: true,
          label: label('结束（北京时间）', 'Ends (Beijing time)'),
          admin: dateTime,
          validate: (v: unknown, { siblingData }: Siblings) =>
            !v || !siblingData.startsAt || new Date(String(v)) > new Date(String(siblingData.startsAt)) ||
            `The event ends (${String(v)}) before or when it starts (${String(siblingData.startsAt)}): "Ends" must be later than "Starts"`,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'branch', type: 'relationship', relationTo: 'branches', index: true, label: label('举办场馆', 'Library'),
          admin: { description: label('在本馆或分馆举办时选择', 'When it takes place at one of our libraries') } },
        {
          name: 'place',
          type: 'text',
          localized: true,
          label: label('其他地点', 'Other venue'),
          admin: { description: label('不在馆内时填写，如：武林广场', 'When elsewhere, e.g. Wulin Square') },
          validate: (v: unknown, { siblingData }: Siblings) =>
            Boolean(v) || Boolean(siblingData.branch) || 'An event needs a venue: choose a library or fill in "Other venue"',
        },
      ],
    },
    { name: 'audience', type: 'select', hasMany: true, options: AUDIENCES, label: label('适合人群', 'Audience') },
    {
      name: 'registration',
      type: 'group',
      label: label('报名', 'Registration'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'required', type: 'checkbox', label: label('需要报名', 'Registration required') },
            { name: 'capacity', type: 'number', min: 1, label: label('名额', 'Places') },
            urlField('url', label('报名链接', 'Registration link'), label('报名链接', 'Registration link')),
          ],
        },
        { name: 'details', type: 'textarea', localized: true, label: label('报名方式', 'How to register') },
      ],
    },
    {
      name: 'partners',
      type: 'array',
      label: label('合作单位', 'Partners'),
      fields: [{ name: 'name', type: 'text', localized: true, required: true, label: label('名称', 'Name') }],
    },
    { name: 'images', type: 'upload', relationTo: 'media', hasMany: true, label: label('图片', 'Images') },
  ],
})
